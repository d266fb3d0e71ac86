package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter.Limit;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.TooManyAttemptsException;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The brute-force and abuse limits of the anonymous endpoints, on a {@link RateLimiter} with the
 * policies of {@link RequestLimits}. Each kind of request has its own counters, so being throttled at
 * one (sign-in) never blocks another (asking for a password-reset mail).
 *
 * <ul>
 *   <li>Sign-in: one counter per account ({@code login:account:<email>}, for unknown emails too, so
 *       the answers tell nothing about which accounts exist) and one per client address
 *       ({@code login:ip:<address>}). {@link #beginLogin} counts the attempt on both before the
 *       password is checked; a wrong password leaves it counted, a correct one clears the account's
 *       counter and takes the attempt back from the address's, so only failures count there.</li>
 *   <li>Sign-up: {@code register:ip:<address>}, every attempt.</li>
 *   <li>Mails sent on request (email codes, password-reset codes): {@code mail:email:<email>} and
 *       {@code mail:ip:<address>}, every request, whether or not an account exists.</li>
 * </ul>
 *
 * An IPv6 client is limited by its /64 network, which one subscriber usually holds whole. A request
 * whose address is unknown is limited by its email only.
 */
public final class AttemptThrottle {

    private static final int MAX_EMAIL_KEY_LENGTH = 254;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final RateLimiter limiter;
    private final RequestLimits limits;

    public AttemptThrottle(RateLimiter limiter, RequestLimits limits) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Counts a sign-in attempt for {@code email} (as typed; it need not be a valid address) from
     * {@code client}, before any password is checked.
     *
     * @return the attempt, to be reported as {@link LoginAttempt#succeeded() succeeded} or
     *         {@link LoginAttempt#abandoned() abandoned}; a failed attempt needs nothing more
     * @throws TooManyAttemptsException when the account or the address must wait; nothing is counted
     */
    public LoginAttempt beginLogin(String email, ClientInfo client) {
        Limit account = new Limit("login:account:" + emailKey(email), limits.loginPerAccount());
        Limit address = client.ip() == null ? null : new Limit("login:ip:" + network(client.ip()), limits.loginPerIp());
        acquire(address == null ? List.of(account) : List.of(account, address));
        return new LoginAttempt(account, address);
    }

    /**
     * Counts a sign-up from {@code client}.
     *
     * @throws TooManyAttemptsException when the address has signed up too often; nothing is counted
     */
    public void countRegistration(ClientInfo client) {
        if (client.ip() != null) {
            acquire(List.of(new Limit("register:ip:" + network(client.ip()), limits.registrationsPerIp())));
        }
    }

    /**
     * Counts a mail asked for by {@code client} for {@code email} (an email code, a password-reset
     * code), whether or not an account has that address. Call it before deciding whether to send.
     *
     * @throws TooManyAttemptsException when the address or the client has asked too often; nothing is counted
     */
    public void countMail(EmailAddress email, ClientInfo client) {
        List<Limit> mail = new ArrayList<>(2);
        mail.add(new Limit("mail:email:" + email.value(), limits.mailsPerEmail()));
        if (client.ip() != null) {
            mail.add(new Limit("mail:ip:" + network(client.ip()), limits.mailsPerIp()));
        }
        acquire(mail);
    }

    private void acquire(List<Limit> attempt) {
        limiter.tryAcquire(attempt).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    /** The email as the account would store it, so that every spelling of one address shares a counter. */
    static String emailKey(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() <= MAX_EMAIL_KEY_LENGTH ? normalized : normalized.substring(0, MAX_EMAIL_KEY_LENGTH);
    }

    /** The address itself for IPv4, its /64 network for IPv6 ({@code 2001:db8:0:1::/64}). */
    static String network(String ip) {
        if (ip.indexOf(':') < 0 || !IPV6_LITERAL.matcher(ip).matches()) {
            return ip;
        }
        try {
            // a literal with a colon is parsed, never looked up
            InetAddress address = InetAddress.getByName(ip);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return ip;
        }
    }

    /** A sign-in attempt counted by {@link #beginLogin}. */
    public final class LoginAttempt {

        private final Limit account;
        private final Limit address;

        private LoginAttempt(Limit account, Limit address) {
            this.account = account;
            this.address = address;
        }

        /** The password was right: the account starts afresh, and the address does not count it. */
        public void succeeded() {
            limiter.reset(account.key());
            if (address != null) {
                limiter.release(address);
            }
        }

        /** No password was checked (the service was overloaded, say): the attempt does not count. */
        public void abandoned() {
            limiter.release(account);
            if (address != null) {
                limiter.release(address);
            }
        }
    }
}
