package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.security.accounts.Argon2PasswordHasher;
import dev.tradedesk.adapter.security.accounts.Argon2Settings;
import dev.tradedesk.adapter.security.accounts.ZxcvbnPasswordStrength;
import dev.tradedesk.adapter.security.sessions.NimbusTokenIssuer;
import dev.tradedesk.adapter.security.sessions.AesGcmSigningKeys;
import dev.tradedesk.adapter.security.sessions.SigningKeyRing;
import dev.tradedesk.adapter.security.sessions.TokenSettings;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SigningKeyService;
import dev.tradedesk.application.sessions.port.out.SigningKeyRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** adapter-security: password hashing and strength, signing keys, access tokens. */
@Configuration(proxyBeanMethods = false)
class SecurityAdapterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityAdapterConfiguration.class);

    @Bean
    Argon2PasswordHasher passwordHasher(PasswordProperties passwords, HashingProperties hashing) {
        // one hash's memory pooled per hashing permit: at most that many hashes run at once
        return new Argon2PasswordHasher(new Argon2Settings(passwords.argon2MemoryKib(), passwords.argon2Iterations(),
                passwords.argon2Parallelism()), hashing.effectivePermits());
    }

    @Bean
    ZxcvbnPasswordStrength passwordStrength(PasswordProperties passwords) {
        return new ZxcvbnPasswordStrength(passwords.minimumScore());
    }

    /**
     * With TRADEDESK_JWT_SIGNING_KEY, that one key (operator-managed); otherwise an empty ring that
     * {@link ManagedSigningKeys} fills from the database before the first request.
     */
    @Bean
    SigningKeyRing signingKeyRing(TokenProperties tokens) {
        if (tokens.hasFixedKey()) {
            log.info("signing access tokens with the key from TRADEDESK_JWT_SIGNING_KEY");
            return SigningKeyRing.of(SigningKeyRing.keyFromPkcs8Pem(tokens.signingKey()));
        }
        return SigningKeyRing.unloaded();
    }

    @Bean
    NimbusTokenIssuer tokenIssuer(SigningKeyRing keys, TokenProperties tokens, Clock clock) {
        return new NimbusTokenIssuer(keys, new TokenSettings(tokens.issuer(), tokens.audience()), clock);
    }

    /** Signing keys created, shared and rotated through the database, sealed with the key-encryption key. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${tradedesk.tokens.signing-key:}'.isBlank()")
    static class ManagedSigningKeys {

        @Bean
        AesGcmSigningKeys sealedSigningKeys(TokenProperties tokens, SigningKeyRing ring) {
            if (tokens.keyEncryptionKey() == null || tokens.keyEncryptionKey().isBlank()) {
                throw new IllegalStateException("No signing key is configured. Set TRADEDESK_KEY_ENCRYPTION_KEY"
                        + " (32 random bytes, base64: openssl rand -base64 32) on every node, so that signing keys"
                        + " are kept sealed in the database and shared; or set TRADEDESK_JWT_SIGNING_KEY to one"
                        + " PKCS#8 P-256 key managed by you.");
            }
            return new AesGcmSigningKeys(AesGcmSigningKeys.decodeKey(tokens.keyEncryptionKey()), ring);
        }

        @Bean(initMethod = "start")
        SigningKeyService signingKeyService(SigningKeyRepository repository, AesGcmSigningKeys keys,
                TransactionRunner tx, SessionPolicy policy, TokenProperties tokens, Clock clock) {
            return new SigningKeyService(repository, keys, tx, policy, tokens.keyActivationDelay(), clock);
        }
    }
}
