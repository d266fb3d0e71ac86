package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;

public final class AccountQueryService implements AccountQuery {

    private final AccountRepository accounts;
    private final RoleRepository roles;

    public AccountQueryService(AccountRepository accounts, RoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
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
