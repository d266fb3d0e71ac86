package dev.tradedesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.tradedesk.application.accounts.AccountProfileCache;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The nodes' copies of accounts' own fields ({@link AccountProfileCache}) stay current only if every
 * class that changes those fields, or deletes an account, also announces it: checked over every
 * production class, so that a new writer cannot forget.
 */
class AccountChangesAreAnnouncedTest {

    private static final Set<String> PROFILE_WRITES = Set.of("updateName", "changeEmail", "markEmailVerified", "delete");

    @Test
    void every_class_that_changes_an_accounts_own_fields_announces_the_change() {
        JavaClasses production = ArchitectureRules.productionClasses();

        List<JavaClass> writers = production.stream()
                .filter(c -> !c.isAssignableTo(AccountRepository.class))
                .filter(c -> c.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isAssignableTo(AccountRepository.class)
                                && PROFILE_WRITES.contains(call.getName())))
                .toList();
        assertThat(writers).extracting(JavaClass::getSimpleName).contains("UpdateProfileService", "UpdateUserService",
                "DeleteAccountService", "SignInWithEmailCodeService", "ResetPasswordService");

        assertThat(writers).allSatisfy(writer -> assertThat(writer.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isEquivalentTo(AccountProfileCache.class)
                                && call.getName().equals("changed")))
                .as(writer.getSimpleName() + " calls AccountProfileCache.changed").isTrue());
    }
}
