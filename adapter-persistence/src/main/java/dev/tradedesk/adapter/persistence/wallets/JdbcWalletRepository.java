package dev.tradedesk.adapter.persistence.wallets;

import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * One statement (one round trip; an order reads its wallet in every SERIALIZABLE transaction): the
     * wallet row with its cash (kind 0), then the positions (1) and the open shorts (2), each by symbol.
     */
    @Override
    public Optional<Wallet> find(UUID userId) {
        String[] currency = new String[1];
        Instant[] createdAt = new Instant[1];
        BigDecimal[] cash = new BigDecimal[1];
        List<Position> positions = new ArrayList<>();
        List<ShortPosition> shorts = new ArrayList<>();
        jdbc.sql("""
                select 0 as kind, w.currency as name, null as asset, w.created_at,
                       coalesce(b.free, 0) as quantity, null::numeric as price, null::numeric as collateral
                from wallets w left join wallet_balances b on b.user_id = w.user_id and b.asset = w.currency
                where w.user_id = ?
                union all
                select 1, symbol, asset, null, quantity, average_price, null from positions
                where user_id = ? and quantity > 0
                union all
                select 2, symbol, asset, null, quantity, entry_price, collateral from short_positions
                where user_id = ? and (quantity > 0 or collateral > 0)
                order by kind, name
                """)
                .param(userId).param(userId).param(userId) // by position: no named-parameter parsing per order
                .query(rs -> {
                    switch (rs.getInt("kind")) {
                        case 0 -> {
                            currency[0] = rs.getString("name");
                            createdAt[0] = rs.getTimestamp("created_at").toInstant();
                            cash[0] = rs.getBigDecimal("quantity");
                        }
                        case 1 -> positions.add(new Position(new Symbol(rs.getString("name")), rs.getString("asset"),
                                rs.getBigDecimal("quantity"), rs.getBigDecimal("price")));
                        default -> shorts.add(new ShortPosition(new Symbol(rs.getString("name")), rs.getString("asset"),
                                rs.getBigDecimal("quantity"), rs.getBigDecimal("price"), rs.getBigDecimal("collateral")));
                    }
                });
        if (currency[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Wallet(userId, currency[0], cash[0], positions, shorts, createdAt[0]));
    }

    @Override
    public boolean userExists(UUID userId) {
        return jdbc.sql("select exists (select 1 from users where id = :id)").param("id", userId)
                .query(Boolean.class).single();
    }

    @Override
    public void setAveragePrice(UUID userId, Symbol symbol, BigDecimal averagePrice) {
        jdbc.sql("update positions set average_price = ? where user_id = ? and symbol = ?")
                .param(averagePrice).param(userId).param(symbol.value()).update();
    }

    @Override
    public void setEntryPrice(UUID userId, Symbol symbol, BigDecimal entryPrice) {
        jdbc.sql("update short_positions set entry_price = ? where user_id = ? and symbol = ?")
                .param(entryPrice).param(userId).param(symbol.value()).update();
    }
}
