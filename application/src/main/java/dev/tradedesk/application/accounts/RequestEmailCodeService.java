package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.out.Mailer;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Clock;

/**
 * Mails a sign-in code to any well-formed address: whether it has an account makes no difference, so
 * the answer tells nothing. The code is committed before the mail goes out, never inside the
 * transaction. Every request counts against the mail quotas of the address and of the client
 * ({@link AttemptThrottle#countMail}) before anything is issued: 429 once they are used up.
 */
public final class RequestEmailCodeService implements RequestEmailCodeUseCase {

    private final OneTimeCodes codes;
    private final Mailer mailer;
    private final AttemptThrottle throttle;

    public RequestEmailCodeService(OneTimeCodeRepository codes, Mailer mailer, TransactionRunner tx, Clock clock,
                                   AttemptThrottle throttle) {
        this.codes = new OneTimeCodes(codes, tx, clock);
        this.mailer = mailer;
        this.throttle = throttle;
    }

    @Override
    public void requestCode(RequestEmailCodeCommand command) {
        throttle.countMail(command.email(), command.client());
        OneTimeCode.Issued issued = codes.issue(command.email(), CodePurpose.SIGN_IN);
        mailer.send(CodeMails.signIn(command.email(), issued.digits()));
    }
}
