package dev.tradedesk.application.wallets.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.UUID;

/** Adds money to a user's wallet; needs {@code wallets:credit}. */
public interface CreditWalletUseCase {

    /**
     * @throws dev.tradedesk.domain.common.NotFoundException for an unknown user
     * @throws dev.tradedesk.domain.wallets.UnsupportedAssetException for an asset other than the wallet's currency
     */
    Credit credit(Actor actor, UUID userId, CreditCommand command);
}
