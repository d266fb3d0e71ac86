package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One-time codes in a map, one per email and purpose; every method is atomic (synchronized). */
public final class InMemoryOneTimeCodeRepository implements OneTimeCodeRepository {

    private record Key(EmailAddress email, CodePurpose purpose) {
    }

    private final Map<Key, OneTimeCode> codes = new HashMap<>();

    @Override
    public synchronized void replace(OneTimeCode code) {
        codes.put(new Key(code.email(), code.purpose()), code);
    }

    @Override
    public synchronized Optional<OneTimeCode> countAttempt(EmailAddress email, CodePurpose purpose, Instant now) {
        Key key = new Key(email, purpose);
        OneTimeCode code = codes.get(key);
        if (code == null || !code.isUsableAt(now)) {
            return Optional.empty();
        }
        OneTimeCode counted = code.withAttemptCounted();
        codes.put(key, counted);
        return Optional.of(counted);
    }

    @Override
    public synchronized boolean consume(UUID codeId) {
        return codes.values().removeIf(code -> code.id().equals(codeId));
    }

    @Override
    public synchronized int deleteAll(EmailAddress email) {
        int before = codes.size();
        codes.values().removeIf(code -> code.email().equals(email));
        return before - codes.size();
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = codes.size();
        codes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
        return before - codes.size();
    }

    /** How many codes are stored, expired ones included. */
    public synchronized int size() {
        return codes.size();
    }
}
