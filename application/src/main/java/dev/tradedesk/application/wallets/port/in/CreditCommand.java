package dev.tradedesk.application.wallets.port.in;

import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.wallets.Amounts;
import dev.tradedesk.domain.wallets.Assets;
import java.math.BigDecimal;

/**
 * Money an administrator adds to a wallet: a positive {@code amount} of {@code asset}.
 *
 * @see Amounts for what amounts are accepted
 */
public record CreditCommand(String asset, BigDecimal amount) {

    /** {@code amountFromNumber}: the amount came as a JSON number (exponents allowed) rather than a string. */
    public static CreditCommand of(String asset, String amount, boolean amountFromNumber) {
        var v = new Validator();
        String checkedAsset = v.check("asset", asset, Assets::of);
        BigDecimal checkedAmount = v.check("amount", amount, raw -> Amounts.positive(raw, amountFromNumber));
        v.throwIfInvalid();
        return new CreditCommand(checkedAsset, checkedAmount);
    }
}
