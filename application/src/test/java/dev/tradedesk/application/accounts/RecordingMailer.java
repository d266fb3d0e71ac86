package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.accounts.port.out.Mailer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mailer that keeps what it is given, for tests to read the codes from. */
public final class RecordingMailer implements Mailer {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(MailMessage message) {
        sent.add(message);
    }

    public List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    public List<MailMessage> sentTo(String email) {
        return sent.stream().filter(m -> m.to().value().equals(email)).toList();
    }

    /** The six-digit code in the newest mail to {@code email}. */
    public String lastCodeTo(String email) {
        List<MailMessage> mails = sentTo(email);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + email);
        }
        return codeIn(mails.get(mails.size() - 1).text());
    }

    /** The six-digit code in a mail text. */
    public static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no code in: " + text);
        }
        return matcher.group(1);
    }
}
