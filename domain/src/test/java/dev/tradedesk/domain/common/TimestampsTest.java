package dev.tradedesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void new_aggregates_carry_the_precision_the_database_keeps() {
        Instant now = Instant.parse("2026-11-21T22:19:07.718245964Z");

        Account account = Account.register(UUID.randomUUID(), EmailAddress.of("a@example.com"), null, "h", now);

        assertThat(account.createdAt()).isEqualTo(Instant.parse("2026-11-21T22:19:07.718245Z"));
    }
}
