package dev.tradedesk.application.sessions.port.out;

import java.time.Instant;
import java.util.List;

/** The shared store of token-signing keys. Writes expect a surrounding transaction. */
public interface SigningKeyRepository {

    /**
     * Serialises key management across nodes until the transaction ends (two nodes starting at once
     * create one first key, not two).
     */
    void lock();

    /** Every key still trusted at {@code now}, newest activation first. */
    List<StoredSigningKey> trusted(Instant now);

    void insert(StoredSigningKey key);

    void retire(String kid, Instant retiresAt);
}
