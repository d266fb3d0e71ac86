package dev.tradedesk.adapter.rest.roles;

import dev.tradedesk.application.roles.port.in.CreateRoleCommand;
import dev.tradedesk.application.roles.port.in.CreateRoleUseCase;
import dev.tradedesk.application.roles.port.in.DeleteRoleUseCase;
import dev.tradedesk.application.roles.port.in.RoleQuery;
import dev.tradedesk.application.roles.port.in.UpdateRoleCommand;
import dev.tradedesk.application.roles.port.in.UpdateRoleUseCase;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.Role;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roles (API.md "Roles and permissions"). The {@link Actor} is the token's, or the anonymous role's
 * without a token ({@code ActorArgumentResolver}).
 */
@RestController
public final class RoleController {

    private final RoleQuery roles;
    private final CreateRoleUseCase create;
    private final UpdateRoleUseCase update;
    private final DeleteRoleUseCase delete;
    private final RoleMapper mapper;

    public RoleController(RoleQuery roles, CreateRoleUseCase create, UpdateRoleUseCase update,
                          DeleteRoleUseCase delete, RoleMapper mapper) {
        this.roles = roles;
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.mapper = mapper;
    }

    @GetMapping(path = "/api/v1/roles", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RoleResponse> list(Actor actor) {
        return mapper.toResponses(roles.list(actor));
    }

    /** 201 with the role; 409 {@code role_exists}. */
    @PostMapping(path = "/api/v1/roles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RoleResponse> create(Actor actor, @RequestBody CreateRoleRequest body) {
        Role role = create.create(actor, CreateRoleCommand.of(body.name(), body.description(), body.permissions()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/roles/" + role.name()))
                .body(mapper.toResponse(role));
    }

    @GetMapping(path = "/api/v1/roles/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RoleResponse get(Actor actor, @PathVariable String name) {
        return mapper.toResponse(roles.get(actor, name));
    }

    /** 200 with the role; its holders' tokens stop working, their next refresh carries the change. */
    @PutMapping(path = "/api/v1/roles/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public RoleResponse update(Actor actor, @PathVariable String name, @RequestBody UpdateRoleRequest body) {
        return mapper.toResponse(update.update(actor, name, UpdateRoleCommand.of(body.description(), body.permissions())));
    }

    /** 204; 409 {@code role_builtin}. */
    @DeleteMapping("/api/v1/roles/{name}")
    public ResponseEntity<Void> delete(Actor actor, @PathVariable String name) {
        delete.delete(actor, name);
        return ResponseEntity.noContent().build();
    }
}
