package dev.tradedesk.domain.accounts;

/**
 * What a one-time code may be used for. Each purpose has its own code: a sign-in code cannot reset a
 * password, and asking for one does not replace the other.
 */
public enum CodePurpose {

    /** Signs in (and on first use creates a passwordless account) through {@code /auth/email-code/token}. */
    SIGN_IN("sign_in"),

    /** Sets a new password through {@code /auth/password/reset}. */
    PASSWORD_RESET("password_reset");

    private final String key;

    CodePurpose(String key) {
        this.key = key;
    }

    /** The stable name under which codes of this purpose are stored. */
    public String key() {
        return key;
    }

    /** The purpose stored under {@code key}. */
    public static CodePurpose ofKey(String key) {
        for (CodePurpose purpose : values()) {
            if (purpose.key.equals(key)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("unknown code purpose: " + key);
    }
}
