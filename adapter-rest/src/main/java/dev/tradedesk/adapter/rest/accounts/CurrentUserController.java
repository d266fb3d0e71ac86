package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.DeleteAccountUseCase;
import dev.tradedesk.application.accounts.port.in.LoginHistoryPage;
import dev.tradedesk.application.accounts.port.in.UpdateProfileCommand;
import dev.tradedesk.application.accounts.port.in.UpdateProfileUseCase;
import dev.tradedesk.domain.common.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@RestController
public final class CurrentUserController {

    private final AccountQuery accounts;
    private final UpdateProfileUseCase update;
    private final DeleteAccountUseCase delete;
    private final UserMapper mapper;

    public CurrentUserController(AccountQuery accounts, UpdateProfileUseCase update, DeleteAccountUseCase delete,
                                 UserMapper mapper) {
        this.accounts = accounts;
        this.update = update;
        this.delete = delete;
        this.mapper = mapper;
    }

    @GetMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserResponse me(Actor actor) {
        return mapper.toResponse(accounts.me(actor));
    }

    /** The caller's sign-in attempts, newest first, {@code limit} (1..200, default 50) at a time. */
    @GetMapping(path = "/api/v1/users/me/login-history", produces = MediaType.APPLICATION_JSON_VALUE)
    public LoginHistoryResponse loginHistory(Actor actor,
                                             @RequestParam(defaultValue = "50") int limit,
                                             @RequestParam(required = false) String cursor) {
        LoginHistoryPage page = accounts.loginHistory(actor, limit, cursor);
        return new LoginHistoryResponse(page.items().stream()
                .map(e -> new LoginHistoryResponse.Item(e.at(), e.client().ip(), e.client().userAgent(),
                        e.method().wireName(), e.success()))
                .toList(), page.nextCursor());
    }

    /** 200 with the updated user; a password change ends every other session. */
    @PatchMapping(path = "/api/v1/users/me", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public UserResponse update(Actor actor, @RequestBody UpdateProfileRequest body) {
        return mapper.toResponse(update.update(actor,
                UpdateProfileCommand.of(body.name(), body.email(), body.password(), body.currentPassword())));
    }

    /** 204; the account and everything that belongs to it is gone, its tokens stop working. */
    @DeleteMapping("/api/v1/users/me")
    public ResponseEntity<Void> delete(Actor actor) {
        delete.delete(actor);
        return ResponseEntity.noContent().build();
    }
}
