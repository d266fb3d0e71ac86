package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.LoginHistoryCursor;
import dev.tradedesk.application.accounts.port.in.LoginHistoryPage;
import dev.tradedesk.application.accounts.port.in.UserPage;
import dev.tradedesk.application.accounts.port.out.AccountPage;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import java.util.UUID;
import dev.tradedesk.domain.common.ValidationException;
import java.util.List;
import java.util.TreeSet;

public final class AccountQueryService implements AccountQuery {

    public static final int MAX_PAGE = 200;

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final LoginHistory history;
    private final AccountProfileCache profiles;

    public AccountQueryService(AccountRepository accounts, RoleRepository roles, LoginHistory history,
                               AccountProfileCache profiles) {
        this.accounts = accounts;
        this.roles = roles;
        this.history = history;
        this.profiles = profiles;
    }

    @Override
    public UserPage users(Actor actor, int offset, int limit, String query) {
        if (!actor.can(UserAccess.READ)) {
            throw new ForbiddenException(UserAccess.READ);
        }
        var v = new dev.tradedesk.domain.common.Validator();
        if (offset < 0) {
            v.reject("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            v.reject("limit", "must be between 1 and " + MAX_PAGE);
        }
        v.throwIfInvalid();
        String needle = query == null || query.isBlank() ? null : query.strip();
        AccountPage page = accounts.search(needle, offset, limit);
        return new UserPage(page.items().stream().map(a -> UserProfile.of(a, roles.permissionsOf(a.roles()))).toList(),
                offset, limit, page.total());
    }

    @Override
    public UserProfile user(Actor actor, UUID userId) {
        UserAccess.require(actor, userId, UserAccess.READ);
        Account account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        return UserProfile.of(account, roles.permissionsOf(account.roles()));
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
        AccountProfile account = profiles.find(actor.userId()).orElseThrow(() -> new NotFoundException("User"));
        // The grants come from the request's token: any change of the account's roles, or of a role's
        // permissions, raises the account's authorization version and so stops the token (within a second
        // on every node), which makes a valid token's roles and permissions the current ones, as they are
        // for every other authorization decision. This spares the request a second database round trip;
        // the account's own fields come from this node's copy of them (AccountProfileCache) or its row.
        return new UserProfile(account.id(), account.email().value(),
                account.name() == null ? null : account.name().value(), account.emailVerified(),
                new TreeSet<>(actor.roles()), new TreeSet<>(actor.permissions()), account.createdAt());
    }
}
