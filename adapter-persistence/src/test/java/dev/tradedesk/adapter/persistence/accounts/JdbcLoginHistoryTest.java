package dev.tradedesk.adapter.persistence.accounts;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.accounts.LoginHistoryContract;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Instant;
import java.util.UUID;

class JdbcLoginHistoryTest extends LoginHistoryContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcLoginHistory history = new JdbcLoginHistory(db.jdbc());

    @Override
    protected LoginHistory history() {
        return history;
    }

    @Override
    protected UUID existingUser() {
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of("h-" + UUID.randomUUID() + "@example.com"),
                null, "hash", Instant.now());
        db.tx().inTransaction(() -> new JdbcAccountRepository(db.jdbc()).insert(account));
        return account.id();
    }
}
