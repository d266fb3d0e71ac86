package dev.tradedesk.application.sessions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do; each implementation's test extends this. */
public abstract class SessionRepositoryContract {

    protected abstract SessionRepository repository();

    /** An existing user that sessions can belong to. */
    protected abstract UUID existingUser();

    protected void write(Runnable work) {
        work.run();
    }

    @Test
    void stores_a_new_session() {
        Session session = Session.open(UUID.randomUUID(), existingUser(), RefreshToken.generate(), Instant.now(),
                Duration.ofDays(30), new ClientInfo("203.0.113.7", "curl/8"));
        assertThatCode(() -> write(() -> repository().insert(session))).doesNotThrowAnyException();
    }

    @Test
    void refuses_the_same_session_twice() {
        Session session = Session.open(UUID.randomUUID(), existingUser(), RefreshToken.generate(), Instant.now(),
                Duration.ofDays(30), ClientInfo.UNKNOWN);
        write(() -> repository().insert(session));
        assertThatThrownBy(() -> write(() -> repository().insert(session))).isInstanceOf(RuntimeException.class);
    }
}
