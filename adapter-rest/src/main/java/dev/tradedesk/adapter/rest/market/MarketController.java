package dev.tradedesk.adapter.rest.market;

import dev.tradedesk.application.market.port.in.QuoteQuery;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.market.Symbol;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market data (API.md "Market data"), for callers with {@code market:read}; without a token the
 * {@code anonymous} role decides. Symbols are case-insensitive on input and upper-case on output.
 */
@RestController
public final class MarketController {

    private final QuoteQuery quotes;
    private final MarketMapper mapper;

    public MarketController(QuoteQuery quotes, MarketMapper mapper) {
        this.quotes = quotes;
        this.mapper = mapper;
    }

    @GetMapping(path = "/api/v1/market/symbols", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<SymbolResponse> symbols(Actor actor) {
        return mapper.toResponses(quotes.tradableSymbols(actor));
    }

    /** 200 with the price; 404 {@code unknown_symbol}; 503 {@code price_unavailable} when none is fresh. */
    @GetMapping(path = "/api/v1/market/prices/{symbol}", produces = MediaType.APPLICATION_JSON_VALUE)
    public PriceResponse price(Actor actor, @PathVariable String symbol) {
        return mapper.toResponse(quotes.price(actor, Symbol.of(symbol)));
    }
}
