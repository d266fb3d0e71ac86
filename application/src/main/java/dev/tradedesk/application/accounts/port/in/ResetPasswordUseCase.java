package dev.tradedesk.application.accounts.port.in;

/**
 * Sets a new password with a mailed reset code and signs the account out everywhere: every session is
 * revoked and its access tokens stop working. It does not sign in.
 */
public interface ResetPasswordUseCase {

    /**
     * @throws dev.tradedesk.domain.accounts.InvalidCodeException for a wrong, expired, used-up or unknown code
     * @throws dev.tradedesk.domain.accounts.WeakPasswordException when the new password is too easy to guess
     */
    void reset(ResetPasswordCommand command);
}
