package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.DeleteAccountUseCase;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;
import java.util.UUID;

/**
 * Deletes an account. The store cascades to sessions, refresh tokens and login history; the email's
 * one-time codes go in the same transaction; every access token of the user is voided on every node.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final AccountRepository accounts;
    private final OneTimeCodeRepository codes;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;
    private final AccountProfileCache profiles;

    public DeleteAccountService(AccountRepository accounts, OneTimeCodeRepository codes, SessionRevoker revoker,
                                TransactionRunner tx, AccountProfileCache profiles) {
        this.accounts = accounts;
        this.codes = codes;
        this.revoker = revoker;
        this.tx = tx;
        this.profiles = profiles;
    }

    @Override
    public void delete(Actor actor) {
        delete(actor, actor.userId());
    }

    @Override
    public void delete(Actor actor, UUID userId) {
        UserAccess.require(actor, userId, UserAccess.DELETE);
        List<Revocation> voided = tx.inTransaction(() -> {
            Account account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
            codes.deleteAll(account.email());
            accounts.delete(account.id());
            return revoker.voidAllTokensOf(account.id());
        });
        profiles.changed(userId);
        revoker.announce(voided);
    }
}
