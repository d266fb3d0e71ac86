package dev.tradedesk.adapter.rest.wallets;

import java.time.Instant;
import java.util.List;

/** The wallet object of API.md; amounts are decimal strings. */
public record WalletResponse(String currency, List<BalanceResponse> balances, List<PositionResponse> positions,
        List<ShortResponse> shorts, String equity, Instant asOf) {

    public record BalanceResponse(String asset, String free, String locked) {
    }

    public record PositionResponse(String symbol, String quantity, String averagePrice) {
    }

    public record ShortResponse(String symbol, String quantity, String entryPrice, String collateral) {
    }
}
