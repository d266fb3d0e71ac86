package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.domain.accounts.LoginEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public final class InMemoryLoginHistory implements LoginHistory {

    private static final Comparator<LoginEvent> NEWEST_FIRST =
            Comparator.comparing(LoginEvent::at).thenComparing(LoginEvent::id).reversed();

    private final List<LoginEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(LoginEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<LoginEvent> newestFirst(UUID userId, Instant beforeAt, UUID beforeId, int limit) {
        return events.stream()
                .filter(e -> e.userId().equals(userId))
                .filter(e -> beforeAt == null || e.at().isBefore(beforeAt)
                        || (e.at().equals(beforeAt) && e.id().compareTo(beforeId) < 0))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }
}
