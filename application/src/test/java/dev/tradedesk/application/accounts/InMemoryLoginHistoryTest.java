package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.LoginHistory;
import java.util.UUID;

class InMemoryLoginHistoryTest extends LoginHistoryContract {

    private final InMemoryLoginHistory history = new InMemoryLoginHistory();

    @Override
    protected LoginHistory history() {
        return history;
    }

    @Override
    protected UUID existingUser() {
        return UUID.randomUUID();
    }
}
