package dev.tradedesk.adapter.security.sessions;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import java.security.Provider;

/**
 * The JCA provider that does ES256's P-256 arithmetic. Neither is installed JVM-wide: the instance is
 * passed to Nimbus, so the rest of the JVM keeps its own providers.
 * <ul>
 *   <li>Amazon Corretto Crypto Provider (AWS-LC's constant-time P-256, native code) where its library
 *       loads and passes its self-tests: Linux on x86_64, from the bundled jar. On JDK 17 it signs about
 *       four times and verifies about five times as fast as Bouncy Castle (docs/identity.md).</li>
 *   <li>Bouncy Castle (plain Java) everywhere else. It is still six times as fast as the JDK's own
 *       SunEC code on JDK 17.</li>
 * </ul>
 * The tokens are standard ES256 either way: any JOSE library verifies them from the JWKS.
 */
public final class P256Provider {

    private static final System.Logger log = System.getLogger(P256Provider.class.getName());

    private P256Provider() {
    }

    /** Amazon Corretto Crypto Provider if it works on this machine, else Bouncy Castle; chosen once. */
    public static Provider preferred() {
        return Preferred.PROVIDER;
    }

    /** Bouncy Castle's provider (plain Java, every platform). */
    public static Provider bouncyCastle() {
        return BouncyCastleProviderSingleton.getInstance();
    }

    private static final class Preferred {
        static final Provider PROVIDER = choose();

        private static Provider choose() {
            try {
                AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
                Throwable loading = accp.getLoadingError();
                if (loading != null) {
                    log.log(System.Logger.Level.INFO, "ES256 with Bouncy Castle: Amazon Corretto Crypto Provider"
                            + " is not available here (" + loading + ")");
                    return bouncyCastle();
                }
                accp.assertHealthy();
                log.log(System.Logger.Level.INFO, "ES256 with Amazon Corretto Crypto Provider " + accp.getVersionStr());
                return accp;
            } catch (RuntimeException | LinkageError e) {
                log.log(System.Logger.Level.WARNING, "ES256 with Bouncy Castle: Amazon Corretto Crypto Provider"
                        + " failed to start (" + e + ")");
                return bouncyCastle();
            }
        }
    }
}
