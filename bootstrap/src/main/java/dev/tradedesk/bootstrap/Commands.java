package dev.tradedesk.bootstrap;

import dev.tradedesk.application.accounts.port.in.CreateSuperuserUseCase;
import dev.tradedesk.application.sessions.port.in.RotateSigningKeyUseCase;
import dev.tradedesk.domain.common.DomainException;
import dev.tradedesk.domain.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operator commands, run as {@code java -jar tradedesk.jar <command> [options] [--spring.property=value ...]}
 * against the same configuration as the service (DATABASE_URL and so on), without a web server:
 * <ul>
 *   <li>{@code create-superuser --email E [--promote]}: creates an account holding {@code superuser}, its
 *       password read from TRADEDESK_SUPERUSER_PASSWORD or else standard input; with {@code --promote} an
 *       existing account gets the role instead.</li>
 *   <li>{@code rotate-signing-key}: stores a new token-signing key that starts signing on every node
 *       after the activation delay; tokens signed with the current key keep working until they expire.</li>
 * </ul>
 * Exit status 0 on success, 1 when the command failed (the reason on standard error), 2 for bad usage.
 */
final class Commands {

    static final Set<String> NAMES = Set.of("create-superuser", "rotate-signing-key");
    static final String PASSWORD_VARIABLE = "TRADEDESK_SUPERUSER_PASSWORD";

    private Commands() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command; the process exit status. */
    static int run(String[] args, Map<String, Object> defaultProperties, Map<String, String> env, InputStream in,
                   PrintStream out, PrintStream err) {
        String command = args[0];
        String email = null;
        boolean promote = false;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--email" -> {
                    if (i + 1 >= args.length) {
                        err.println("usage: create-superuser --email E [--promote]");
                        return 2;
                    }
                    email = args[++i];
                }
                case "--promote" -> promote = true;
                default -> springArgs.add(args[i]);
            }
        }
        if (command.equals("create-superuser") && email == null) {
            err.println("usage: create-superuser --email E [--promote]  (password: " + PASSWORD_VARIABLE
                    + " or standard input)");
            return 2;
        }
        SpringApplication application = new SpringApplication(TradeDeskApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(defaultProperties);
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            if (command.equals("rotate-signing-key")) {
                Instant activation = context.getBean(RotateSigningKeyUseCase.class).rotate();
                out.println("A new signing key is stored; every node signs with it from " + activation
                        + ". Tokens signed with the previous key verify until they expire.");
                return 0;
            }
            String password = env.getOrDefault(PASSWORD_VARIABLE, null);
            if (password == null) {
                password = readPassword(in);
            }
            var outcome = context.getBean(CreateSuperuserUseCase.class).createSuperuser(email, password, promote);
            out.println(switch (outcome) {
                case CREATED -> "Created superuser " + email.strip().toLowerCase(java.util.Locale.ROOT) + ".";
                case PROMOTED -> "Promoted " + email.strip().toLowerCase(java.util.Locale.ROOT)
                        + " to superuser; their tokens issued before now stop working.";
                case ALREADY_SUPERUSER -> email.strip().toLowerCase(java.util.Locale.ROOT) + " is a superuser already.";
            });
            return 0;
        } catch (ValidationException e) {
            err.println(command + " failed: " + e.getMessage() + " "
                    + e.errors().stream().map(f -> f.field() + " " + f.message()).toList());
            return 1;
        } catch (DomainException e) {
            err.println(command + " failed: " + e.getMessage()
                    + (e.code().equals("email_taken") ? " Use --promote to make that account a superuser." : ""));
            return 1;
        } catch (RuntimeException e) {
            err.println(command + " failed: " + rootMessage(e));
            return 1;
        }
    }

    /** The first line of standard input (a password may contain spaces, so only the line break is removed). */
    private static String readPassword(InputStream in) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            return "";
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
