package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.security.accounts.Argon2PasswordHasher;
import dev.tradedesk.adapter.security.accounts.Argon2Settings;
import dev.tradedesk.adapter.security.accounts.ZxcvbnPasswordStrength;
import dev.tradedesk.adapter.security.sessions.NimbusTokenIssuer;
import dev.tradedesk.adapter.security.sessions.SigningKeys;
import dev.tradedesk.adapter.security.sessions.TokenSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** adapter-security: password hashing and strength, signing keys, access tokens. */
@Configuration(proxyBeanMethods = false)
class SecurityAdapterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityAdapterConfiguration.class);

    @Bean
    Argon2PasswordHasher passwordHasher(PasswordProperties passwords) {
        return new Argon2PasswordHasher(new Argon2Settings(passwords.argon2MemoryKib(), passwords.argon2Iterations(),
                passwords.argon2Parallelism()));
    }

    @Bean
    ZxcvbnPasswordStrength passwordStrength(PasswordProperties passwords) {
        return new ZxcvbnPasswordStrength(passwords.minimumScore());
    }

    @Bean
    SigningKeys signingKeys(TokenProperties tokens) {
        if (tokens.signingKey() == null || tokens.signingKey().isBlank()) {
            log.warn("TRADEDESK_JWT_SIGNING_KEY is not set: signing access tokens with a key generated for this"
                    + " process only. Tokens end with a restart and other nodes cannot verify them.");
            return SigningKeys.generate();
        }
        return SigningKeys.fromPkcs8Pem(tokens.signingKey());
    }

    @Bean
    NimbusTokenIssuer tokenIssuer(SigningKeys keys, TokenProperties tokens, Clock clock) {
        return new NimbusTokenIssuer(keys, new TokenSettings(tokens.issuer(), tokens.audience()), clock);
    }
}
