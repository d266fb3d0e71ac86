package dev.tradedesk.bootstrap;

import dev.tradedesk.embedded.DatabaseUrl;
import dev.tradedesk.embedded.EmbeddedPostgresServer;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides where PostgreSQL and Redis are before Spring starts: {@code DATABASE_URL} and
 * {@code REDIS_URL} when set (nothing embedded is started), otherwise an embedded PostgreSQL 17 whose
 * data lives under {@code TRADEDESK_DATA_DIR} (default {@code ./var}), so that a restart keeps every
 * account, and an embedded Redis (which holds nothing that cannot be rebuilt). A local run without
 * {@code TRADEDESK_KEY_ENCRYPTION_KEY} keeps a generated one beside its data ({@link LocalKeyEncryptionKey}).
 */
final class LocalServers {

    private static final Logger log = LoggerFactory.getLogger(LocalServers.class);
    static final String DATABASE = "tradedesk";

    private LocalServers() {
    }

    /** Spring properties for the chosen servers; starts the embedded ones that are needed. */
    static Map<String, Object> properties(Map<String, String> env) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String databaseUrl = env.get("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            properties.put("spring.datasource.url", url.jdbcUrl());
            if (url.username() != null) {
                properties.put("spring.datasource.username", url.username());
            }
            if (url.password() != null) {
                properties.put("spring.datasource.password", url.password());
            }
        } else {
            Path dataDir = dataDir(env).resolve("postgres");
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir);
            postgres.ensureDatabase(DATABASE);
            log.info("No DATABASE_URL: using embedded PostgreSQL on port {} with data in {}", postgres.port(), dataDir);
            properties.put("spring.datasource.url", postgres.jdbcUrl(DATABASE));
            properties.put("spring.datasource.username", postgres.username());
        }
        String kek = env.get("TRADEDESK_KEY_ENCRYPTION_KEY");
        if (kek != null && !kek.isBlank()) {
            properties.put("tradedesk.tokens.key-encryption-key", kek);
        } else if (databaseUrl == null || databaseUrl.isBlank()) {
            properties.put("tradedesk.tokens.key-encryption-key", LocalKeyEncryptionKey.readOrCreate(dataDir(env)));
        }
        String redisUrl = env.get("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            properties.put("tradedesk.redis.url", redisUrl);
        } else {
            EmbeddedRedisServer redis = EmbeddedRedisServer.start();
            log.info("No REDIS_URL: using embedded Redis at {}", redis.url());
            properties.put("tradedesk.redis.url", redis.url());
        }
        return properties;
    }

    private static Path dataDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("TRADEDESK_DATA_DIR", "var")).toAbsolutePath();
    }
}
