package dev.tradedesk.adapter.rest.accounts;

import java.time.Instant;
import java.util.List;

/** GET /users/me/login-history: newest first; {@code next_cursor} is null on the last page. */
public record LoginHistoryResponse(List<Item> items, String nextCursor) {

    public record Item(Instant at, String ip, String userAgent, String method, boolean success) {
    }
}
