package dev.tradedesk.domain.wallets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void a_journal_must_balance_in_every_asset() {
        assertThatThrownBy(() -> new Journal(UUID.randomUUID(), UUID.randomUUID(), null, "unbalanced", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", new BigDecimal("-10")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "USDT", new BigDecimal("9.99"))), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Journal(UUID.randomUUID(), UUID.randomUUID(), null, "mixed assets", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", new BigDecimal("-10")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", new BigDecimal("10"))), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
