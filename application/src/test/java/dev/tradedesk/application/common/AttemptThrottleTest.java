package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.TooManyAttemptsException;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttemptThrottleTest {

    private static final ThrottlePolicy TWO_THEN_A_MINUTE = ThrottlePolicy.backoff(2, Duration.ofMinutes(1),
            Duration.ofMinutes(8), Duration.ofMinutes(15));
    private static final RequestLimits LIMITS = new RequestLimits(TWO_THEN_A_MINUTE,
            ThrottlePolicy.backoff(4, Duration.ofMinutes(1), Duration.ofMinutes(8), Duration.ofMinutes(15)),
            ThrottlePolicy.quota(2, Duration.ofHours(1)),
            ThrottlePolicy.quota(2, Duration.ofMinutes(15)),
            ThrottlePolicy.quota(3, Duration.ofMinutes(15)));

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final AttemptThrottle throttle = new AttemptThrottle(new LocalRateLimiter(clock), LIMITS);

    @Test
    void every_spelling_of_an_email_shares_one_sign_in_counter() {
        String email = uniqueEmail();
        ClientInfo client = client();

        throttle.beginLogin(email, client);
        throttle.beginLogin("  " + email.toUpperCase() + " ", client);

        TooManyAttemptsException refused = catchThrowableOfType(TooManyAttemptsException.class,
                () -> throttle.beginLogin(email, client));
        assertThat(refused.code()).isEqualTo("too_many_attempts");
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_success_clears_the_account_and_does_not_count_for_the_address() {
        String email = uniqueEmail();
        ClientInfo client = client();

        throttle.beginLogin(email, client);
        throttle.beginLogin(email, client).succeeded();
        throttle.beginLogin(email, client);
        throttle.beginLogin(email, client).succeeded();

        assertThat(accountAttemptsLeft(email, client())).as("the account starts afresh").isEqualTo(2);
        assertThat(addressAttemptsLeft(client)).as("only the 2 failures counted for the address").isEqualTo(2);
    }

    @Test
    void an_abandoned_attempt_counts_nowhere() {
        String email = uniqueEmail();
        ClientInfo client = client();

        throttle.beginLogin(email, client);
        throttle.beginLogin(email, client).abandoned();

        assertThat(accountAttemptsLeft(email, client())).isEqualTo(1);
        assertThat(addressAttemptsLeft(client)).isEqualTo(3);
    }

    @Test
    void an_address_that_fails_on_many_accounts_is_throttled_for_all() {
        ClientInfo client = client();
        for (int i = 0; i < 4; i++) {
            throttle.beginLogin(uniqueEmail(), client);
        }

        assertThatThrownBy(() -> throttle.beginLogin(uniqueEmail(), client)).isInstanceOf(TooManyAttemptsException.class);
        throttle.beginLogin(uniqueEmail(), client()).succeeded();
    }

    @Test
    void an_ipv6_client_is_limited_by_its_64_network() {
        for (int i = 0; i < 4; i++) {
            throttle.beginLogin(uniqueEmail(), new ClientInfo("2001:db8:aa:bb::" + Integer.toHexString(i + 1), null));
        }

        assertThatThrownBy(() -> throttle.beginLogin(uniqueEmail(), new ClientInfo("2001:db8:aa:bb:ffff::9", null)))
                .isInstanceOf(TooManyAttemptsException.class);
        throttle.beginLogin(uniqueEmail(), new ClientInfo("2001:db8:aa:bc::1", null));
    }

    @Test
    void names_networks_without_looking_anything_up() {
        assertThat(AttemptThrottle.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(AttemptThrottle.network("2001:DB8:0:1:2:3:4:5")).isEqualTo("2001:db8:0:1::/64");
        assertThat(AttemptThrottle.network("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(AttemptThrottle.network("::ffff:198.51.100.2")).isEqualTo("198.51.100.2");
        assertThat(AttemptThrottle.network("fe80::1%eth0")).isEqualTo("fe80::1%eth0");
        assertThat(AttemptThrottle.network("1:2:3")).isEqualTo("1:2:3");
        assertThat(AttemptThrottle.network("not:an:address")).isEqualTo("not:an:address");
    }

    @Test
    void without_a_known_address_only_the_account_is_limited() {
        assertThatCode(() -> {
            for (int i = 0; i < 10; i++) {
                throttle.beginLogin(uniqueEmail(), ClientInfo.UNKNOWN);
                throttle.countRegistration(ClientInfo.UNKNOWN);
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void sign_ups_have_a_quota_per_address() {
        ClientInfo client = client();
        throttle.countRegistration(client);
        throttle.countRegistration(client);

        assertThatThrownBy(() -> throttle.countRegistration(client)).isInstanceOf(TooManyAttemptsException.class);
        throttle.countRegistration(client());
    }

    @Test
    void mails_have_quotas_per_email_and_per_address() {
        EmailAddress email = EmailAddress.of(uniqueEmail());
        throttle.countMail(email, client());
        throttle.countMail(email, client());
        assertThatThrownBy(() -> throttle.countMail(email, client())).isInstanceOf(TooManyAttemptsException.class);

        ClientInfo client = client();
        for (int i = 0; i < 3; i++) {
            throttle.countMail(EmailAddress.of(uniqueEmail()), client);
        }
        assertThatThrownBy(() -> throttle.countMail(EmailAddress.of(uniqueEmail()), client))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void a_throttled_sign_in_leaves_mail_alone() {
        String email = uniqueEmail();
        ClientInfo client = client();
        for (int i = 0; i < 2; i++) {
            throttle.beginLogin(email, client);
        }
        for (int i = 0; i < 2; i++) {
            throttle.beginLogin(uniqueEmail(), client);
        }
        assertThatThrownBy(() -> throttle.beginLogin(email, client)).isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> throttle.beginLogin(uniqueEmail(), client)).as("the address too")
                .isInstanceOf(TooManyAttemptsException.class);

        assertThatCode(() -> throttle.countMail(EmailAddress.of(email), client)).doesNotThrowAnyException();
    }

    private int accountAttemptsLeft(String email, ClientInfo freshClient) {
        int left = 0;
        try {
            while (left < 100) {
                throttle.beginLogin(email, freshClient);
                left++;
            }
        } catch (TooManyAttemptsException e) {
            return left;
        }
        return left;
    }

    private int addressAttemptsLeft(ClientInfo client) {
        int left = 0;
        try {
            while (left < 100) {
                throttle.beginLogin(uniqueEmail(), client);
                left++;
            }
        } catch (TooManyAttemptsException e) {
            return left;
        }
        return left;
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** A client address no other test uses. */
    private static ClientInfo client() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return new ClientInfo("10.0." + (n >> 8 & 0xff) + "." + (n & 0xff), "test");
    }
}
