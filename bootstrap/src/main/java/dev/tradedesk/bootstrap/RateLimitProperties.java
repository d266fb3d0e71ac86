package dev.tradedesk.bootstrap;

import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.rate-limits}: brute-force and abuse limits of the anonymous endpoints (see
 * {@link ThrottlePolicy} for how free attempts, backoff and windows combine).
 *
 * @param loginFreeFailuresPerAccount failed sign-ins per account before waits begin (5)
 * @param loginFreeFailuresPerIp      failed sign-ins per client address before waits begin (20)
 * @param loginBackoffBase            the first wait, doubled after each further failure (1 s)
 * @param loginBackoffMax             the longest wait (15 min)
 * @param loginFailureWindow          failures are forgotten this long after the last wait ended (15 min)
 * @param registrationsPerIp          sign-ups per client address per {@code registrationWindow} (20)
 * @param registrationWindow          (1 h)
 * @param mailsPerEmail               code mails (sign-in, password reset) per address per {@code mailWindow} (5)
 * @param mailsPerIp                  code mails per client address per {@code mailWindow} (20)
 * @param mailWindow                  (15 min)
 * @param redisRetryInterval          while Redis is unreachable, how often to try it again (5 s)
 */
@ConfigurationProperties("tradedesk.rate-limits")
public record RateLimitProperties(int loginFreeFailuresPerAccount, int loginFreeFailuresPerIp,
                                  Duration loginBackoffBase, Duration loginBackoffMax, Duration loginFailureWindow,
                                  int registrationsPerIp, Duration registrationWindow,
                                  int mailsPerEmail, int mailsPerIp, Duration mailWindow,
                                  Duration redisRetryInterval) {

    /** The policies, checked (an impossible setting stops the start). */
    RequestLimits requestLimits() {
        return new RequestLimits(
                ThrottlePolicy.backoff(loginFreeFailuresPerAccount, loginBackoffBase, loginBackoffMax,
                        loginFailureWindow),
                ThrottlePolicy.backoff(loginFreeFailuresPerIp, loginBackoffBase, loginBackoffMax, loginFailureWindow),
                ThrottlePolicy.quota(registrationsPerIp, registrationWindow),
                ThrottlePolicy.quota(mailsPerEmail, mailWindow),
                ThrottlePolicy.quota(mailsPerIp, mailWindow));
    }
}
