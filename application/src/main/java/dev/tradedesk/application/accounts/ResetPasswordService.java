package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.ResetPasswordCommand;
import dev.tradedesk.application.accounts.port.in.ResetPasswordUseCase;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.accounts.OneTimeCode;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Clock;
import java.util.List;

/**
 * Password reset with a mailed code. The new password is checked for strength first, against the email
 * only (the account's name would tell whether the account exists), so that a weak choice costs no
 * attempt. Then the attempt is counted and the code compared; the slow hash of the new password is
 * computed outside the transaction, which uses the code up, stores the hash, marks the email verified
 * (the code proves the mailbox) and revokes every session of the user. The revocations are announced
 * after the commit, so that every node rejects the old access tokens within a second.
 */
public final class ResetPasswordService implements ResetPasswordUseCase {

    /** Why the sessions were revoked, as recorded with them. */
    public static final String REVOCATION_REASON = "password_reset";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final SessionRevoker revoker;
    private final OneTimeCodes codes;
    private final TransactionRunner tx;
    private final AccountProfileCache profiles;

    public ResetPasswordService(AccountRepository accounts, OneTimeCodeRepository codes, PasswordHasher hasher,
                                PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx, Clock clock,
                                AccountProfileCache profiles) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.strength = strength;
        this.revoker = revoker;
        this.codes = new OneTimeCodes(codes, tx, clock);
        this.tx = tx;
        this.profiles = profiles;
    }

    @Override
    public void reset(ResetPasswordCommand command) {
        EmailAddress email = command.emailAddress().orElseThrow(InvalidCodeException::new);
        strength.weakness(command.newPassword(), List.of(email.value())).ifPresent(hint -> {
            throw new WeakPasswordException(ResetPasswordCommand.NEW_PASSWORD_FIELD, hint);
        });
        OneTimeCode code = codes.check(email, CodePurpose.PASSWORD_RESET, command.code());
        Account account = accounts.findByEmail(email).orElseThrow(InvalidCodeException::new);
        String hash = hasher.hash(command.newPassword());

        List<Revocation> revoked = tx.inTransaction(() -> {
            codes.consume(code);
            accounts.updatePassword(account.id(), hash);
            if (!account.emailVerified()) {
                accounts.markEmailVerified(account.id());
            }
            return revoker.revokeAllSessionsOf(account.id(), null, REVOCATION_REASON);
        });
        if (!account.emailVerified()) {
            profiles.changed(account.id());
        }
        revoker.announce(revoked);
    }
}
