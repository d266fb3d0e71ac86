package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Asset codes as the exchange spells them ({@code USDT}, {@code BTC}): 2 to 20 upper-case letters or digits. */
public final class Assets {

    private static final Pattern LEGAL = Pattern.compile("[A-Z0-9]{2,20}");

    private Assets() {
    }

    /** Parses user input: trims and upper-cases, then checks the shape. */
    public static String of(String raw) {
        String asset = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!LEGAL.matcher(asset).matches()) {
            throw ValidationException.of("asset", "must be 2 to 20 letters or digits");
        }
        return asset;
    }
}
