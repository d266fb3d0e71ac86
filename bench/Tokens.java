import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the given accounts in over HTTP ({@code POST /api/v1/auth/login}) and writes one line per
 * account: {@code <access token> <refresh token>}. Used by bench/run to prepare the bearer tokens of
 * the /users/me runs and the refresh-token pools of the refresh runs (each refresh consumes one).
 *
 * <p>{@code java bench/Tokens.java <base url> <password> <concurrency> <emails file> <out file>}
 */
public class Tokens {

    private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFRESH = Pattern.compile("\"refresh_token\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int concurrency = Integer.parseInt(args[2]);
        List<String> emails = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        Path out = Path.of(args[4]);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<String>> results = new ArrayList<>();
        for (String email : emails) {
            results.add(pool.submit(() -> logIn(http, base, email, password)));
        }
        List<String> lines = new ArrayList<>();
        try {
            for (Future<String> result : results) {
                lines.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Files.write(out, lines);
    }

    private static String logIn(HttpClient http, String base, String email, String password) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return group(ACCESS, response.body()) + " " + group(REFRESH, response.body());
            }
            // 503 overloaded: the hashing queue was full (a busy machine); wait as told and try again
            if (response.statusCode() != 503 || attempt == 20) {
                throw new IllegalStateException("login of " + email + ": HTTP " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
        }
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }
}
