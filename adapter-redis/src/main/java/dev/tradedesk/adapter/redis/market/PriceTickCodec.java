package dev.tradedesk.adapter.redis.market;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The compact text form of a {@link PriceTick}, shared by the tick channel and the price cache: one line
 * of space-separated fields,
 * {@code 1 <symbol> <price> <change 24h %> <volume 24h> <bid|-> <ask|-> <as of> <source>}.
 * Decimals are written with {@link BigDecimal#toString()}, which {@link BigDecimal#BigDecimal(String)}
 * reads back with the same value and scale ({@code 0E-8} stays {@code 0E-8}); {@code as of} is epoch
 * milliseconds, or {@code <epoch seconds>.<9-digit nanos>} when it has sub-millisecond digits. The source
 * comes last and may hold spaces. The leading {@code 1} is the format version: a node meeting a version
 * it does not know ignores the message (during a rolling upgrade).
 */
final class PriceTickCodec {

    static final String VERSION = "1";
    private static final String NONE = "-";
    private static final int FIELDS = 9;

    private PriceTickCodec() {
    }

    static String encode(PriceTick tick) {
        return VERSION + ' ' + tick.symbol().value() + ' ' + tick.price() + ' ' + tick.change24hPct() + ' '
                + tick.volume24h() + ' ' + tick.bid().map(BigDecimal::toString).orElse(NONE) + ' '
                + tick.ask().map(BigDecimal::toString).orElse(NONE) + ' ' + encode(tick.asOf()) + ' '
                + tick.source();
    }

    /**
     * The tick {@code text} encodes.
     *
     * @throws IllegalArgumentException when it is not a tick of a known format version
     */
    static PriceTick decode(String text) {
        String[] fields = text.split(" ", FIELDS);
        if (fields.length != FIELDS || !fields[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a version " + VERSION + " tick");
        }
        try {
            return new PriceTick(new Symbol(fields[1]), new BigDecimal(fields[2]), new BigDecimal(fields[3]),
                    new BigDecimal(fields[4]), optional(fields[5]), optional(fields[6]), instant(fields[7]),
                    fields[8]);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed tick: " + e.getMessage(), e);
        }
    }

    private static String encode(Instant instant) {
        if (instant.getNano() % 1_000_000 == 0) {
            return Long.toString(instant.toEpochMilli());
        }
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    private static Instant instant(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        String nanos = text.substring(dot + 1);
        if (nanos.length() != 9) {
            throw new IllegalArgumentException("nanoseconds must have 9 digits: " + text);
        }
        return Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Integer.parseInt(nanos));
    }

    private static Optional<BigDecimal> optional(String text) {
        return text.equals(NONE) ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
