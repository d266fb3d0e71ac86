package dev.tradedesk.application.sessions.port.out;

import java.time.Instant;
import java.util.List;

/** The cryptography side of key management: makes sealed keys, and loads stored ones for signing and verifying. */
public interface SigningKeys {

    /** A new key pair, its private part sealed for storage. */
    StoredSigningKey generate(Instant createdAt, Instant activatesAt);

    /**
     * Makes these keys the node's: tokens are signed with the newest that {@link StoredSigningKey#signsAt
     * signs} now, and verified with any of them.
     */
    void use(List<StoredSigningKey> keys, Instant now);
}
