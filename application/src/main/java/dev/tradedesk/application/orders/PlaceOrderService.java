package dev.tradedesk.application.orders;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.orders.port.in.IdempotencyKey;
import dev.tradedesk.application.orders.port.in.PlaceOrderCommand;
import dev.tradedesk.application.orders.port.in.PlaceOrderUseCase;
import dev.tradedesk.application.orders.port.in.PlacedOrder;
import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.application.wallets.Wallets;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.orders.IdempotencyInProgressException;
import dev.tradedesk.domain.orders.IdempotencyKeyReusedException;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderFill;
import dev.tradedesk.domain.orders.QuantityRules;
import dev.tradedesk.domain.orders.SymbolNotTradableException;
import dev.tradedesk.domain.wallets.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Places a market order. In this order, and with no remote call inside a transaction:
 * <ol>
 * <li>with an Idempotency-Key, claims the key (its own short transaction), or answers from it: the
 * stored order for the same request, 422 for a different one, 409 while the first still runs;</li>
 * <li>reads the symbol and a fresh price from the market (a missing or stale price ends the request
 * here, with nothing written);</li>
 * <li>checks the quantity against the symbol's filters at that price;</li>
 * <li>in one SERIALIZABLE transaction, retried on serialization failures: reads the wallet, fills the
 * order (checking funds and positions), stores the order, posts its journal, and completes the key;</li>
 * <li>on the user's first use, when that transaction found no wallet (and wrote nothing): creates the
 * wallet (its own transaction) and runs the order's transaction again.</li>
 * </ol>
 * A request that fails releases its key, so that it can be sent again; only a placed order is stored
 * under a key.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    static final String PLACE = "orders:place";
    private static final int CLAIM_ATTEMPTS = 3;

    private final MarketQuery market;
    private final Wallets wallets;
    private final WalletRepository walletRepository;
    private final Ledger ledger;
    private final OrderRepository orders;
    private final IdempotencyKeys keys;
    private final TransactionRunner tx;
    private final OrderSettings settings;
    private final Clock clock;

    public PlaceOrderService(MarketQuery market, Wallets wallets, WalletRepository walletRepository, Ledger ledger,
                             OrderRepository orders, IdempotencyKeys keys, TransactionRunner tx,
                             OrderSettings settings, Clock clock) {
        this.market = market;
        this.wallets = wallets;
        this.walletRepository = walletRepository;
        this.ledger = ledger;
        this.orders = orders;
        this.keys = keys;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PlacedOrder place(Actor actor, PlaceOrderCommand command, IdempotencyKey key) {
        if (actor.isAnonymous() || !actor.can(PLACE)) {
            throw new ForbiddenException(PLACE);
        }
        UUID userId = actor.userId();
        if (key == null) {
            return new PlacedOrder(execute(userId, command, null, null), false);
        }
        UUID token = UUID.randomUUID();
        Optional<Order> replay = claim(userId, key.value(), command.fingerprint(), token);
        if (replay.isPresent()) {
            return new PlacedOrder(replay.get(), true);
        }
        try {
            return new PlacedOrder(execute(userId, command, key.value(), token), false);
        } catch (RuntimeException e) {
            try {
                tx.inTransaction(() -> keys.release(userId, key.value(), token));
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
    }

    /** Empty when this request now holds the key; the stored order when the same request completed before. */
    private Optional<Order> claim(UUID userId, String key, String fingerprint, UUID token) {
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            boolean claimed = tx.inTransaction(() -> keys.claim(userId, key, fingerprint, token, now,
                    now.plus(settings.idempotencyLease()), now.minus(settings.idempotencyRetention())));
            if (claimed) {
                return Optional.empty();
            }
            Optional<IdempotencyKeys.Entry> entry = keys.find(userId, key);
            if (entry.isEmpty()) {
                continue; // released between the claim and the read: claim again
            }
            if (!entry.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            if (entry.get().completed()) {
                UUID orderId = entry.get().orderId().orElseThrow();
                return Optional.of(orders.find(orderId)
                        .orElseThrow(() -> new IllegalStateException("idempotency key names a missing order " + orderId)));
            }
            throw new IdempotencyInProgressException();
        }
        throw new IdempotencyInProgressException();
    }

    private Order execute(UUID userId, PlaceOrderCommand command, String key, UUID token) {
        Symbol symbol = command.symbol();
        String currency = wallets.settings().currency();
        SymbolInfo info;
        PriceTick tick;
        try {
            info = market.symbol(symbol);
            if (!info.isTradable()) {
                throw new SymbolNotTradableException(symbol, "it is not trading now");
            }
            if (!info.quoteAsset().equals(currency)) {
                throw new SymbolNotTradableException(symbol, "wallets trade symbols quoted in " + currency);
            }
            tick = market.price(symbol);
        } catch (UnknownSymbolException e) {
            throw new SymbolNotTradableException(symbol, "the exchange does not list it");
        }
        QuantityRules.check(info, command.quantity(), tick.price());
        UUID orderId = Ids.newId(clock);
        Optional<Order> placed = fill(userId, orderId, info, command, tick, key, token);
        if (placed.isEmpty()) {
            // first use: create and fund the wallet (its own transaction), then place the order
            wallets.ensure(userId);
            placed = fill(userId, orderId, info, command, tick, key, token);
        }
        return placed.orElseThrow(() -> new NotFoundException("User"));
    }

    /**
     * The SERIALIZABLE transaction of an order; empty (nothing written) when the user has no wallet yet.
     * The wallet is read here rather than made sure of beforehand: an order on an existing wallet (all
     * but the first) reads it once.
     */
    private Optional<Order> fill(UUID userId, UUID orderId, SymbolInfo info, PlaceOrderCommand command, PriceTick tick,
                                 String key, UUID token) {
        Symbol symbol = command.symbol();
        return tx.serializable(() -> {
            Optional<Wallet> found = walletRepository.find(userId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            OrderFill fill = OrderFill.of(orderId, found.get(), info, command.side(), command.quantity(), tick,
                    settings.terms(), clock.instant());
            orders.insert(fill.order());
            ledger.post(fill.journal());
            fill.averagePrice().ifPresent(price -> walletRepository.setAveragePrice(userId, symbol, price));
            fill.entryPrice().ifPresent(price -> walletRepository.setEntryPrice(userId, symbol, price));
            if (key != null && !keys.complete(userId, key, token, orderId)) {
                throw new IdempotencyInProgressException();
            }
            return Optional.of(fill.order());
        });
    }
}
