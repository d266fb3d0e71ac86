package dev.tradedesk.adapter.rest.roles;

import java.util.List;

public record CreateRoleRequest(String name, String description, List<String> permissions) {
}
