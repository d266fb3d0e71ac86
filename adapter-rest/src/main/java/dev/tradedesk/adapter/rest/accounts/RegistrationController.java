package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.adapter.rest.common.ClientInfos;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountUseCase;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public final class RegistrationController {

    private final RegisterAccountUseCase register;
    private final UserMapper mapper;

    public RegistrationController(RegisterAccountUseCase register, UserMapper mapper) {
        this.register = register;
        this.mapper = mapper;
    }

    /** 201 with the new user and its tokens; 409 {@code email_taken}; 400 {@code validation_failed} or {@code weak_password}. */
    @PostMapping(path = "/api/v1/auth/register", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RegistrationResponse> register(@RequestBody RegisterRequest body, HttpServletRequest request) {
        var registration = register.register(
                RegisterAccountCommand.of(body.email(), body.password(), body.name(), ClientInfos.of(request)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v1/users/" + registration.user().id()))
                .cacheControl(CacheControl.noStore())
                .body(mapper.toResponse(registration));
    }
}
