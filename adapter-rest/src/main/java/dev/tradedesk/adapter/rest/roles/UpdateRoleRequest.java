package dev.tradedesk.adapter.rest.roles;

import java.util.List;

/** The new permissions and, if given, the new description of a role. */
public record UpdateRoleRequest(String description, List<String> permissions) {
}
