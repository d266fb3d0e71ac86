package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.adapter.rest.common.ClientInfos;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetCommand;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetUseCase;
import dev.tradedesk.application.accounts.port.in.ResetPasswordCommand;
import dev.tradedesk.application.accounts.port.in.ResetPasswordUseCase;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Forgotten passwords: a reset code mailed to the account's address, then a new password set with it. */
@RestController
public final class PasswordResetController {

    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase reset;

    public PasswordResetController(RequestPasswordResetUseCase requestReset, ResetPasswordUseCase reset) {
        this.requestReset = requestReset;
        this.reset = reset;
    }

    /** 202 whether or not the address has an account (only an account gets a mail); 400 {@code validation_failed}. */
    @PostMapping(path = "/api/v1/auth/password/forgot", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> forgot(@RequestBody ForgotPasswordRequest body, HttpServletRequest request) {
        requestReset.requestReset(RequestPasswordResetCommand.of(body.email(), ClientInfos.of(request)));
        return ResponseEntity.accepted().build();
    }

    /**
     * 204: the password is set and every session revoked; no sign-in. 401 {@code invalid_code}; 400
     * {@code validation_failed} or {@code weak_password} (field {@code new_password}).
     */
    @PostMapping(path = "/api/v1/auth/password/reset", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> reset(@RequestBody ResetPasswordRequest body) {
        reset.reset(ResetPasswordCommand.of(body.email(), body.code(), body.newPassword()));
        return ResponseEntity.noContent().build();
    }
}
