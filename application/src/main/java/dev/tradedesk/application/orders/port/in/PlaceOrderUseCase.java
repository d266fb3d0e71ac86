package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.common.Actor;

/** Places a market order, filled at once at the current fresh price; needs {@code orders:place}. */
public interface PlaceOrderUseCase {

    /**
     * @param key the request's Idempotency-Key, or null
     * @throws dev.tradedesk.domain.orders.InvalidQuantityException      quantity off the lot size or notional
     * @throws dev.tradedesk.domain.orders.SymbolNotTradableException    unknown, halted or foreign-quoted symbol
     * @throws dev.tradedesk.domain.wallets.InsufficientFundsException   not enough free cash
     * @throws dev.tradedesk.domain.wallets.InsufficientPositionException selling or closing more than held
     * @throws dev.tradedesk.domain.market.PriceUnavailableException     no fresh price; nothing was written
     * @throws dev.tradedesk.domain.orders.IdempotencyKeyReusedException the key came with another request
     * @throws dev.tradedesk.domain.orders.IdempotencyInProgressException the key's first request still runs
     */
    PlacedOrder place(Actor actor, PlaceOrderCommand command, IdempotencyKey key);
}
