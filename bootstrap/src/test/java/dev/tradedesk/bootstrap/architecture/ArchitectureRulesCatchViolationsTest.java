package dev.tradedesk.bootstrap.architecture;

import static dev.tradedesk.bootstrap.architecture.ArchitectureRules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a planted violation: small test-only classes under {@code dev.tradedesk.*.planted*}
 * that break it. Without this, a rule that silently matches nothing would look like a passing rule.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(
            "dev.tradedesk.domain.planted", "dev.tradedesk.application.planted", "dev.tradedesk.application.plantedx",
            "dev.tradedesk.application.plantedy", "dev.tradedesk.adapter.planteda", "dev.tradedesk.adapter.plantedb");

    private static void assertCatches(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(plantedClass);
    }

    @Test
    void rule_1_catches_a_framework_in_the_core() {
        assertCatches(DOMAIN_IS_PURE, "DomainUsingSpring");
        assertCatches(APPLICATION_IS_PURE, "ServiceUsingJackson");
    }

    @Test
    void rule_2_catches_adapters_using_each_other_or_bootstrap() {
        assertCatches(ADAPTERS_ARE_INDEPENDENT, "AdapterA");
        assertCatches(NOTHING_DEPENDS_ON_BOOTSTRAP, "AdapterA");
    }

    @Test
    void rule_3_catches_an_adapter_calling_a_service() {
        assertCatches(ADAPTERS_USE_PORTS_ONLY, "RegisterAccountService");
    }

    @Test
    void rule_4_catches_ports_that_mix_and_slices_in_a_cycle() {
        assertCatches(PORTS_IN_DO_NOT_USE_PORTS_OUT, "SomeUseCase");
        assertCatches(PORTS_OUT_DO_NOT_USE_PORTS_IN, "SomeRepository");
        assertCatches(FEATURES_ARE_FREE_OF_CYCLES, "plantedx.X");
    }

    @Test
    void rule_5_catches_spring_boot_and_configuration_outside_bootstrap() {
        assertCatches(SPRING_BOOT_ONLY_IN_BOOTSTRAP, "SpringApplication");
        assertCatches(SPRING_BOOT_ONLY_IN_BOOTSTRAP, "Configuration");
        assertCatches(BEANS_ONLY_IN_BOOTSTRAP, "AdapterA.bean()");
    }

    @Test
    void rule_6_catches_each_technology_outside_its_module() {
        assertCatches(LETTUCE_ONLY_IN_REDIS, "RedisClient");
        assertCatches(JDBC_ONLY_IN_PERSISTENCE, "JdbcClient");
        assertCatches(JOSE_AND_PASSWORDS_ONLY_IN_SECURITY, "Argon2PasswordEncoder");
        assertCatches(HTTP_CLIENT_ONLY_IN_BINANCE, "HttpClient");
        assertCatches(MAPSTRUCT_ONLY_IN_ADAPTERS, "ServiceUsingJackson");
    }

    @Test
    void rule_7_catches_a_use_case_implementation_not_named_service() {
        assertCatches(USE_CASE_IMPLEMENTATIONS_ARE_SERVICES, "SomeHandler");
    }

    @Test
    void a_rule_whose_packages_are_gone_fails_instead_of_passing() {
        ArchRule orphan = ArchRuleDefinition.classes().that().resideInAPackage("dev.tradedesk.no_such_module..")
                .should().haveSimpleNameEndingWith("Service");
        assertThatThrownBy(() -> orphan.check(PLANTED)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
