package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.PlainPassword;

/** A slow, salted password hash (Argon2id or bcrypt). */
public interface PasswordHasher {

    /** @return the encoded hash, carrying its own algorithm, parameters and salt */
    String hash(PlainPassword password);

    /** Constant-time check of a password against an encoded hash; a malformed hash never matches. */
    boolean matches(PlainPassword password, String encodedHash);
}
