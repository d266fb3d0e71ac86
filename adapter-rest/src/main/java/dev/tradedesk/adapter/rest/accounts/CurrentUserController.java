package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.domain.common.Actor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public final class CurrentUserController {

    private final AccountQuery accounts;
    private final UserMapper mapper;

    public CurrentUserController(AccountQuery accounts, UserMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    @GetMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserResponse me(@AuthenticationPrincipal Actor actor) {
        return mapper.toResponse(accounts.me(actor));
    }
}
