package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.adapter.rest.common.ClientInfos;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordUseCase;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public final class LoginController {

    private final LogInWithPasswordUseCase logIn;
    private final TokenMapper mapper;

    public LoginController(LogInWithPasswordUseCase logIn, TokenMapper mapper) {
        this.logIn = logIn;
        this.mapper = mapper;
    }

    /** Password sign-in: 200 with a new session's tokens, 401 {@code invalid_credentials}. */
    @PostMapping(path = "/api/v1/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TokenResponse> login(@RequestBody LoginRequest body, HttpServletRequest request) {
        var tokens = logIn.logIn(LogInWithPasswordCommand.of(body.email(), body.password(), ClientInfos.of(request)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mapper.toResponse(tokens));
    }
}
