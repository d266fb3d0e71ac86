package dev.tradedesk.application.sessions;

import dev.tradedesk.application.accounts.InMemoryAccountRepository;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.port.out.RefreshTokenRecord;
import dev.tradedesk.application.sessions.port.out.RefreshTokenUse;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.sessions.Session;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions in memory; the holder's authorization for refreshes comes from the in-memory accounts and
 * roles. Every method is synchronized: the conditional rotation is atomic as in the real store.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private record TokenState(UUID sessionId, Instant rotatedAt) {
    }

    private final Map<UUID, Session> sessions = new HashMap<>();
    private final Map<ByteBuffer, TokenState> tokens = new HashMap<>();
    private final InMemoryAccountRepository accounts;
    private final InMemoryRoleRepository roles;

    public InMemorySessionRepository(InMemoryAccountRepository accounts, InMemoryRoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public synchronized void insert(Session session, byte[] refreshTokenHash) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("session " + session.id() + " exists");
        }
        tokens.put(ByteBuffer.wrap(refreshTokenHash.clone()), new TokenState(session.id(), null));
    }

    @Override
    public synchronized Optional<RefreshTokenUse> present(byte[] presented, byte[] next, Instant now) {
        ByteBuffer key = ByteBuffer.wrap(presented.clone());
        TokenState state = tokens.get(key);
        if (state == null) {
            return Optional.empty();
        }
        Session session = sessions.get(state.sessionId());
        Optional<RefreshTokenRecord> found = accounts.findById(session.userId()).map(account ->
                new RefreshTokenRecord(session, state.rotatedAt(), subjectOf(account)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean rotates = state.rotatedAt() == null && session.isActiveAt(now);
        if (rotates) {
            tokens.put(key, new TokenState(session.id(), now));
            tokens.put(ByteBuffer.wrap(next.clone()), new TokenState(session.id(), null));
            sessions.put(session.id(), new Session(session.id(), session.userId(), session.createdAt(), now,
                    session.expiresAt(), session.client(), session.revokedAt()));
        }
        return Optional.of(new RefreshTokenUse(found.get(), rotates));
    }

    private dev.tradedesk.domain.sessions.TokenSubject subjectOf(Account account) {
        return account.tokenSubject(roles.permissionsOf(account.roles()));
    }

    @Override
    public synchronized boolean revoke(UUID sessionId, String reason, Instant now) {
        Session s = sessions.get(sessionId);
        if (s == null || !s.isActiveAt(now)) {
            return false;
        }
        sessions.put(sessionId, new Session(s.id(), s.userId(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.client(), now));
        return true;
    }

    @Override
    public synchronized List<UUID> revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
        List<UUID> revoked = new ArrayList<>();
        for (Session s : List.copyOf(sessions.values())) {
            if (s.userId().equals(userId) && !s.id().equals(keep) && revoke(s.id(), reason, now)) {
                revoked.add(s.id());
            }
        }
        return revoked;
    }

    @Override
    public synchronized Optional<Session> find(UUID sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized List<Session> activeOf(UUID userId, Instant now) {
        return sessions.values().stream()
                .filter(s -> s.userId().equals(userId) && s.isActiveAt(now))
                .sorted(Comparator.comparing(Session::createdAt).reversed().thenComparing(Session::id))
                .toList();
    }

    /** Every session of the user, revoked or not (for tests). */
    public synchronized List<Session> ofUser(UUID userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId)).toList();
    }
}
