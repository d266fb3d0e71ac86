package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;

/** The texts of the mails that carry one-time codes. */
final class CodeMails {

    private static final long MINUTES = OneTimeCode.LIFETIME.toMinutes();

    private CodeMails() {
    }

    static MailMessage signIn(EmailAddress to, String digits) {
        return new MailMessage(to, "Your TradeDesk sign-in code", """
                Your TradeDesk sign-in code is

                    %s

                It is valid for %d minutes and can be used once. If you did not ask to sign in, you can \
                ignore this mail: nobody can sign in without the code.
                """.formatted(digits, MINUTES));
    }

    static MailMessage passwordReset(EmailAddress to, String digits) {
        return new MailMessage(to, "Reset your TradeDesk password", """
                Your TradeDesk password reset code is

                    %s

                It is valid for %d minutes and can be used once. Setting a new password signs you out \
                everywhere. If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(digits, MINUTES));
    }
}
