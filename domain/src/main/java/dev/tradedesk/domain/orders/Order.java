package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.Timestamps;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A filled market order: {@code quantity} of the symbol's base asset at {@code price} (the fresh price
 * read before the order's transaction, as of {@code priceAsOf} from {@code priceSource}),
 * {@code notional = quantity * price} and the taker {@code fee}, both in the quote currency.
 */
public record Order(UUID id, UUID userId, Symbol symbol, OrderSide side, BigDecimal quantity, BigDecimal price,
        BigDecimal notional, BigDecimal fee, OrderStatus status, Instant priceAsOf, String priceSource,
        Instant createdAt) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        requirePositive(quantity, "quantity");
        requirePositive(price, "price");
        requirePositive(notional, "notional");
        Objects.requireNonNull(fee, "fee");
        if (fee.signum() < 0) {
            throw new IllegalArgumentException("fee must not be negative");
        }
        Objects.requireNonNull(status, "status");
        priceAsOf = Timestamps.stored(Objects.requireNonNull(priceAsOf, "priceAsOf"));
        Objects.requireNonNull(priceSource, "priceSource");
        createdAt = Timestamps.stored(Objects.requireNonNull(createdAt, "createdAt"));
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
