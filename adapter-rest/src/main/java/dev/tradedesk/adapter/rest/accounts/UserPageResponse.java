package dev.tradedesk.adapter.rest.accounts;

import java.util.List;

/** API.md offset pagination. */
public record UserPageResponse(List<UserResponse> items, int offset, int limit, long total) {
}
