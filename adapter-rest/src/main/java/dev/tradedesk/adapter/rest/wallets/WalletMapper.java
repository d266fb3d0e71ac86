package dev.tradedesk.adapter.rest.wallets;

import dev.tradedesk.application.wallets.port.in.Credit;
import dev.tradedesk.application.wallets.port.in.WalletView;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Amounts;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface WalletMapper {

    WalletResponse.PositionResponse toResponse(Position position);

    WalletResponse.ShortResponse toResponse(ShortPosition open);

    CreditResponse toResponse(Credit credit);

    /** One balance, the wallet's currency: free cash, and the collateral locked by shorts. */
    default WalletResponse toResponse(WalletView view) {
        var wallet = view.wallet();
        return new WalletResponse(wallet.currency(),
                List.of(new WalletResponse.BalanceResponse(wallet.currency(), amount(wallet.cash()), amount(wallet.locked()))),
                wallet.positions().stream().map(this::toResponse).toList(),
                wallet.shorts().stream().map(this::toResponse).toList(),
                amount(view.equity()), view.asOf());
    }

    default String amount(BigDecimal value) {
        return value == null ? null : Amounts.format(value);
    }

    default String symbol(Symbol symbol) {
        return symbol == null ? null : symbol.value();
    }
}
