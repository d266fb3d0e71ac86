package dev.tradedesk.adapter.rest.sessions;

public record LoginRequest(String email, String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
