package dev.tradedesk.adapter.persistence.wallets;

import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wallets in {@code wallets}, their cash in {@code wallet_balances}, positions and shorts in their tables. */
public final class JdbcWalletRepository implements WalletRepository {

    private final JdbcClient jdbc;

    public JdbcWalletRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean createIfAbsent(UUID userId, String currency, Instant now) {
        return jdbc.sql("""
                insert into wallets (user_id, currency, created_at)
                select :user, :currency, :now where exists (select 1 from users where id = :user)
                on conflict (user_id) do nothing
                """)
                .param("user", userId)
                .param("currency", currency)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public Optional<Wallet> find(UUID userId) {
        record Row(String currency, Instant createdAt, BigDecimal cash) {
        }
        Optional<Row> row = jdbc.sql("""
                select w.currency, w.created_at,
                       coalesce((select b.free from wallet_balances b where b.user_id = w.user_id and b.asset = w.currency), 0)
                           as cash
                from wallets w where w.user_id = :user
                """)
                .param("user", userId)
                .query((rs, n) -> new Row(rs.getString("currency"), rs.getTimestamp("created_at").toInstant(),
                        rs.getBigDecimal("cash")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Position> positions = jdbc.sql("""
                select symbol, asset, quantity, average_price from positions
                where user_id = :user and quantity > 0 order by symbol
                """)
                .param("user", userId)
                .query((rs, n) -> new Position(new Symbol(rs.getString("symbol")), rs.getString("asset"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("average_price")))
                .list();
        List<ShortPosition> shorts = jdbc.sql("""
                select symbol, asset, quantity, entry_price, collateral from short_positions
                where user_id = :user and (quantity > 0 or collateral > 0) order by symbol
                """)
                .param("user", userId)
                .query((rs, n) -> new ShortPosition(new Symbol(rs.getString("symbol")), rs.getString("asset"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("entry_price"), rs.getBigDecimal("collateral")))
                .list();
        return Optional.of(new Wallet(userId, row.get().currency(), row.get().cash(), positions, shorts,
                row.get().createdAt()));
    }

    @Override
    public boolean userExists(UUID userId) {
        return jdbc.sql("select exists (select 1 from users where id = :id)").param("id", userId)
                .query(Boolean.class).single();
    }

    @Override
    public void setAveragePrice(UUID userId, Symbol symbol, BigDecimal averagePrice) {
        jdbc.sql("update positions set average_price = :price where user_id = :user and symbol = :symbol")
                .param("price", averagePrice).param("user", userId).param("symbol", symbol.value()).update();
    }

    @Override
    public void setEntryPrice(UUID userId, Symbol symbol, BigDecimal entryPrice) {
        jdbc.sql("update short_positions set entry_price = :price where user_id = :user and symbol = :symbol")
                .param("price", entryPrice).param("user", userId).param("symbol", symbol.value()).update();
    }
}
