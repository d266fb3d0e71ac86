package dev.tradedesk.bootstrap;

import dev.tradedesk.testsupport.TestServers;
import dev.tradedesk.testsupport.TestDatabase;
import dev.tradedesk.testsupport.TestRedis;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Extra application nodes for cluster tests, as a deployment runs them behind a load balancer: on the
 * test run's database, Redis key prefix and key-encryption key, and the test Binance, unless
 * {@code overrides} say otherwise.
 */
final class TestNodes {

    private TestNodes() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> overrides) {
        TestDatabase database = TestServers.postgres();
        TestRedis redis = TestServers.redis();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        if (database.password() != null) {
            properties.put("spring.datasource.password", database.password());
        }
        properties.put("tradedesk.redis.url", redis.url());
        properties.put("tradedesk.redis.key-prefix", redis.keyPrefix());
        properties.put("tradedesk.tokens.key-encryption-key", ApplicationTestBase.TEST_KEY_ENCRYPTION_KEY);
        properties.put("tradedesk.market.binance-rest-url", TestBinance.server().baseUrl());
        properties.put("tradedesk.market.binance-ws-url", TestBinance.server().wsUrl());
        properties.put("tradedesk.market.stream-symbols", TestBinance.STREAM_SYMBOLS);
        properties.putAll(overrides);
        // command-line arguments outrank application.yaml, as they would for a real node
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TradeDeskApplication.class).run(args);
    }

    static HttpApi api(ConfigurableApplicationContext node) {
        return new HttpApi("http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort());
    }
}
