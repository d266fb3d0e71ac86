package dev.tradedesk.adapter.rest.roles;

import java.util.List;

/** The role object of API.md. */
public record RoleResponse(String name, String description, List<String> permissions, boolean builtin) {
}
