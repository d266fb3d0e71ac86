package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.wallets.Amounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A market order: {@code quantity} (base asset, positive) of {@code symbol} to {@code side}. */
public record PlaceOrderCommand(Symbol symbol, OrderSide side, BigDecimal quantity) {

    /** {@code quantityFromNumber}: the quantity came as a JSON number (exponents allowed) rather than a string. */
    public static PlaceOrderCommand of(String symbol, String side, String quantity, boolean quantityFromNumber) {
        var v = new Validator();
        Symbol checkedSymbol = v.check("symbol", symbol, Symbol::of);
        OrderSide checkedSide = v.check("side", side, OrderSide::fromWire);
        BigDecimal checkedQuantity = v.check("quantity", quantity, raw -> Amounts.positive(raw, quantityFromNumber));
        v.throwIfInvalid();
        return new PlaceOrderCommand(checkedSymbol, checkedSide, checkedQuantity);
    }

    /**
     * What identifies the request for idempotency: SHA-256 over the normalized symbol, side and
     * quantity, so {@code "0.10"} and {@code 0.1} are the same request.
     */
    public String fingerprint() {
        String canonical = symbol.value() + "|" + side.wireName() + "|" + Amounts.format(quantity);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
