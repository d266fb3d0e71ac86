package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.accounts.LoginMethod;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LoginHistory} must do; each implementation's test extends this. */
public abstract class LoginHistoryContract {

    protected abstract LoginHistory history();

    /** An existing user that events can belong to. */
    protected abstract UUID existingUser();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private LoginEvent record(UUID userId, Instant at, boolean success) {
        LoginEvent event = new LoginEvent(UUID.randomUUID(), userId, at, new ClientInfo("192.0.2.1", "agent"),
                LoginMethod.PASSWORD, success);
        history().record(event);
        return event;
    }

    @Test
    void lists_a_users_events_newest_first_and_only_theirs() {
        UUID user = existingUser();
        LoginEvent old = record(user, now.minusSeconds(60), false);
        LoginEvent recent = record(user, now, true);
        record(existingUser(), now, true);

        assertThat(history().newestFirst(user, null, null, 10)).containsExactly(recent, old);
        assertThat(history().newestFirst(user, null, null, 1)).containsExactly(recent);
    }

    @Test
    void pages_by_position_even_when_events_share_a_timestamp() {
        UUID user = existingUser();
        for (int i = 0; i < 5; i++) {
            record(user, now, i % 2 == 0);
        }
        List<LoginEvent> all = history().newestFirst(user, null, null, 10);
        assertThat(all).hasSize(5);

        List<LoginEvent> second = history().newestFirst(user, all.get(1).at(), all.get(1).id(), 10);

        assertThat(second).containsExactlyElementsOf(all.subList(2, 5));
    }

    @Test
    void keeps_what_was_recorded() {
        UUID user = existingUser();
        LoginEvent event = record(user, now, false);

        LoginEvent read = history().newestFirst(user, null, null, 1).get(0);
        assertThat(read).isEqualTo(event);
        assertThat(read.client()).isEqualTo(new ClientInfo("192.0.2.1", "agent"));
        assertThat(read.method()).isEqualTo(LoginMethod.PASSWORD);
        assertThat(read.success()).isFalse();
    }
}
