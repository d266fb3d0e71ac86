package dev.tradedesk.bootstrap;

import dev.tradedesk.application.sessions.RevocationSync;
import dev.tradedesk.application.sessions.SigningKeyService;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Periodic housekeeping, off the request path. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MaintenanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceConfiguration.class);

    private final RevocationSync revocations;
    private final ObjectProvider<SigningKeyService> signingKeys;

    MaintenanceConfiguration(RevocationSync revocations, ObjectProvider<SigningKeyService> signingKeys) {
        this.revocations = revocations;
        this.signingKeys = signingKeys;
    }

    /** Picks up keys another node rotated in, well before they start signing (see SigningKeyService). */
    @Scheduled(fixedDelayString = "${tradedesk.tokens.key-reload-interval:30s}",
            initialDelayString = "${tradedesk.tokens.key-reload-interval:30s}")
    void reloadSigningKeys() {
        signingKeys.ifAvailable(keys -> {
            try {
                keys.reload();
            } catch (RuntimeException e) {
                log.warn("reloading the signing keys failed, will retry: {}", e.toString());
            }
        });
    }

    /** Reloads the revocation log (a safety net for a lost announcement) and forgets expired revocations. */
    @Scheduled(fixedDelayString = "${tradedesk.revocations.maintenance-interval:30s}",
            initialDelayString = "${tradedesk.revocations.maintenance-interval:30s}")
    void maintainRevocations() {
        try {
            revocations.maintain();
        } catch (RuntimeException e) {
            log.warn("revocation maintenance failed, will retry: {}", e.toString());
        }
    }
}
