package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.Account;
import java.util.List;

/** One page of accounts and how many match in all. */
public record AccountPage(List<Account> items, long total) {

    public AccountPage {
        items = List.copyOf(items);
    }
}
