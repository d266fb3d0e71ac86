package dev.tradedesk.adapter.security.accounts;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * zxcvbn's estimate (Dropbox's algorithm): its bundled dictionaries hold the most common leaked
 * passwords, names and words, and it also penalises keyboard walks, repeats, sequences, dates and the
 * user's own data. A password scoring below {@code minimumScore} (0..4) is weak.
 */
public final class ZxcvbnPasswordStrength implements PasswordStrength {

    public static final int DEFAULT_MINIMUM_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final int minimumScore;

    public ZxcvbnPasswordStrength(int minimumScore) {
        if (minimumScore < 0 || minimumScore > 4) {
            throw new IllegalArgumentException("zxcvbn scores run from 0 to 4");
        }
        this.minimumScore = minimumScore;
    }

    @Override
    public Optional<String> weakness(PlainPassword password, List<String> userInputs) {
        Strength strength = zxcvbn.measure(password.reveal(), dictionaryOf(userInputs));
        if (strength.getScore() >= minimumScore) {
            return Optional.empty();
        }
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        List<String> suggestions = strength.getFeedback().getSuggestions(Locale.ENGLISH);
        String hint = warning != null && !warning.isBlank() ? warning
                : suggestions.isEmpty() ? "Add more words or characters that are hard to guess." : suggestions.get(0);
        return Optional.of(hint);
    }

    /**
     * zxcvbn matches user inputs as whole dictionary words, so each input also goes in by parts: an
     * email's local part, and every word of three letters or more.
     */
    static List<String> dictionaryOf(List<String> userInputs) {
        Set<String> words = new LinkedHashSet<>();
        for (String input : userInputs) {
            String lower = input.toLowerCase(Locale.ROOT);
            words.add(lower);
            int at = lower.indexOf('@');
            if (at > 0) {
                words.add(lower.substring(0, at));
            }
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }
}
