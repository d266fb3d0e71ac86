package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.RequestPasswordResetCommand;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetUseCase;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.Mailer;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Clock;

/**
 * Mails a password-reset code when the address has an account, and does nothing otherwise. The caller
 * gets the same answer either way; for it to come in about the same time too, the {@link Mailer} should
 * queue rather than talk to the mail server on the caller's thread (the one wired in the application
 * does), which leaves one small write as the only difference. Every request counts against the mail
 * quotas of the address and of the client ({@link AttemptThrottle#countMail}), whether or not the account
 * exists: 429 once they are used up. They are not the sign-in failure counters, so a throttled sign-in
 * does not stop the owner from resetting the password.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final AttemptThrottle throttle;

    public RequestPasswordResetService(AccountRepository accounts, OneTimeCodeRepository codes, Mailer mailer,
                                       TransactionRunner tx, Clock clock, AttemptThrottle throttle) {
        this.accounts = accounts;
        this.codes = new OneTimeCodes(codes, tx, clock);
        this.mailer = mailer;
        this.throttle = throttle;
    }

    @Override
    public void requestReset(RequestPasswordResetCommand command) {
        throttle.countMail(command.email(), command.client());
        if (accounts.findByEmail(command.email()).isEmpty()) {
            return;
        }
        OneTimeCode.Issued issued = codes.issue(command.email(), CodePurpose.PASSWORD_RESET);
        mailer.send(CodeMails.passwordReset(command.email(), issued.digits()));
    }
}
