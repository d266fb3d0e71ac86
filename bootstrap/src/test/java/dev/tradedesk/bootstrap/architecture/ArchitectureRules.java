package dev.tradedesk.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ArchUnit rules of ARCHITECTURE.md, numbered as there. {@link ArchitectureTest} checks them over
 * every production class; {@link ArchitectureRulesCatchViolationsTest} shows that each one fails on a
 * planted violation. {@code failOnEmptyShould} stays on: a rule whose packages vanish fails.
 */
final class ArchitectureRules {

    static final String ROOT = "dev.tradedesk";
    static final String DOMAIN = "dev.tradedesk.domain..";
    static final String APPLICATION = "dev.tradedesk.application..";
    static final String ADAPTERS = "dev.tradedesk.adapter..";
    static final String BOOTSTRAP = "dev.tradedesk.bootstrap..";

    private ArchitectureRules() {
    }

    /** Every production class of TradeDesk: no tests, no test-jars, no test infrastructure. */
    static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")
                        && !location.contains("/dev/tradedesk/testsupport/"))
                .importPackages(ROOT);
    }

    // 1. The core depends only on itself and the JDK.
    static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .as("1. domain depends only on domain and java");

    static final ArchRule APPLICATION_IS_PURE = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, "java..")
            .as("1. application depends only on domain, application and java");

    // 2. Adapters are independent of each other; only bootstrap knows bootstrap.
    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("dev.tradedesk.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("2. adapters do not depend on each other");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .as("2. nothing outside bootstrap depends on bootstrap");

    // 3. Adapters reach the application only through its ports.
    static final ArchRule ADAPTERS_USE_PORTS_ONLY = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage("..port.."))))
            .as("3. adapters use the application's port types, never its services");

    // 4. Incoming and outgoing ports stay apart; feature slices have no cycles.
    static final ArchRule PORTS_IN_DO_NOT_USE_PORTS_OUT = noClasses().that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..")
            .as("4. port.in does not depend on port.out");

    static final ArchRule PORTS_OUT_DO_NOT_USE_PORTS_IN = noClasses().that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..port.in..")
            .as("4. port.out does not depend on port.in");

    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().assignedFrom(new FeatureSlices())
            .should().beFreeOfCycles()
            .as("4. no cycles between the feature slices of a module");

    // 5. Spring Boot and Spring configuration only in bootstrap.
    static final ArchRule SPRING_BOOT_ONLY_IN_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
            .orShould().beAnnotatedWith(Configuration.class)
            .as("5. Spring Boot and @Configuration appear only in bootstrap");

    static final ArchRule BEANS_ONLY_IN_BOOTSTRAP = noMethods().that().areDeclaredInClassesThat()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should().beAnnotatedWith(Bean.class)
            .as("5. @Bean methods appear only in bootstrap");

    // 6. Each technology stays in its module (bootstrap may name a type to wire it).
    static final ArchRule LETTUCE_ONLY_IN_REDIS = technologyOnlyIn("Lettuce", "dev.tradedesk.adapter.redis..",
            "io.lettuce..");
    static final ArchRule JDBC_ONLY_IN_PERSISTENCE = technologyOnlyIn("spring-jdbc and PostgreSQL",
            "dev.tradedesk.adapter.persistence..", "org.springframework.jdbc..", "org.postgresql..", "org.flywaydb..");
    static final ArchRule JOSE_AND_PASSWORDS_ONLY_IN_SECURITY = technologyOnlyIn("JOSE and password encoders",
            "dev.tradedesk.adapter.security..", "com.nimbusds..", "org.springframework.security.oauth2.jwt..",
            "org.springframework.security.oauth2.jose..", "org.springframework.security.crypto..",
            "org.bouncycastle..", "com.nulabinc.zxcvbn..");
    static final ArchRule HTTP_CLIENT_ONLY_IN_BINANCE = technologyOnlyIn("the java.net.http client",
            "dev.tradedesk.adapter.binance..", "java.net.http..");
    static final ArchRule MAPSTRUCT_ONLY_IN_ADAPTERS = noClasses().that().resideOutsideOfPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("org.mapstruct..")
            .as("6. MapStruct only in adapters");

    // 7. Whatever implements an incoming port is a Service.
    static final ArchRule USE_CASE_IMPLEMENTATIONS_ARE_SERVICES = classes().that().areNotInterfaces()
            .and().implement(resideInAPackage("..port.in.."))
            .should().haveSimpleNameEndingWith("Service")
            .as("7. classes implementing a port.in interface end in Service");

    static List<ArchRule> all() {
        return List.of(DOMAIN_IS_PURE, APPLICATION_IS_PURE, ADAPTERS_ARE_INDEPENDENT, NOTHING_DEPENDS_ON_BOOTSTRAP,
                ADAPTERS_USE_PORTS_ONLY, PORTS_IN_DO_NOT_USE_PORTS_OUT, PORTS_OUT_DO_NOT_USE_PORTS_IN,
                FEATURES_ARE_FREE_OF_CYCLES, SPRING_BOOT_ONLY_IN_BOOTSTRAP, BEANS_ONLY_IN_BOOTSTRAP,
                LETTUCE_ONLY_IN_REDIS, JDBC_ONLY_IN_PERSISTENCE, JOSE_AND_PASSWORDS_ONLY_IN_SECURITY,
                HTTP_CLIENT_ONLY_IN_BINANCE, MAPSTRUCT_ONLY_IN_ADAPTERS, USE_CASE_IMPLEMENTATIONS_ARE_SERVICES);
    }

    private static ArchRule technologyOnlyIn(String technology, String home, String... packages) {
        return noClasses().that(not(resideInAnyPackage(home, BOOTSTRAP)))
                .and().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .as("6. " + technology + " only in " + home.replace("..", ""));
    }

    /**
     * A feature slice is one feature of one module: {@code domain.accounts}, {@code application.orders},
     * {@code adapter.rest.wallets}. Module roots (bootstrap, embedded) are not features.
     */
    static final class FeatureSlices implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 4 || !parts[0].equals("dev") || !parts[1].equals("tradedesk")) {
                return SliceIdentifier.ignore();
            }
            if (parts[2].equals("adapter")) {
                return parts.length < 5 ? SliceIdentifier.ignore()
                        : SliceIdentifier.of("adapter." + parts[3] + "." + parts[4]);
            }
            return SliceIdentifier.of(parts[2] + "." + parts[3]);
        }

        @Override
        public String getDescription() {
            return "feature slices";
        }
    }
}
