package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Merges each symbol's last {@code miniTicker} with its last {@code bookTicker} into {@link PriceTick}s:
 * price = close {@code c}, change = {@code (c - o) / o * 100} at {@value #CHANGE_SCALE} decimals
 * (HALF_EVEN, Binance's REST {@code priceChangePercent} scale), volume = {@code v}, bid and ask from the
 * book ({@code "0.00000000"}, an empty side, becomes absent), asOf = the mini ticker's event time
 * {@code E}. A book ticker before any mini ticker of its symbol gives no tick.
 *
 * <p>Duplicates and stale events are dropped: a mini ticker whose {@code E} is not after the last one
 * of its symbol, a book ticker whose {@code u} is not after the last one. That makes it safe to read two
 * connections at once while one replaces the other. Not thread-safe: one reader thread.
 */
public final class BinanceTickAssembler {

    public static final int CHANGE_SCALE = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String source;
    private final Map<String, BinanceMiniTicker> minis = new HashMap<>();
    private final Map<String, BinanceBookTicker> books = new HashMap<>();

    /** @param source the {@link PriceTick#source()} of every tick */
    public BinanceTickAssembler(String source) {
        this.source = source;
    }

    /**
     * A mini ticker: the merged tick, or empty when it is not newer than the last one.
     *
     * @throws IllegalArgumentException when its values make no valid tick (a price of zero, ...)
     */
    public Optional<PriceTick> onMiniTicker(BinanceMiniTicker mini) {
        BinanceMiniTicker last = minis.get(mini.symbol());
        if (last != null && mini.eventTime() <= last.eventTime()) {
            return Optional.empty();
        }
        PriceTick tick = tick(mini, books.get(mini.symbol()));
        minis.put(mini.symbol(), mini);
        return Optional.of(tick);
    }

    /** A book ticker: the symbol's last mini ticker with the new bid and ask, or empty (stale, or no mini yet). */
    public Optional<PriceTick> onBookTicker(BinanceBookTicker book) {
        BinanceBookTicker last = books.get(book.symbol());
        if (last != null && book.updateId() <= last.updateId()) {
            return Optional.empty();
        }
        books.put(book.symbol(), book);
        BinanceMiniTicker mini = minis.get(book.symbol());
        return mini == null ? Optional.empty() : Optional.of(tick(mini, book));
    }

    /** The last merged tick of every symbol that has had a mini ticker. */
    public Map<Symbol, PriceTick> latest() {
        Map<Symbol, PriceTick> latest = new HashMap<>();
        minis.forEach((symbol, mini) -> {
            PriceTick tick = tick(mini, books.get(symbol));
            latest.put(tick.symbol(), tick);
        });
        return latest;
    }

    /** Forgets everything (the replay starts its loop again). */
    public void reset() {
        minis.clear();
        books.clear();
    }

    private PriceTick tick(BinanceMiniTicker mini, BinanceBookTicker book) {
        try {
            BigDecimal change = mini.openPrice().signum() == 0 ? BigDecimal.ZERO.setScale(CHANGE_SCALE)
                    : mini.closePrice().subtract(mini.openPrice()).multiply(HUNDRED)
                            .divide(mini.openPrice(), CHANGE_SCALE, RoundingMode.HALF_EVEN);
            Optional<BigDecimal> bid = book == null ? Optional.empty() : nonZero(book.bidPrice());
            Optional<BigDecimal> ask = book == null ? Optional.empty() : nonZero(book.askPrice());
            return new PriceTick(new Symbol(mini.symbol()), mini.closePrice(), change, mini.baseVolume(), bid, ask,
                    Instant.ofEpochMilli(mini.eventTime()), source);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("not a valid tick: " + e.getMessage(), e);
        }
    }

    private static Optional<BigDecimal> nonZero(BigDecimal value) {
        return value == null || value.signum() == 0 ? Optional.empty() : Optional.of(value);
    }
}
