package dev.tradedesk.application.wallets;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.wallets.port.in.WalletQuery;
import dev.tradedesk.application.wallets.port.in.WalletView;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import dev.tradedesk.domain.wallets.Wallet;
import dev.tradedesk.domain.wallets.WalletMath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallet views valued at market prices. A symbol's price is the newest tick this node knows
 * ({@link MarketQuery#latestTick}, whatever its age, no remote call); without one, a fresh price is
 * asked for; if none can be had, the position is valued at its own average (or entry) price and
 * {@code asOf} says how old the valuation is.
 */
public final class WalletQueryService implements WalletQuery {

    static final String READ = "wallets:read";

    private final Wallets wallets;
    private final WalletRepository repository;
    private final MarketQuery market;
    private final Clock clock;

    public WalletQueryService(Wallets wallets, WalletRepository repository, MarketQuery market, Clock clock) {
        this.wallets = wallets;
        this.repository = repository;
        this.market = market;
        this.clock = clock;
    }

    @Override
    public WalletView wallet(Actor actor) {
        if (actor.isAnonymous()) {
            throw new NotFoundException("Wallet"); // a caller without an account has no wallet
        }
        return value(wallets.ensure(actor.userId()));
    }

    @Override
    public WalletView wallet(Actor actor, UUID userId) {
        if (!actor.can(READ)) {
            throw new ForbiddenException(READ);
        }
        if (!repository.userExists(userId)) {
            throw new NotFoundException("User");
        }
        return value(wallets.ensure(userId));
    }

    private WalletView value(Wallet wallet) {
        Instant now = clock.instant();
        Instant asOf = now;
        BigDecimal equity = wallet.cash().add(wallet.locked());
        for (Position position : wallet.positions()) {
            Optional<PriceTick> tick = tick(position.symbol());
            BigDecimal price = tick.map(PriceTick::price).orElse(position.averagePrice());
            asOf = older(asOf, tick);
            equity = equity.add(position.quantity().multiply(price));
        }
        for (ShortPosition open : wallet.shorts()) {
            Optional<PriceTick> tick = tick(open.symbol());
            BigDecimal price = tick.map(PriceTick::price).orElse(open.entryPrice());
            asOf = older(asOf, tick);
            equity = equity.subtract(open.quantity().multiply(price));
        }
        return new WalletView(wallet, WalletMath.round(equity), asOf);
    }

    private Optional<PriceTick> tick(Symbol symbol) {
        Optional<PriceTick> latest = market.latestTick(symbol);
        if (latest.isPresent()) {
            return latest;
        }
        try {
            return Optional.of(market.price(symbol));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Instant older(Instant asOf, Optional<PriceTick> tick) {
        return tick.map(PriceTick::asOf).filter(at -> at.isBefore(asOf)).orElse(asOf);
    }
}
