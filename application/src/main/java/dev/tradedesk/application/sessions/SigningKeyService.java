package dev.tradedesk.application.sessions;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.port.in.RotateSigningKeyUseCase;
import dev.tradedesk.application.sessions.port.out.SigningKeyRepository;
import dev.tradedesk.application.sessions.port.out.SigningKeys;
import dev.tradedesk.application.sessions.port.out.StoredSigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Token-signing keys shared by every node through the {@link SigningKeyRepository}.
 * <ul>
 *   <li>{@link #start()}: the first node to start creates the first key; every node loads the keys.</li>
 *   <li>{@link #rotate()}: a new key is stored to start signing after {@code activationDelay}; the
 *       current key retires one access-token lifetime after that, so every token it signed still
 *       verifies until it expires. Nodes {@link #reload()} more often than the delay, so each knows the
 *       new public key before any node signs with it.</li>
 * </ul>
 */
public final class SigningKeyService implements RotateSigningKeyUseCase {

    private final SigningKeyRepository repository;
    private final SigningKeys keys;
    private final TransactionRunner tx;
    private final SessionPolicy policy;
    private final Duration activationDelay;
    private final Clock clock;

    public SigningKeyService(SigningKeyRepository repository, SigningKeys keys, TransactionRunner tx,
                             SessionPolicy policy, Duration activationDelay, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.tx = tx;
        this.policy = policy;
        this.activationDelay = activationDelay;
        this.clock = clock;
    }

    public void start() {
        tx.inTransaction(() -> {
            repository.lock();
            Instant now = clock.instant();
            if (repository.trusted(now).stream().noneMatch(key -> key.signsAt(now))) {
                repository.insert(keys.generate(now, now));
            }
        });
        reload();
    }

    public void reload() {
        Instant now = clock.instant();
        keys.use(repository.trusted(now), now);
    }

    @Override
    public Instant rotate() {
        Instant activatesAt = tx.inTransaction(() -> {
            repository.lock();
            Instant now = clock.instant();
            Instant activation = now.plus(activationDelay);
            Instant retirement = activation.plus(policy.accessTokenLifetime());
            List<StoredSigningKey> trusted = repository.trusted(now);
            for (StoredSigningKey key : trusted) {
                if (key.retiresAt() == null || key.retiresAt().isAfter(retirement)) {
                    repository.retire(key.kid(), retirement);
                }
            }
            repository.insert(keys.generate(now, activation));
            return activation;
        });
        reload();
        return activatesAt;
    }
}
