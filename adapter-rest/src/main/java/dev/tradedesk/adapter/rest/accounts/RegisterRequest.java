package dev.tradedesk.adapter.rest.accounts;

public record RegisterRequest(String email, String password, String name) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + "]";
    }
}
