package dev.tradedesk.application.sessions.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A token-signing key as stored: the private part sealed (encrypted) by the {@link SigningKeys}
 * adapter, the public part as a JWK. It signs from {@code activatesAt} (every node has loaded it by
 * then) and stops being trusted at {@code retiresAt} (the last token it signed has expired by then).
 */
public record StoredSigningKey(String kid, byte[] sealedPrivateKey, String publicJwk, Instant createdAt,
                               Instant activatesAt, Instant retiresAt) {

    public StoredSigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
        Objects.requireNonNull(publicJwk, "publicJwk");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(activatesAt, "activatesAt");
        sealedPrivateKey = sealedPrivateKey.clone();
    }

    @Override
    public byte[] sealedPrivateKey() {
        return sealedPrivateKey.clone();
    }

    public boolean signsAt(Instant now) {
        return !activatesAt.isAfter(now) && (retiresAt == null || retiresAt.isAfter(now));
    }

    public boolean trustedAt(Instant now) {
        return retiresAt == null || retiresAt.isAfter(now);
    }

    public StoredSigningKey retiringAt(Instant at) {
        return new StoredSigningKey(kid, sealedPrivateKey, publicJwk, createdAt, activatesAt, at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredSigningKey other && kid.equals(other.kid);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }

    @Override
    public String toString() {
        return "StoredSigningKey[kid=" + kid + ", activatesAt=" + activatesAt + ", retiresAt=" + retiresAt + "]";
    }
}
