package dev.tradedesk.domain.accounts;

/** How a sign-in was attempted, as shown in the login history. */
public enum LoginMethod {
    PASSWORD("password"),
    EMAIL_CODE("email_code");

    private final String wireName;

    LoginMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static LoginMethod fromWireName(String name) {
        for (LoginMethod method : values()) {
            if (method.wireName.equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown login method " + name);
    }
}
