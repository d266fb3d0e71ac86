import dev.tradedesk.adapter.security.sessions.NimbusTokenIssuer;
import dev.tradedesk.adapter.security.sessions.SigningKeyRing;
import dev.tradedesk.adapter.security.sessions.TokenSettings;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * What one access token costs the service (benchmark figures 2 and 3): the time to issue (ES256 sign,
 * every sign-in and refresh) and to verify (ES256 verify, every authenticated request) one token
 * through the service's own {@link NimbusTokenIssuer}, on one thread, after a warm-up. cores / verify
 * time bounds the authenticated requests per second of a node; cores / sign time its refreshes.
 *
 * <p>{@code java -cp 'libs/*' bench/TokenTime.java <samples>}; prints {@code sign_ms=} and {@code verify_ms=}
 * (medians).
 */
public class TokenTime {

    public static void main(String[] args) {
        int samples = Integer.parseInt(args[0]);
        Clock clock = Clock.systemUTC();
        NimbusTokenIssuer issuer = new NimbusTokenIssuer(SigningKeyRing.of(SigningKeyRing.generateKey()),
                new TokenSettings("http://127.0.0.1:18080", "tradedesk"), clock);
        Instant now = clock.instant();
        AccessTokenClaims claims = new AccessTokenClaims(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Set.of("user"), Set.of("orders:place", "orders:read", "market:read", "ticker:subscribe"), 0, now,
                now.plus(Duration.ofMinutes(15)));
        String token = issuer.issue(claims);
        for (int i = 0; i < samples; i++) { // warm-up
            issuer.verify(issuer.issue(claims));
        }
        double[] sign = new double[samples];
        double[] verify = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            token = issuer.issue(claims);
            long signed = System.nanoTime();
            issuer.verify(token);
            sign[i] = (signed - start) / 1e6;
            verify[i] = (System.nanoTime() - signed) / 1e6;
        }
        System.out.printf("sign_ms=%.3f%n", median(sign));
        System.out.printf("verify_ms=%.3f%n", median(verify));
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
