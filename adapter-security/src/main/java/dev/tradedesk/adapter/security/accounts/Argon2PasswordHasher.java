package dev.tradedesk.adapter.security.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id through Spring Security's encoder (Bouncy Castle underneath), in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that every hash carries its own parameters
 * and old hashes still verify after the settings change.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;

    public Argon2PasswordHasher(Argon2Settings settings) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, settings.parallelism(), settings.memoryKib(),
                settings.iterations());
    }

    @Override
    public String hash(PlainPassword password) {
        return encoder.encode(password.reveal());
    }

    @Override
    public boolean matches(PlainPassword password, String encodedHash) {
        if (encodedHash == null || !encodedHash.startsWith("$argon2")) {
            return false;
        }
        try {
            return encoder.matches(password.reveal(), encodedHash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
