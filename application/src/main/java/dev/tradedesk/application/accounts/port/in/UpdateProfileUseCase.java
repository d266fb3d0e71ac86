package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;

/** Changes the caller's name, email or password. */
public interface UpdateProfileUseCase {

    /**
     * A password change ends every other session of the user; an email change makes the email unverified.
     *
     * @throws dev.tradedesk.domain.common.ValidationException when {@code current_password} is missing or wrong
     * @throws dev.tradedesk.domain.accounts.EmailTakenException when another account has the new email
     * @throws dev.tradedesk.domain.accounts.WeakPasswordException when the new password is too easy to guess
     */
    UserProfile update(Actor actor, UpdateProfileCommand command);
}
