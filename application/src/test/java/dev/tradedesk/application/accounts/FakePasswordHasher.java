package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A fast salted SHA-256 stand-in for the slow hasher, for tests and examples only. */
public final class FakePasswordHasher implements PasswordHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private int hashes;

    @Override
    public String hash(PlainPassword password) {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        String encodedSalt = HexFormat.of().formatHex(salt);
        return "fake$" + encodedSalt + "$" + digest(encodedSalt, password.reveal());
    }

    @Override
    public synchronized boolean matches(PlainPassword password, String encodedHash) {
        hashes++;
        String[] parts = encodedHash.split("\\$");
        return parts.length == 3 && parts[0].equals("fake")
                && MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.UTF_8),
                        digest(parts[1], password.reveal()).getBytes(StandardCharsets.UTF_8));
    }

    /** How many times a password was checked, to show that failures cost the same work. */
    public synchronized int verifications() {
        return hashes;
    }

    private static String digest(String salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
