package dev.tradedesk.adapter.rest.sessions;

public record RefreshRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[****]";
    }
}
