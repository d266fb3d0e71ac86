package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.adapter.rest.common.ClientInfos;
import dev.tradedesk.adapter.rest.sessions.TokenMapper;
import dev.tradedesk.adapter.rest.sessions.TokenResponse;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeUseCase;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Passwordless sign-in: a one-time code mailed to the address, then exchanged for tokens. */
@RestController
public final class EmailCodeController {

    private final RequestEmailCodeUseCase requestCode;
    private final SignInWithEmailCodeUseCase signIn;
    private final TokenMapper mapper;

    public EmailCodeController(RequestEmailCodeUseCase requestCode, SignInWithEmailCodeUseCase signIn,
                               TokenMapper mapper) {
        this.requestCode = requestCode;
        this.signIn = signIn;
        this.mapper = mapper;
    }

    /** 202 for every well-formed address, with or without an account; 400 {@code validation_failed}. */
    @PostMapping(path = "/api/v1/auth/email-code", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> requestCode(@RequestBody EmailCodeRequest body, HttpServletRequest request) {
        requestCode.requestCode(RequestEmailCodeCommand.of(body.email(), ClientInfos.of(request)));
        return ResponseEntity.accepted().build();
    }

    /** 200 with a new session's tokens (the account is created on first sign-in); 401 {@code invalid_code}. */
    @PostMapping(path = "/api/v1/auth/email-code/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TokenResponse> signIn(@RequestBody EmailCodeTokenRequest body, HttpServletRequest request) {
        var tokens = signIn.signIn(SignInWithEmailCodeCommand.of(body.email(), body.code(), ClientInfos.of(request)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mapper.toResponse(tokens));
    }
}
