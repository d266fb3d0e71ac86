package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.adapter.binance.market.BinanceExchangeInfo.BinanceFilter;
import dev.tradedesk.adapter.binance.market.BinanceExchangeInfo.BinanceSymbol;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.PriceFilter;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PriceSource} on the Binance Spot REST API: {@code GET /api/v3/exchangeInfo} for the symbols,
 * {@code GET /api/v3/ticker/24hr} for prices, plus {@code GET /api/v3/ticker/price} for the last price
 * alone. Calls go through the JDK {@link HttpClient} with the timeouts, retries, 429/418 backoff and
 * request-weight budget of {@link BinanceSettings}; answers are parsed with Jackson into the
 * {@code Binance*} wire records and mapped to domain types with their exact decimals.
 *
 * <p>Failures: Binance {@code -1121} (and {@code -1100}, its answer to a symbol outside its legal
 * characters) become {@link UnknownSymbolException}; everything else that gives no usable answer
 * becomes {@link PriceUnavailableException}, whose message never carries the raw body.
 */
public class BinancePriceSource implements PriceSource {

    /** The {@link PriceTick#source()} of every tick from here. */
    public static final String SOURCE = "binance";

    static final int WEIGHT_EXCHANGE_INFO = 20;
    static final int WEIGHT_TICKER_PRICE_ONE = 2;
    static final int WEIGHT_TICKER_PRICE_MANY = 4;

    private static final TypeReference<List<BinanceTicker24h>> TICKERS = new TypeReference<>() {
    };
    private static final TypeReference<List<BinanceTickerPrice>> PRICES = new TypeReference<>() {
    };

    private final BinanceHttp http;
    private final ObjectMapper mapper;

    /** A source with its own {@link HttpClient}, built from {@code settings}. */
    public BinancePriceSource(BinanceSettings settings, Clock clock) {
        this(settings, clock, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A source on a given {@link HttpClient} (for a proxy or TLS setup); the client's timeouts are its own. */
    public BinancePriceSource(BinanceSettings settings, Clock clock, HttpClient client) {
        this(settings, clock, client, wait -> Thread.sleep(wait.toMillis()));
    }

    BinancePriceSource(BinanceSettings settings, Clock clock, HttpClient client, BinanceHttp.Sleeper sleeper) {
        this.mapper = mapper();
        this.http = new BinanceHttp(settings, clock, client, sleeper, mapper);
    }

    /** The Jackson mapper for Binance's wire formats: unknown fields ignored, decimals exact. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A symbol whose name TradeDesk cannot accept (outside {@link Symbol}'s legal range, as some
     * newer Binance symbols are) is left out rather than failing the whole list.
     */
    @Override
    public List<SymbolInfo> symbols() {
        String path = "/api/v3/exchangeInfo";
        return parseExchangeInfo(mapper, path, call(path, "", WEIGHT_EXCHANGE_INFO, null));
    }

    /**
     * Reads a {@code GET /api/v3/exchangeInfo} body as {@link #symbols()} does (the replay reads its bundled
     * copy with it).
     *
     * @throws PriceUnavailableException when the body is not in the documented format
     */
    public static List<SymbolInfo> parseExchangeInfo(String body) {
        return parseExchangeInfo(mapper(), "exchangeInfo", body);
    }

    private static List<SymbolInfo> parseExchangeInfo(ObjectMapper mapper, String path, String body) {
        BinanceExchangeInfo info;
        try {
            info = mapper.readValue(body, BinanceExchangeInfo.class);
        } catch (JacksonException e) {
            throw malformed(path);
        }
        if (info == null || info.symbols() == null) {
            throw malformed(path);
        }
        List<SymbolInfo> symbols = new ArrayList<>(info.symbols().size());
        for (BinanceSymbol wire : info.symbols()) {
            toSymbolInfo(path, wire).ifPresent(symbols::add);
        }
        return List.copyOf(symbols);
    }

    @Override
    public PriceTick price(Symbol symbol) {
        String path = "/api/v3/ticker/24hr";
        String body = call(path, "symbol=" + symbol.value(), tickerWeight(1), symbol);
        BinanceTicker24h ticker = read(path, body, BinanceTicker24h.class);
        if (!symbol.value().equals(ticker.symbol())) {
            throw malformed(path);
        }
        return toTick(path, ticker);
    }

    @Override
    public List<PriceTick> prices(Collection<Symbol> symbols) {
        List<Symbol> wanted = List.copyOf(new LinkedHashSet<>(symbols));
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() == 1) {
            return List.of(price(wanted.get(0)));
        }
        String path = "/api/v3/ticker/24hr";
        String body = call(path, "symbols=" + symbolsParameter(wanted), tickerWeight(wanted.size()), null);
        Map<String, BinanceTicker24h> bySymbol = new HashMap<>();
        for (BinanceTicker24h ticker : read(path, body, TICKERS)) {
            if (ticker == null) {
                throw malformed(path);
            }
            bySymbol.put(ticker.symbol(), ticker);
        }
        List<PriceTick> ticks = new ArrayList<>(wanted.size());
        for (Symbol symbol : wanted) {
            BinanceTicker24h ticker = bySymbol.get(symbol.value());
            if (ticker == null) {
                throw malformed(path);
            }
            ticks.add(toTick(path, ticker));
        }
        return List.copyOf(ticks);
    }

    /** The last trade price alone ({@code GET /api/v3/ticker/price?symbol=}). */
    public BigDecimal lastPrice(Symbol symbol) {
        String path = "/api/v3/ticker/price";
        BinanceTickerPrice price = read(path, call(path, "symbol=" + symbol.value(), WEIGHT_TICKER_PRICE_ONE, symbol),
                BinanceTickerPrice.class);
        if (!symbol.value().equals(price.symbol()) || price.price() == null) {
            throw malformed(path);
        }
        return price.price();
    }

    /** The last trade prices of several symbols ({@code GET /api/v3/ticker/price?symbols=[...]}). */
    public Map<Symbol, BigDecimal> lastPrices(Collection<Symbol> symbols) {
        List<Symbol> wanted = List.copyOf(new LinkedHashSet<>(symbols));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        String path = "/api/v3/ticker/price";
        String body = call(path, "symbols=" + symbolsParameter(wanted), WEIGHT_TICKER_PRICE_MANY, null);
        Map<String, BigDecimal> bySymbol = new HashMap<>();
        for (BinanceTickerPrice price : read(path, body, PRICES)) {
            if (price == null || price.symbol() == null || price.price() == null) {
                throw malformed(path);
            }
            bySymbol.put(price.symbol(), price.price());
        }
        Map<Symbol, BigDecimal> prices = new LinkedHashMap<>();
        for (Symbol symbol : wanted) {
            BigDecimal price = bySymbol.get(symbol.value());
            if (price == null) {
                throw malformed(path);
            }
            prices.put(symbol, price);
        }
        return Collections.unmodifiableMap(prices);
    }

    /** The request weight this source counts as spent in the current minute. */
    public int usedWeight() {
        return http.usedWeight();
    }

    /** When a 429/418 backoff in force ends, if one is; no call reaches Binance before then. */
    public Optional<Instant> backoffUntil() {
        return http.backoffUntil();
    }

    /** Binance's weight of {@code GET /api/v3/ticker/24hr} for this many symbols (type FULL). */
    static int tickerWeight(int symbols) {
        if (symbols <= 20) {
            return 2;
        }
        return symbols <= 100 ? 40 : 80;
    }

    private String call(String path, String query, int weight, Symbol symbol) {
        try {
            return http.get(path, query, weight);
        } catch (BinanceRejection rejection) {
            if (rejection.isUnknownSymbol()) {
                throw symbol != null ? new UnknownSymbolException(symbol)
                        : new UnknownSymbolException("Binance does not list one of the symbols asked for");
            }
            throw new PriceUnavailableException(rejection.getMessage(), (Throwable) null);
        }
    }

    private static String symbolsParameter(List<Symbol> symbols) {
        String json = symbols.stream().map(symbol -> "\"" + symbol.value() + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    private <T> T read(String path, String body, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw malformed(path);
            }
            return value;
        } catch (JacksonException e) {
            throw malformed(path);
        }
    }

    private <T> T read(String path, String body, TypeReference<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw malformed(path);
            }
            return value;
        } catch (JacksonException e) {
            throw malformed(path);
        }
    }

    private static PriceUnavailableException malformed(String path) {
        // neither the body nor the parser's message (which quotes the body) goes into the exception
        return new PriceUnavailableException("Binance GET " + path + " answered a body that is not in its documented format",
                (Throwable) null);
    }

    private static Optional<SymbolInfo> toSymbolInfo(String path, BinanceSymbol wire) {
        if (wire == null) {
            throw malformed(path);
        }
        if (!Symbol.isValid(wire.symbol()) || isBlank(wire.baseAsset()) || isBlank(wire.quoteAsset())) {
            return Optional.empty();
        }
        Optional<PriceFilter> priceFilter = Optional.empty();
        Optional<LotSize> lotSize = Optional.empty();
        Optional<BigDecimal> notional = Optional.empty();
        Optional<BigDecimal> legacyMinNotional = Optional.empty();
        try {
            for (BinanceFilter filter : wire.filters() == null ? List.<BinanceFilter>of() : wire.filters()) {
                if (filter == null || filter.filterType() == null) {
                    continue;
                }
                switch (filter.filterType()) {
                    case "PRICE_FILTER" -> priceFilter = Optional.of(
                            new PriceFilter(filter.tickSize(), filter.minPrice(), filter.maxPrice()));
                    case "LOT_SIZE" -> lotSize = Optional.of(
                            new LotSize(filter.stepSize(), filter.minQty(), filter.maxQty()));
                    case "NOTIONAL" -> notional = Optional.of(required(filter.minNotional()));
                    case "MIN_NOTIONAL" -> legacyMinNotional = Optional.of(required(filter.minNotional()));
                    default -> {
                        // other filters (MARKET_LOT_SIZE, PERCENT_PRICE_BY_SIDE, ...) are not applied here
                    }
                }
            }
            return Optional.of(new SymbolInfo(new Symbol(wire.symbol()), wire.baseAsset(), wire.quoteAsset(),
                    SymbolStatus.fromExchange(wire.status()), priceFilter, lotSize,
                    notional.isPresent() ? notional : legacyMinNotional));
        } catch (NullPointerException | IllegalArgumentException | ValidationException e) {
            throw malformed(path);
        }
    }

    private static PriceTick toTick(String path, BinanceTicker24h ticker) {
        try {
            return new PriceTick(new Symbol(ticker.symbol()), ticker.lastPrice(), ticker.priceChangePercent(),
                    ticker.volume(), nonZero(ticker.bidPrice()), nonZero(ticker.askPrice()),
                    Instant.ofEpochMilli(required(ticker.closeTime())), SOURCE);
        } catch (NullPointerException | IllegalArgumentException | ValidationException e) {
            throw malformed(path);
        }
    }

    /** Binance sends {@code "0.00000000"} for an empty side of the book. */
    private static Optional<BigDecimal> nonZero(BigDecimal value) {
        return value == null || value.signum() == 0 ? Optional.empty() : Optional.of(value);
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalArgumentException("missing field");
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
