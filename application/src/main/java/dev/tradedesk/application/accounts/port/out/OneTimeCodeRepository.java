package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Mailed one-time codes, at most one per email and purpose. Each method is one atomic step; writes may
 * run inside a surrounding transaction.
 */
public interface OneTimeCodeRepository {

    /** Stores a new code in place of the one (if any) for the same email and purpose, which stops working. */
    void replace(OneTimeCode code);

    /**
     * Counts one attempt against the code for this email and purpose, if it still accepts one at
     * {@code now} (not expired, fewer than {@link OneTimeCode#MAX_ATTEMPTS} attempts so far). Atomic: of
     * any number of concurrent callers, no more than the attempts left get the code.
     *
     * @return the code with this attempt counted, or empty when there is no code that accepts one
     */
    Optional<OneTimeCode> countAttempt(EmailAddress email, CodePurpose purpose, Instant now);

    /** Removes the code if it is still stored: of concurrent callers exactly one gets {@code true}. */
    boolean consume(UUID codeId);

    /** Removes every code of the email, whatever its purpose (the account is being deleted); how many. */
    int deleteAll(EmailAddress email);

    /** Removes the codes expired at {@code now}; how many. */
    int purgeExpired(Instant now);
}
