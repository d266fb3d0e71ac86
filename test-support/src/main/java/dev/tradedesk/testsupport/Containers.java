package dev.tradedesk.testsupport;

import dev.tradedesk.embedded.DatabaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers choice: kept apart so that nothing else loads Testcontainers classes. */
final class Containers {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String REDIS_IMAGE = "redis:7-alpine";

    private static final Logger log = LoggerFactory.getLogger(Containers.class);
    private static final int REDIS_PORT = 6379;
    private static Boolean dockerAvailable;

    private Containers() {
    }

    /** Whether Testcontainers finds a working Docker; asked once per JVM. */
    static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            long started = System.nanoTime();
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                log.debug("Testcontainers could not look for Docker", e);
                dockerAvailable = false;
            }
            log.info("Docker is {}available to Testcontainers (checked in {} ms)",
                    dockerAvailable ? "" : "not ", (System.nanoTime() - started) / 1_000_000);
        }
        return dockerAvailable;
    }

    static TestPostgresServer startPostgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
        container.start();
        DatabaseUrl maintenance = new DatabaseUrl(
                DatabaseUrl.parse(container.getJdbcUrl()).jdbcUrl(), container.getUsername(), container.getPassword());
        log.info("Started PostgreSQL container {} at {}", POSTGRES_IMAGE, maintenance.jdbcUrl());
        return new TestPostgresServer(ServerSource.TESTCONTAINERS, maintenance, container::stop);
    }

    static TestRedisServer startRedis() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
                .withExposedPorts(REDIS_PORT);
        container.start();
        String url = "redis://" + container.getHost() + ":" + container.getMappedPort(REDIS_PORT);
        log.info("Started Redis container {} at {}", REDIS_IMAGE, url);
        return new TestRedisServer(ServerSource.TESTCONTAINERS, url, container::stop);
    }
}
