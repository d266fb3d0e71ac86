package dev.tradedesk.bootstrap;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes expired one-time codes now and then, off the request path (scheduling is switched on by
 * {@link MaintenanceConfiguration}). Used codes are deleted at once; this only catches codes nobody used.
 * Every node runs it; the delete is idempotent.
 */
@Configuration(proxyBeanMethods = false)
class CodeMaintenanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CodeMaintenanceConfiguration.class);

    private final OneTimeCodeRepository codes;
    private final Clock clock;

    CodeMaintenanceConfiguration(OneTimeCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tradedesk.one-time-codes.purge-interval:5m}",
            initialDelayString = "${tradedesk.one-time-codes.purge-interval:5m}")
    void purgeExpiredCodes() {
        try {
            int purged = codes.purgeExpired(clock.instant());
            if (purged > 0) {
                log.debug("purged {} expired one-time codes", purged);
            }
        } catch (RuntimeException e) {
            log.warn("purging expired one-time codes failed, will retry: {}", e.toString());
        }
    }
}
