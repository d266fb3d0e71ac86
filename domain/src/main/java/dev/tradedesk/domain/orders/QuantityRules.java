package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.SymbolInfo;
import java.math.BigDecimal;

/** The exchange's filters on an order's quantity: {@code LOT_SIZE} and the minimum notional. */
public final class QuantityRules {

    private QuantityRules() {
    }

    /** @throws InvalidQuantityException naming the first filter {@code quantity} breaks at {@code price} */
    public static void check(SymbolInfo info, BigDecimal quantity, BigDecimal price) {
        if (info.lotSize().isPresent()) {
            LotSize lot = info.lotSize().get();
            if (quantity.compareTo(lot.minQty()) < 0) {
                throw new InvalidQuantityException("The quantity must be at least " + plain(lot.minQty()) + ".");
            }
            if (lot.maxQty().signum() > 0 && quantity.compareTo(lot.maxQty()) > 0) {
                throw new InvalidQuantityException("The quantity must be at most " + plain(lot.maxQty()) + ".");
            }
            if (!lot.accepts(quantity)) {
                throw new InvalidQuantityException("The quantity must be a multiple of the step size "
                        + plain(lot.stepSize()) + ".");
            }
        }
        if (info.minNotional().isPresent() && quantity.multiply(price).compareTo(info.minNotional().get()) < 0) {
            throw new InvalidQuantityException("The order's value (quantity times price) must be at least "
                    + plain(info.minNotional().get()) + " " + info.quoteAsset() + ".");
        }
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
