package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How hard the anonymous endpoints push back on repetition (see {@link AttemptThrottle}).
 *
 * @param loginPerAccount failed sign-ins per account (also per unknown email)
 * @param loginPerIp      failed sign-ins per client address, whatever the account
 * @param registrationsPerIp sign-ups per client address
 * @param mailsPerEmail   mails sent on request (email codes, password-reset codes) per address
 * @param mailsPerIp      mails sent on request per client address
 */
public record RequestLimits(ThrottlePolicy loginPerAccount, ThrottlePolicy loginPerIp,
                            ThrottlePolicy registrationsPerIp, ThrottlePolicy mailsPerEmail,
                            ThrottlePolicy mailsPerIp) {

    /**
     * 5 failed sign-ins per account and 20 per address for free, then 1 s, 2 s, 4 s ... up to 15 min,
     * forgotten 15 min after the last wait; 20 sign-ups per address an hour; 5 mails per address and 20
     * per client address every 15 min.
     */
    public static final RequestLimits DEFAULT = new RequestLimits(
            ThrottlePolicy.backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15)),
            ThrottlePolicy.backoff(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15)),
            ThrottlePolicy.quota(20, Duration.ofHours(1)),
            ThrottlePolicy.quota(5, Duration.ofMinutes(15)),
            ThrottlePolicy.quota(20, Duration.ofMinutes(15)));

    public RequestLimits {
        Objects.requireNonNull(loginPerAccount, "loginPerAccount");
        Objects.requireNonNull(loginPerIp, "loginPerIp");
        Objects.requireNonNull(registrationsPerIp, "registrationsPerIp");
        Objects.requireNonNull(mailsPerEmail, "mailsPerEmail");
        Objects.requireNonNull(mailsPerIp, "mailsPerIp");
    }
}
