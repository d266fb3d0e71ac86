package dev.tradedesk.domain.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An opaque refresh token: 256 random bits, base64url. Only its SHA-256 {@link #hash()} is stored; a
 * fast hash is enough because the token itself has full entropy.
 */
public final class RefreshToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String value;

    private RefreshToken(String value) {
        this.value = value;
    }

    public static RefreshToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token presented by a client; it is looked up by its hash, never compared as text. */
    public static RefreshToken presented(String value) {
        return new RefreshToken(value == null ? "" : value);
    }

    public String value() {
        return value;
    }

    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[****]";
    }
}
