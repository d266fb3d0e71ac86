package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.accounts.OneTimeCode;
import dev.tradedesk.domain.common.Ids;
import java.time.Clock;
import java.util.Optional;

/**
 * Issuing and checking mailed one-time codes, for the use cases that send and accept them. A check
 * counts the attempt first, in a transaction of its own, and compares afterwards: the count is
 * committed whether the guess is right or wrong, and parallel guesses can never get more than the
 * attempts a code allows. The caller consumes a matching code in the transaction that acts on it.
 */
final class OneTimeCodes {

    private final OneTimeCodeRepository codes;
    private final TransactionRunner tx;
    private final Clock clock;

    OneTimeCodes(OneTimeCodeRepository codes, TransactionRunner tx, Clock clock) {
        this.codes = codes;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new code for the email and purpose, stored (committed) in place of the previous one. */
    OneTimeCode.Issued issue(EmailAddress email, CodePurpose purpose) {
        OneTimeCode.Issued issued = OneTimeCode.issue(Ids.newId(clock), email, purpose, clock.instant());
        tx.inTransaction(() -> codes.replace(issued.code()));
        return issued;
    }

    /**
     * The live code of this email and purpose if {@code presented} is it, with this attempt counted.
     *
     * @throws InvalidCodeException when there is no such code, it is expired or out of attempts, or
     *                              {@code presented} is not it
     */
    OneTimeCode check(EmailAddress email, CodePurpose purpose, String presented) {
        if (presented.length() != OneTimeCode.DIGITS || !presented.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidCodeException();
        }
        Optional<OneTimeCode> counted = tx.inTransaction(() -> codes.countAttempt(email, purpose, clock.instant()));
        if (counted.isEmpty() || !counted.get().matches(presented)) {
            throw new InvalidCodeException();
        }
        return counted.get();
    }

    /** Inside the caller's transaction: uses the code up, or fails when a concurrent caller already has. */
    void consume(OneTimeCode code) {
        if (!codes.consume(code.id())) {
            throw new InvalidCodeException();
        }
    }
}
