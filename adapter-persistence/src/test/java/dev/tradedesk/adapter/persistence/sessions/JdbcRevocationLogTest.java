package dev.tradedesk.adapter.persistence.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcRevocationLogTest {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcRevocationLog log = new JdbcRevocationLog(db.jdbc());

    @Test
    void keeps_revocations_until_they_expire() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Revocation session = Revocation.ofSession(UUID.randomUUID(), now.plus(Duration.ofMinutes(15)));
        Revocation user = Revocation.ofUser(UUID.randomUUID(), 4, now.plus(Duration.ofMinutes(10)));
        Revocation deleted = Revocation.ofDeletedUser(UUID.randomUUID(), now.plus(Duration.ofMinutes(15)));
        db.tx().inTransaction(() -> log.record(List.of(session, user, deleted)));

        assertThat(log.active(now)).contains(session, user, deleted);
        assertThat(log.active(now.plus(Duration.ofMinutes(12)))).contains(session, deleted).doesNotContain(user);

        log.purgeExpired(now.plus(Duration.ofMinutes(12)));
        assertThat(log.active(now)).contains(session, deleted).doesNotContain(user);
    }
}
