package dev.tradedesk.application.wallets;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.wallets.port.in.Credit;
import dev.tradedesk.application.wallets.port.in.CreditCommand;
import dev.tradedesk.application.wallets.port.in.CreditWalletUseCase;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.UnsupportedAssetException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Credits a wallet with money from outside: one funding journal, at SERIALIZABLE isolation. */
public final class CreditWalletService implements CreditWalletUseCase {

    static final String CREDIT = "wallets:credit";

    private final Wallets wallets;
    private final WalletRepository repository;
    private final Ledger ledger;
    private final TransactionRunner tx;
    private final Clock clock;

    public CreditWalletService(Wallets wallets, WalletRepository repository, Ledger ledger, TransactionRunner tx,
                               Clock clock) {
        this.wallets = wallets;
        this.repository = repository;
        this.ledger = ledger;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Credit credit(Actor actor, UUID userId, CreditCommand command) {
        if (!actor.can(CREDIT)) {
            throw new ForbiddenException(CREDIT);
        }
        if (!repository.userExists(userId)) {
            throw new NotFoundException("User");
        }
        String currency = wallets.settings().currency();
        if (!currency.equals(command.asset())) {
            throw new UnsupportedAssetException(command.asset(), currency);
        }
        wallets.ensure(userId);
        return tx.serializable(() -> {
            Instant now = clock.instant();
            UUID id = Ids.newId(clock);
            ledger.post(Journal.funding(id, userId, command.asset(), command.amount(), "credit by " + actor.userId(), now));
            var balance = repository.find(userId).orElseThrow(() -> new NotFoundException("User")).cash();
            return new Credit(id, userId, command.asset(), command.amount(), balance, now);
        });
    }
}
