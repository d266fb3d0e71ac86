package dev.tradedesk.adapter.security.sessions;

import java.security.Provider;

/** Every test of {@link NimbusTokenIssuerTest} with Bouncy Castle, the provider where the native one does not load. */
class NimbusTokenIssuerBouncyCastleTest extends NimbusTokenIssuerTest {

    @Override
    Provider provider() {
        return P256Provider.bouncyCastle();
    }
}
