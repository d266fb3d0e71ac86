package dev.tradedesk.bootstrap;

import dev.tradedesk.testsupport.TestDatabase;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, against the test run's own PostgreSQL database and Redis
 * key prefix (see {@link TestServers}). Every subclass shares one Spring context, so tests keep apart
 * by using fresh emails.
 */
@SpringBootTest(classes = TradeDeskApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTestBase {

    /** Shared by every node a test starts on the test database, as a deployment's nodes share theirs. */
    static final String TEST_KEY_ENCRYPTION_KEY = java.util.Base64.getEncoder().encodeToString(randomBytes(32));

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestDatabase database = TestServers.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        TestRedis redis = TestServers.redis();
        registry.add("tradedesk.redis.url", redis::url);
        registry.add("tradedesk.redis.key-prefix", redis::keyPrefix);
        registry.add("tradedesk.tokens.key-encryption-key", () -> TEST_KEY_ENCRYPTION_KEY);
        registry.add("tradedesk.mail.host", () -> "127.0.0.1");
        registry.add("tradedesk.mail.port", TestMailServer::port);
        registry.add("tradedesk.mail.from", () -> TestMailServer.FROM);
        registry.add("tradedesk.mail.starttls", () -> "false");
        registry.add("tradedesk.market.binance-rest-url", () -> TestBinance.server().baseUrl().toString());
        registry.add("tradedesk.market.binance-ws-url", () -> TestBinance.server().wsUrl().toString());
        registry.add("tradedesk.market.stream-symbols", () -> TestBinance.STREAM_SYMBOLS);
    }

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }
}
