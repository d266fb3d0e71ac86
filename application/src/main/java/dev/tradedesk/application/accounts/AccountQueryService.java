package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.LoginHistoryCursor;
import dev.tradedesk.application.accounts.port.in.LoginHistoryPage;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import java.util.List;

public final class AccountQueryService implements AccountQuery {

    public static final int MAX_PAGE = 200;

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final LoginHistory history;

    public AccountQueryService(AccountRepository accounts, RoleRepository roles, LoginHistory history) {
        this.accounts = accounts;
        this.roles = roles;
        this.history = history;
    }

    @Override
    public LoginHistoryPage loginHistory(Actor actor, int limit, String cursor) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        LoginHistoryCursor position = cursor == null || cursor.isEmpty() ? null : LoginHistoryCursor.decode(cursor);
        List<LoginEvent> events = history.newestFirst(actor.userId(), position == null ? null : position.at(),
                position == null ? null : position.id(), limit + 1);
        if (events.size() <= limit) {
            return new LoginHistoryPage(events, null);
        }
        List<LoginEvent> page = events.subList(0, limit);
        return new LoginHistoryPage(page, LoginHistoryCursor.after(page.get(limit - 1)).encode());
    }

    @Override
    public UserProfile me(Actor actor) {
        if (actor.isAnonymous()) {
            throw new NotFoundException("User");
        }
        Account account = accounts.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User"));
        return UserProfile.of(account, roles.permissionsOf(account.roles()));
    }
}
