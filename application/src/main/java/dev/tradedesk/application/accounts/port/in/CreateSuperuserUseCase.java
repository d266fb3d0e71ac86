package dev.tradedesk.application.accounts.port.in;

/** The operator's way to the first superuser (the CLI): nobody else can grant {@code superuser} to nobody. */
public interface CreateSuperuserUseCase {

    /** What happened. */
    enum Outcome { CREATED, PROMOTED, ALREADY_SUPERUSER }

    /**
     * Creates an account holding {@code superuser}, or with {@code promote} gives an existing account the role.
     *
     * @throws dev.tradedesk.domain.accounts.EmailTakenException when the account exists and {@code promote} is off
     * @throws dev.tradedesk.domain.accounts.WeakPasswordException for a password too easy to guess
     * @throws dev.tradedesk.domain.common.ValidationException for a bad email, or a missing or invalid password
     */
    Outcome createSuperuser(String email, String password, boolean promote);
}
