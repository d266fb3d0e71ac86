package dev.tradedesk.bootstrap;

import dev.tradedesk.application.sessions.port.in.RotateSigningKeyUseCase;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operator commands, run as {@code java -jar tradedesk.jar <command> [--spring.property=value ...]}
 * against the same configuration as the service (DATABASE_URL and so on), without starting the web
 * server:
 * <ul>
 *   <li>{@code rotate-signing-key}: stores a new token-signing key that starts signing on every node
 *       after the activation delay; tokens signed with the current key keep working until they expire.</li>
 * </ul>
 */
final class Commands {

    static final Set<String> NAMES = Set.of("rotate-signing-key");

    private Commands() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command; the process exit code. */
    static int run(String[] args, Map<String, Object> defaultProperties, PrintStream out, PrintStream err) {
        String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
        SpringApplication application = new SpringApplication(TradeDeskApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(defaultProperties);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            if (args[0].equals("rotate-signing-key")) {
                Instant activation = context.getBean(RotateSigningKeyUseCase.class).rotate();
                out.println("A new signing key is stored; every node signs with it from " + activation
                        + ". Tokens signed with the previous key verify until they expire.");
                return 0;
            }
            return 2;
        } catch (RuntimeException e) {
            err.println(args[0] + " failed: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
