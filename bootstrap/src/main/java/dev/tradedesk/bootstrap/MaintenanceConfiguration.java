package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.websocket.market.TickerHub;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.orders.OrderSettings;
import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.sessions.RevocationSync;
import dev.tradedesk.application.sessions.SigningKeyService;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Periodic housekeeping, off the request path. Every node runs each task; each is idempotent, and a
 * failure (the database briefly away) is logged and retried at the next run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MaintenanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceConfiguration.class);

    private final RevocationSync revocations;
    private final ObjectProvider<SigningKeyService> signingKeys;
    private final OneTimeCodeRepository codes;
    private final IdempotencyKeys idempotencyKeys;
    private final OrderSettings orderSettings;
    private final ObjectProvider<TickerHub> ticker;
    private final Clock clock;

    MaintenanceConfiguration(RevocationSync revocations, ObjectProvider<SigningKeyService> signingKeys,
                             OneTimeCodeRepository codes, IdempotencyKeys idempotencyKeys,
                             OrderSettings orderSettings, ObjectProvider<TickerHub> ticker, Clock clock) {
        this.revocations = revocations;
        this.signingKeys = signingKeys;
        this.codes = codes;
        this.idempotencyKeys = idempotencyKeys;
        this.orderSettings = orderSettings;
        this.ticker = ticker;
        this.clock = clock;
    }

    /**
     * Live-ticker connections: closes those whose token expired or was revoked, whose reader stalled or
     * that stopped answering pings; pings the silent ones. In memory, no I/O on this thread.
     */
    @Scheduled(fixedDelayString = "${tradedesk.ticker.sweep-interval:1s}",
            initialDelayString = "${tradedesk.ticker.sweep-interval:1s}")
    void sweepTickerConnections() {
        ticker.ifAvailable(hub -> retryLater("sweeping the ticker connections", hub::sweep));
    }

    /** Picks up keys another node rotated in, well before they start signing (see SigningKeyService). */
    @Scheduled(fixedDelayString = "${tradedesk.tokens.key-reload-interval:30s}",
            initialDelayString = "${tradedesk.tokens.key-reload-interval:30s}")
    void reloadSigningKeys() {
        signingKeys.ifAvailable(keys -> retryLater("reloading the signing keys", keys::reload));
    }

    /** Reloads the revocation log (a safety net for a lost announcement) and forgets expired revocations. */
    @Scheduled(fixedDelayString = "${tradedesk.revocations.maintenance-interval:30s}",
            initialDelayString = "${tradedesk.revocations.maintenance-interval:30s}")
    void maintainRevocations() {
        retryLater("revocation maintenance", revocations::maintain);
    }

    /** Removes one-time codes nobody used before they expired (used codes are deleted at once). */
    @Scheduled(fixedDelayString = "${tradedesk.one-time-codes.purge-interval:5m}",
            initialDelayString = "${tradedesk.one-time-codes.purge-interval:5m}")
    void purgeExpiredCodes() {
        retryLater("purging expired one-time codes", () -> codes.purgeExpired(clock.instant()));
    }

    /** Deletes Idempotency-Keys older than their retention (24 h); an expired key is ignored before that. */
    @Scheduled(fixedDelayString = "${tradedesk.trading.idempotency-purge-interval:10m}",
            initialDelayString = "${tradedesk.trading.idempotency-purge-interval:10m}")
    void purgeExpiredIdempotencyKeys() {
        retryLater("purging expired idempotency keys", () ->
                idempotencyKeys.purgeCreatedBefore(clock.instant().minus(orderSettings.idempotencyRetention())));
    }

    private static void retryLater(String task, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed, will retry: {}", task, e.toString());
        }
    }
}
