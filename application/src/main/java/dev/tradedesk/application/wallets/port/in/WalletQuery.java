package dev.tradedesk.application.wallets.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.UUID;

/** Wallet views. A wallet is created, with the starting balance, the first time it is asked for. */
public interface WalletQuery {

    /** The caller's own wallet. */
    WalletView wallet(Actor actor);

    /**
     * Any user's wallet; needs {@code wallets:read}.
     *
     * @throws dev.tradedesk.domain.common.NotFoundException for an unknown user
     */
    WalletView wallet(Actor actor, UUID userId);
}
