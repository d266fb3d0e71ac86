package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.application.sessions.port.in.LogOutUseCase;
import dev.tradedesk.application.sessions.port.in.RefreshSessionUseCase;
import dev.tradedesk.application.sessions.port.in.RevokeSessionUseCase;
import dev.tradedesk.application.sessions.port.in.SessionQuery;
import dev.tradedesk.domain.common.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Refresh, logout, and the caller's own sessions. */
@RestController
public final class SessionController {

    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final RevokeSessionUseCase revoke;
    private final SessionQuery sessions;
    private final TokenMapper tokens;
    private final SessionMapper mapper;

    public SessionController(RefreshSessionUseCase refresh, LogOutUseCase logOut, RevokeSessionUseCase revoke,
                             SessionQuery sessions, TokenMapper tokens, SessionMapper mapper) {
        this.refresh = refresh;
        this.logOut = logOut;
        this.revoke = revoke;
        this.sessions = sessions;
        this.tokens = tokens;
        this.mapper = mapper;
    }

    /** 200 with new tokens and a new refresh token; 401 {@code invalid_refresh_token} or {@code refresh_token_rotated}. */
    @PostMapping(path = "/api/v1/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TokenResponse> refresh(@RequestBody RefreshRequest body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(tokens.toResponse(refresh.refresh(body.refreshToken())));
    }

    /** 204; ends the token's session, or every session with {@code {"all_sessions": true}}. */
    @PostMapping("/api/v1/auth/logout")
    public ResponseEntity<Void> logout(Actor actor,
                                       @RequestBody(required = false) LogoutRequest body) {
        logOut.logOut(actor, body != null && Boolean.TRUE.equals(body.allSessions()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/users/me/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<SessionResponse> list(Actor actor) {
        return mapper.toResponses(sessions.sessionsOf(actor));
    }

    /** 204; 404 for a session that is not the caller's (or not active). */
    @DeleteMapping("/api/v1/users/me/sessions/{id}")
    public ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        revoke.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
