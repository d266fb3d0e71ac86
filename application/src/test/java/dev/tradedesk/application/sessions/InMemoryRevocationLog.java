package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.RevocationLog;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryRevocationLog implements RevocationLog {

    private final List<Revocation> revocations = new CopyOnWriteArrayList<>();

    @Override
    public void record(List<Revocation> list) {
        revocations.addAll(list);
    }

    @Override
    public List<Revocation> active(Instant now) {
        return revocations.stream().filter(r -> r.expiresAt().isAfter(now)).toList();
    }

    @Override
    public int purgeExpired(Instant now) {
        List<Revocation> expired = revocations.stream().filter(r -> !r.expiresAt().isAfter(now)).toList();
        revocations.removeAll(expired);
        return expired.size();
    }
}
