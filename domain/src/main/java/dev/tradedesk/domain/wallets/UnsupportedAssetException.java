package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.DomainException;

/** A credit in an asset other than the wallet's currency (code {@code unsupported_asset}). */
public class UnsupportedAssetException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsupportedAssetException(String asset, String currency) {
        super("unsupported_asset", "Wallets hold " + currency + "; " + asset + " cannot be credited.");
    }
}
