package dev.tradedesk.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A PostgreSQL connection as JDBC wants it: a URL without credentials, a user name and a password.
 *
 * <p>{@link #parse(String)} accepts the forms environments hand out:
 * <ul>
 *   <li>JDBC: {@code jdbc:postgresql://host:port/db?user=u&password=p&sslmode=require} (user and
 *       password may also be absent);</li>
 *   <li>libpq/Heroku style: {@code postgresql://user:password@host:port/db?sslmode=require}, or with
 *       the scheme {@code postgres://}; user and password are percent-decoded, several hosts
 *       ({@code h1:5432,h2:5432}) and IPv6 hosts ({@code [::1]}) are kept, an empty host means
 *       {@code localhost}. Other query parameters are passed on to the JDBC URL unchanged, which suits
 *       the ones both drivers share ({@code sslmode}, {@code application_name}).</li>
 * </ul>
 * The user name and password are {@code null} when the URL gives none; the driver then uses its
 * defaults (the OS user name, no password). {@link #toString()} hides the password.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://hosts/database[?parameters]}, never with user or password
 * @param username the user name, or {@code null}
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(JDBC_PREFIX + "//")) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://… URL: " + schemeOf(jdbcUrl));
        }
    }

    /**
     * Parses a {@code jdbc:postgresql:}, {@code postgresql://} or {@code postgres://} URL.
     *
     * @throws IllegalArgumentException if it is none of those, or names a Unix-domain socket (which
     *                                  JDBC cannot reach); the message never shows the password
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (trimmed.startsWith(JDBC_PREFIX)) {
            String rest = trimmed.substring(JDBC_PREFIX.length());
            // jdbc:postgresql:db and jdbc:postgresql:/ are short for localhost
            return rest.startsWith("//")
                    ? Parts.of(rest.substring(2), true).toDatabaseUrl()
                    : Parts.of("localhost" + (rest.startsWith("/") ? rest : "/" + rest), true).toDatabaseUrl();
        }
        for (String scheme : List.of("postgresql://", "postgres://")) {
            if (trimmed.startsWith(scheme)) {
                return Parts.of(trimmed.substring(scheme.length()), false).toDatabaseUrl();
            }
        }
        throw new IllegalArgumentException("Not a PostgreSQL URL (jdbc:postgresql://…, postgresql://… or postgres://…): "
                + schemeOf(url));
    }

    /** The database the URL names; empty if it names none (then the driver uses the user name). */
    public String database() {
        return Parts.of(jdbcUrl.substring((JDBC_PREFIX + "//").length()), true).database();
    }

    /** The same server, parameters and credentials, for {@code database}. */
    public DatabaseUrl withDatabase(String database) {
        Parts parts = Parts.of(jdbcUrl.substring((JDBC_PREFIX + "//").length()), true);
        return new DatabaseUrl(parts.withDatabase(database).jdbcUrl(), username, password);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password="
                + (password == null ? null : "******") + "]";
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? "no scheme" : "scheme '" + url.substring(0, colon) + "'";
    }

    /**
     * A URL taken apart, after the scheme and its {@code //}.
     *
     * @param jdbcStyle whether values follow the JDBC driver's decoding ({@code +} is a space) rather
     *                  than RFC 3986 percent-decoding
     */
    private record Parts(String hosts, String database, List<Map.Entry<String, String>> parameters,
                         String username, String password) {

        static Parts of(String afterScheme, boolean jdbcStyle) {
            int authorityEnd = indexOfEither(afterScheme, '/', '?');
            String authority = afterScheme.substring(0, authorityEnd);
            String rest = afterScheme.substring(authorityEnd);
            int queryStart = rest.indexOf('?');
            String path = queryStart < 0 ? rest : rest.substring(0, queryStart);
            String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);

            String username = null;
            String password = null;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                authority = authority.substring(at + 1);
                int colon = userInfo.indexOf(':');
                username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), jdbcStyle);
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1), jdbcStyle);
            }
            String hosts = decode(authority, jdbcStyle);
            if (hosts.isEmpty()) {
                hosts = "localhost";
            }
            if (hosts.startsWith("/")) {
                throw new IllegalArgumentException("PostgreSQL URL names a Unix-domain socket (" + hosts
                        + "), which JDBC cannot reach: use a TCP host");
            }

            List<Map.Entry<String, String>> parameters = new ArrayList<>();
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                String key = decode(equals < 0 ? parameter : parameter.substring(0, equals), jdbcStyle);
                String value = equals < 0 ? "" : decode(parameter.substring(equals + 1), jdbcStyle);
                switch (key) {
                    case "user" -> username = value;
                    case "password" -> password = value;
                    default -> parameters.add(new SimpleImmutableEntry<>(key, value));
                }
            }
            String database = decode(path.startsWith("/") ? path.substring(1) : path, jdbcStyle);
            return new Parts(hosts, database, List.copyOf(parameters), username, password);
        }

        Parts withDatabase(String newDatabase) {
            return new Parts(hosts, Objects.requireNonNull(newDatabase, "database"), parameters, username, password);
        }

        String jdbcUrl() {
            String query = parameters.stream()
                    .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                    .collect(Collectors.joining("&"));
            return JDBC_PREFIX + "//" + hosts + "/" + encode(database) + (query.isEmpty() ? "" : "?" + query);
        }

        DatabaseUrl toDatabaseUrl() {
            return new DatabaseUrl(jdbcUrl(), username, password);
        }

        private static int indexOfEither(String text, char first, char second) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == first || text.charAt(i) == second) {
                    return i;
                }
            }
            return text.length();
        }

        private static String decode(String text, boolean plusIsSpace) {
            return URLDecoder.decode(plusIsSpace ? text : text.replace("+", "%2B"), UTF_8);
        }

        /** As the JDBC driver decodes it (URLDecoder). */
        private static String encode(String text) {
            return URLEncoder.encode(text, UTF_8);
        }
    }
}
