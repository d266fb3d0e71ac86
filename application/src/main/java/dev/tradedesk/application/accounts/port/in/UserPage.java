package dev.tradedesk.application.accounts.port.in;

import java.util.List;

/** API.md offset pagination: one page of users and how many match in all. */
public record UserPage(List<UserProfile> items, int offset, int limit, long total) {

    public UserPage {
        items = List.copyOf(items);
    }
}
