package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.adapter.rest.sessions.TokenResponse;

public record RegistrationResponse(UserResponse user, TokenResponse tokens) {
}
