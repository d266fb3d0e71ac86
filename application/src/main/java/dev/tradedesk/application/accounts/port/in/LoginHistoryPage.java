package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.LoginEvent;
import java.util.List;

/** One page of the login history; {@code nextCursor} is null on the last page. */
public record LoginHistoryPage(List<LoginEvent> items, String nextCursor) {

    public LoginHistoryPage {
        items = List.copyOf(items);
    }
}
