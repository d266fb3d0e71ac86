package dev.tradedesk.adapter.persistence.accounts;

import dev.tradedesk.application.accounts.port.out.AccountPage;
import dev.tradedesk.application.accounts.port.out.AccountProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts in {@code users}, their roles in {@code user_roles}. Writes expect a surrounding transaction. */
public final class JdbcAccountRepository implements AccountRepository {

    private static final String SELECT = """
            select u.id, u.email, u.name, u.password_hash, u.email_verified, u.authz_version, u.created_at,
                   coalesce(array(select ur.role_name from user_roles ur where ur.user_id = u.id), '{}') as roles
            from users u
            """;

    private final JdbcClient jdbc;

    public JdbcAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Account account) {
        try {
            jdbc.sql("""
                    insert into users (id, email, name, password_hash, email_verified, authz_version, created_at, updated_at)
                    values (:id, :email, :name, :passwordHash, :emailVerified, :authzVersion, :createdAt, :createdAt)
                    """)
                    .param("id", account.id())
                    .param("email", account.email().value())
                    .param("name", account.name() == null ? null : account.name().value())
                    .param("passwordHash", account.passwordHash())
                    .param("emailVerified", account.emailVerified())
                    .param("authzVersion", account.authzVersion())
                    .param("createdAt", Timestamp.from(account.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateEmailException(e);
        }
        for (String role : account.roles()) {
            jdbc.sql("insert into user_roles (user_id, role_name, granted_at) values (:userId, :role, :at)")
                    .param("userId", account.id())
                    .param("role", role)
                    .param("at", Timestamp.from(account.createdAt()))
                    .update();
        }
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return jdbc.sql(SELECT + " where u.email = :email").param("email", email.value())
                .query(JdbcAccountRepository::toAccount).optional();
    }

    @Override
    public Optional<Account> findById(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id)
                .query(JdbcAccountRepository::toAccount).optional();
    }

    @Override
    public Optional<AccountProfile> findProfile(UUID id) {
        return jdbc.sql("select id, email, name, email_verified, created_at from users where id = :id").param("id", id)
                .query((rs, row) -> new AccountProfile(rs.getObject("id", UUID.class), new EmailAddress(rs.getString("email")),
                        DisplayName.ofNullable(rs.getString("name")), rs.getBoolean("email_verified"),
                        instant(rs, "created_at")))
                .optional();
    }

    @Override
    public void updateName(UUID userId, DisplayName name) {
        jdbc.sql("update users set name = :name, updated_at = now() where id = :id")
                .param("name", name == null ? null : name.value())
                .param("id", userId)
                .update();
    }

    @Override
    public void changeEmail(UUID userId, EmailAddress email) {
        try {
            jdbc.sql("""
                    update users set email = :email, email_verified = false, updated_at = now()
                    where id = :id and email <> :email
                    """)
                    .param("email", email.value())
                    .param("id", userId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateEmailException(e);
        }
    }

    @Override
    public boolean delete(UUID userId) {
        return jdbc.sql("delete from users where id = :id").param("id", userId).update() == 1;
    }

    @Override
    public void updatePassword(UUID userId, String passwordHash) {
        jdbc.sql("update users set password_hash = :passwordHash, updated_at = now() where id = :id")
                .param("passwordHash", passwordHash)
                .param("id", userId)
                .update();
    }

    @Override
    public void markEmailVerified(UUID userId) {
        jdbc.sql("update users set email_verified = true, updated_at = now() where id = :id and not email_verified")
                .param("id", userId)
                .update();
    }

    @Override
    public AccountPage search(String query, int offset, int limit) {
        String filter = query == null ? "" : " where u.email like :pattern or lower(u.name) like :pattern";
        String pattern = query == null ? null : "%" + escapeLike(query.toLowerCase(java.util.Locale.ROOT)) + "%";
        var page = jdbc.sql(SELECT + filter + " order by u.email limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        var count = jdbc.sql("select count(*) from users u" + filter);
        if (pattern != null) {
            page = page.param("pattern", pattern);
            count = count.param("pattern", pattern);
        }
        return new AccountPage(page.query(JdbcAccountRepository::toAccount).list(), count.query(Long.class).single());
    }

    /** LIKE treats % and _ (and the escape \) specially: a search for them means the characters themselves. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Account toAccount(ResultSet rs, int row) throws SQLException {
        return Account.restore(
                rs.getObject("id", UUID.class),
                new EmailAddress(rs.getString("email")),
                DisplayName.ofNullable(rs.getString("name")),
                rs.getString("password_hash"),
                rs.getBoolean("email_verified"),
                roles(rs.getArray("roles")),
                rs.getLong("authz_version"),
                instant(rs, "created_at"));
    }

    static Set<String> roles(Array array) throws SQLException {
        try {
            return Set.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
