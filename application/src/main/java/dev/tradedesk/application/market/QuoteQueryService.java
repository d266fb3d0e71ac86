package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.QuoteQuery;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import java.util.List;

/** {@link QuoteQuery}: checks {@code market:read}, then answers from {@link MarketQuery}. */
public final class QuoteQueryService implements QuoteQuery {

    static final String MARKET_READ = "market:read";

    private final MarketQuery market;

    public QuoteQueryService(MarketQuery market) {
        this.market = market;
    }

    @Override
    public List<SymbolInfo> tradableSymbols(Actor actor) {
        require(actor);
        return market.tradableSymbols();
    }

    @Override
    public PriceTick price(Actor actor, Symbol symbol) {
        require(actor);
        return market.price(symbol);
    }

    private static void require(Actor actor) {
        if (!actor.can(MARKET_READ)) {
            throw new ForbiddenException(MARKET_READ);
        }
    }
}
