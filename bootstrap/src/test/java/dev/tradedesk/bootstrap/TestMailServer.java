package dev.tradedesk.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, started on first use on a free port; the
 * application under test sends its mail there (see {@link ApplicationTestBase}). It accepts mail for
 * any address; tests keep apart by using fresh addresses.
 */
final class TestMailServer {

    static final String FROM = "TradeDesk <no-reply@tradedesk.test>";

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
        return server;
    }

    static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** The mails received so far for {@code email}, oldest first. */
    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> isTo(m, email)).toList();
    }

    /** Waits (mail is sent off the request thread) until {@code email} has received {@code count} mails. */
    static List<MimeMessage> awaitMailsTo(String email, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<MimeMessage> mails = mailsTo(email);
        while (mails.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mails to " + email + " within 10 s, got " + mails.size());
            }
            sleep(Duration.ofMillis(20));
            mails = mailsTo(email);
        }
        return mails;
    }

    /** The six-digit code in the {@code n}th (1-based) mail to {@code email}, waiting for it to arrive. */
    static String awaitCode(String email, int n) {
        return codeIn(awaitMailsTo(email, n).get(n - 1));
    }

    static String codeIn(MimeMessage mail) {
        try {
            Matcher matcher = CODE.matcher((String) mail.getContent());
            if (!matcher.find()) {
                throw new AssertionError("no code in the mail: " + mail.getContent());
            }
            return matcher.group(1);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage mail, String email) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(a -> a instanceof InternetAddress i && i.getAddress().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
