package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.DeleteAccountUseCase;
import dev.tradedesk.application.accounts.port.in.UpdateUserCommand;
import dev.tradedesk.application.accounts.port.in.UpdateUserUseCase;
import dev.tradedesk.application.accounts.port.in.UserPage;
import dev.tradedesk.domain.common.Actor;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration (API.md): {@code users:read} lists and reads, {@code users:write} changes,
 * {@code users:delete} deletes; a user may always read, rename and delete themself. Another user's id
 * is a 404 to a caller who may not read users.
 */
@RestController
public final class UserAdminController {

    private final AccountQuery accounts;
    private final UpdateUserUseCase update;
    private final DeleteAccountUseCase delete;
    private final UserMapper mapper;

    public UserAdminController(AccountQuery accounts, UpdateUserUseCase update, DeleteAccountUseCase delete,
                               UserMapper mapper) {
        this.accounts = accounts;
        this.update = update;
        this.delete = delete;
        this.mapper = mapper;
    }

    /** Offset pagination (limit 1..200, default 50), {@code q} matches email or name, ordered by email. */
    @GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserPageResponse list(Actor actor, @RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "50") int limit,
                                 @RequestParam(required = false) String q) {
        UserPage page = accounts.users(actor, offset, limit, q);
        return new UserPageResponse(page.items().stream().map(mapper::toResponse).toList(), page.offset(),
                page.limit(), page.total());
    }

    @GetMapping(path = "/api/v1/users/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserResponse get(Actor actor, @PathVariable UUID id) {
        return mapper.toResponse(accounts.user(actor, id));
    }

    @PatchMapping(path = "/api/v1/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public UserResponse patch(Actor actor, @PathVariable UUID id, @RequestBody UpdateUserRequest body) {
        return mapper.toResponse(update.update(actor, id, UpdateUserCommand.of(body.name(), body.email())));
    }

    @DeleteMapping("/api/v1/users/{id}")
    public ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        delete.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
