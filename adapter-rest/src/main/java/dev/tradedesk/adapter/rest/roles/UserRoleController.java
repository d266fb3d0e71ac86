package dev.tradedesk.adapter.rest.roles;

import dev.tradedesk.application.roles.port.in.AssignRoleUseCase;
import dev.tradedesk.application.roles.port.in.RoleQuery;
import dev.tradedesk.domain.common.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users' roles, permission checks, and the caller's own check from the token alone. */
@RestController
public final class UserRoleController {

    private final RoleQuery roles;
    private final AssignRoleUseCase assign;

    public UserRoleController(RoleQuery roles, AssignRoleUseCase assign) {
        this.roles = roles;
        this.assign = assign;
    }

    /** The user's role names, sorted; self or {@code roles:read} (another user's id is 404 without it). */
    @GetMapping(path = "/api/v1/users/{id}/roles", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<String> rolesOf(Actor actor, @PathVariable UUID id) {
        return roles.rolesOf(actor, id).stream().sorted().toList();
    }

    /** 204, also when the user holds the role already. */
    @PutMapping("/api/v1/users/{id}/roles/{name}")
    public ResponseEntity<Void> assign(Actor actor, @PathVariable UUID id, @PathVariable String name) {
        assign.assign(actor, id, name);
        return ResponseEntity.noContent().build();
    }

    /** 204, also when the user did not hold the role. */
    @DeleteMapping("/api/v1/users/{id}/roles/{name}")
    public ResponseEntity<Void> revoke(Actor actor, @PathVariable UUID id, @PathVariable String name) {
        assign.revoke(actor, id, name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/users/{id}/permissions/{permission}", produces = MediaType.APPLICATION_JSON_VALUE)
    public AllowedResponse userHas(Actor actor, @PathVariable UUID id, @PathVariable String permission) {
        return new AllowedResponse(roles.userHas(actor, id, permission));
    }

    /** Whether the caller (anonymous too) has the permission, from the token alone. */
    @GetMapping(path = "/api/v1/authz/check", produces = MediaType.APPLICATION_JSON_VALUE)
    public AllowedResponse check(Actor actor, @RequestParam String permission) {
        return new AllowedResponse(roles.callerHas(actor, permission));
    }
}
