package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A one-time code mailed to an address, as it is stored: {@value #DIGITS} random digits, valid for
 * {@link #LIFETIME}, good for one successful use and at most {@value #MAX_ATTEMPTS} attempts in all.
 * Only a salted hash of the digits is kept; the digits themselves exist once, in {@link Issued}, on their
 * way into the mail.
 *
 * <p><b>Why salted SHA-256 and not a slow password hash.</b> A six-digit code has only a million values,
 * so no hash, fast or slow, keeps someone who holds a stored row from finding the code: Argon2 would make
 * that cost hours instead of a second, while every code stops working after ten minutes, five tries or
 * one use anyway, and a slow hash would put CPU-heavy work on an unauthenticated endpoint. What guards a
 * code is that lifetime, the try limit and single use. The hash keeps codes out of plain sight (table
 * dumps, backups, query logs), and the random per-code salt makes equal codes look unrelated and rules
 * out one precomputed table for all rows. Presented codes are compared hash against hash with
 * {@link MessageDigest#isEqual}, in constant time.
 */
public final class OneTimeCode {

    public static final int DIGITS = 6;
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Attempts a code allows, the successful one included: after this many wrong ones it is dead. */
    public static final int MAX_ATTEMPTS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int BOUND = 1_000_000;
    private static final Pattern SHAPE = Pattern.compile("[0-9]{" + DIGITS + "}");

    private final UUID id;
    private final EmailAddress email;
    private final CodePurpose purpose;
    private final byte[] salt;
    private final byte[] hash;
    private final int attempts;
    private final Instant createdAt;
    private final Instant expiresAt;

    private OneTimeCode(UUID id, EmailAddress email, CodePurpose purpose, byte[] salt, byte[] hash, int attempts,
                        Instant createdAt, Instant expiresAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.salt = Objects.requireNonNull(salt, "salt").clone();
        this.hash = Objects.requireNonNull(hash, "hash").clone();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (attempts < 0 || attempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("attempts must be 0.." + MAX_ATTEMPTS);
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a code must expire after it is created");
        }
        this.attempts = attempts;
    }

    /** A new code for {@code email}: the stored form together with the only copy of its digits. */
    public static Issued issue(UUID id, EmailAddress email, CodePurpose purpose, Instant now) {
        String digits = String.format("%0" + DIGITS + "d", RANDOM.nextInt(BOUND));
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Instant createdAt = Timestamps.stored(now);
        OneTimeCode code = new OneTimeCode(id, email, purpose, salt, digest(salt, digits), 0, createdAt,
                createdAt.plus(LIFETIME));
        return new Issued(code, digits);
    }

    /** A code read back from storage. */
    public static OneTimeCode restore(UUID id, EmailAddress email, CodePurpose purpose, byte[] salt, byte[] hash,
                                      int attempts, Instant createdAt, Instant expiresAt) {
        return new OneTimeCode(id, email, purpose, salt, hash, attempts, createdAt, expiresAt);
    }

    /** This code with one more attempt counted. */
    public OneTimeCode withAttemptCounted() {
        return new OneTimeCode(id, email, purpose, salt, hash, attempts + 1, createdAt, expiresAt);
    }

    /**
     * Whether {@code presented} is this code, compared in constant time. Anything but exactly
     * {@value #DIGITS} ASCII digits never matches.
     */
    public boolean matches(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return false;
        }
        return MessageDigest.isEqual(hash, digest(salt, presented));
    }

    /** Whether the code still accepts an attempt at {@code now}: not expired and not out of tries. */
    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    public UUID id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public CodePurpose purpose() {
        return purpose;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] hash() {
        return hash.clone();
    }

    /** Attempts counted so far, right or wrong. */
    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    private static byte[] digest(byte[] salt, String digits) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(digits.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OneTimeCode that
                && id.equals(that.id) && email.equals(that.email) && purpose == that.purpose
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash) && attempts == that.attempts
                && createdAt.equals(that.createdAt) && expiresAt.equals(that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email, purpose, attempts, createdAt, expiresAt);
    }

    @Override
    public String toString() {
        return "OneTimeCode[id=" + id + ", purpose=" + purpose.key() + ", attempts=" + attempts
                + ", expiresAt=" + expiresAt + "]";
    }

    /**
     * A code just issued: what to store, and the digits to mail. {@link #toString()} never shows the digits.
     */
    public record Issued(OneTimeCode code, String digits) {

        public Issued {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(digits, "digits");
        }

        @Override
        public String toString() {
            return "Issued[" + code + ", digits=******]";
        }
    }
}
