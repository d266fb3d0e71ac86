package dev.tradedesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of ARCHITECTURE.md holds over every production class. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ArchitectureRules.productionClasses();
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void sees_every_module_and_no_test_code() {
        assertThat(production.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("domain", "application", "adapter", "bootstrap", "embedded");
        assertThat(production.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith("dev.tradedesk.adapter."))
                .map(p -> p.split("\\.")[3]).distinct())
                .contains("rest", "persistence", "redis", "security", "binance", "websocket", "mail");
        assertThat(production.stream().filter(c -> c.getSimpleName().startsWith("InMemory")
                || c.getPackageName().contains("planted") || c.getPackageName().contains("testsupport"))).isEmpty();
    }
}
