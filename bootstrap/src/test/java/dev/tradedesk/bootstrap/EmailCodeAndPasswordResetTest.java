package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API.md "Authentication (anonymous)": email codes and password reset, over real HTTP, PostgreSQL and
 * Redis, with the codes read from the mails a real SMTP server received ({@link TestMailServer}).
 */
class EmailCodeAndPasswordResetTest extends ApplicationTestBase {

    private static final String PASSWORD = "lantern-meadow-copper-24";
    private static final String NEW_PASSWORD = "saffron-glacier-tunnel-86";

    private Response requestCode(String email) {
        return api().post("/api/v1/auth/email-code", HttpApi.json(Map.of("email", email)));
    }

    private Response exchange(String email, String code) {
        return api().post("/api/v1/auth/email-code/token", HttpApi.json(Map.of("email", email, "code", code)));
    }

    private Response forgot(String email) {
        return api().post("/api/v1/auth/password/forgot", HttpApi.json(Map.of("email", email)));
    }

    private Response reset(String email, String code, String newPassword) {
        return api().post("/api/v1/auth/password/reset",
                HttpApi.json(Map.of("email", email, "code", code, "new_password", newPassword)));
    }

    private Response login(String email, String password) {
        return api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", password)));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void a_mailed_code_signs_in_and_creates_a_verified_account_without_a_password() throws Exception {
        String email = uniqueEmail();

        Response requested = requestCode("  " + email.toUpperCase() + " ");
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.body()).isEmpty();

        MimeMessage mail = TestMailServer.awaitMailsTo(email, 1).get(0);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@tradedesk.test");
        assertThat(mail.getSubject()).isEqualTo("Your TradeDesk sign-in code");
        String code = TestMailServer.codeIn(mail);

        Response signedIn = exchange(email.toUpperCase(), code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.header("Cache-Control")).contains("no-store");
        JsonNode tokens = signedIn.json();
        assertThat(fieldNames(tokens)).containsExactlyInAnyOrder("access_token", "token_type", "expires_in",
                "refresh_token", "refresh_expires_in", "session_id");
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");

        Response me = api().get("/api/v1/users/me", tokens.get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("email_verified").asBoolean()).isTrue();
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("user");

        assertProblem(exchange(email, code), 401, "invalid_code");
        assertProblem(login(email, PASSWORD), 401, "invalid_credentials");
    }

    @Test
    void a_code_verifies_an_existing_account_and_drops_a_password_set_before_verification() {
        String email = uniqueEmail();
        Response registered = api().register(email, PASSWORD);
        String userId = registered.json().get("user").get("id").asString();
        String registrantsToken = registered.json().get("tokens").get("access_token").asString();
        assertThat(registered.json().get("user").get("email_verified").asBoolean()).isFalse();

        requestCode(email);
        Response signedIn = exchange(email, TestMailServer.awaitCode(email, 1));

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        JsonNode me = api().get("/api/v1/users/me", signedIn.json().get("access_token").asString()).json();
        assertThat(me.get("id").asString()).isEqualTo(userId);
        assertThat(me.get("email_verified").asBoolean()).isTrue();
        assertProblem(login(email, PASSWORD), 401, "invalid_credentials");
        assertThat(api().get("/api/v1/users/me", registrantsToken).status())
                .as("whoever registered the address before its owner proved it is signed out").isEqualTo(401);
    }

    @Test
    void five_wrong_codes_kill_the_code() {
        String email = uniqueEmail();
        requestCode(email);
        String code = TestMailServer.awaitCode(email, 1);

        for (int i = 0; i < 5; i++) {
            assertProblem(exchange(email, wrong(code)), 401, "invalid_code");
        }

        Response right = exchange(email, code);
        assertProblem(right, 401, "invalid_code");
        assertThat(right.body()).isEqualTo(exchange(email, wrong(code)).body());
    }

    @Test
    void a_password_reset_signs_out_everywhere_and_only_the_new_password_works() throws Exception {
        String email = uniqueEmail();
        api().register(email, PASSWORD);
        JsonNode session = login(email, PASSWORD).json();
        String accessToken = session.get("access_token").asString();
        String refreshToken = session.get("refresh_token").asString();
        assertThat(api().get("/api/v1/users/me", accessToken).status()).isEqualTo(200);

        Response forgot = forgot(email.toUpperCase());
        assertThat(forgot.status()).isEqualTo(202);
        assertThat(forgot.body()).isEmpty();
        MimeMessage mail = TestMailServer.awaitMailsTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Reset your TradeDesk password");

        Response reset = reset(email, TestMailServer.codeIn(mail), NEW_PASSWORD);
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(reset.body()).as("a reset does not sign in").isEmpty();

        awaitUnauthorized(accessToken, Duration.ofSeconds(1));
        assertProblem(api().post("/api/v1/auth/refresh", HttpApi.json(Map.of("refresh_token", refreshToken))), 401,
                "invalid_refresh_token");
        assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
        assertProblem(login(email, PASSWORD), 401, "invalid_credentials");
    }

    @Test
    void forgot_answers_alike_for_an_unknown_email_and_mails_nothing() {
        String unknown = uniqueEmail();
        String known = uniqueEmail();
        api().register(known, PASSWORD);

        Response forUnknown = forgot(unknown);
        Response forKnown = forgot(known);

        assertThat(forUnknown.status()).isEqualTo(202);
        assertThat(forUnknown.status()).isEqualTo(forKnown.status());
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        TestMailServer.awaitMailsTo(known, 1);
        TestMailServer.sleep(Duration.ofMillis(500));
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void a_reset_needs_a_valid_code_and_a_strong_password() {
        String email = uniqueEmail();
        api().register(email, PASSWORD);
        requestCode(email);
        String signInCode = TestMailServer.awaitCode(email, 1);
        forgot(email);
        String resetCode = TestMailServer.awaitCode(email, 2);

        assertProblem(reset(email, signInCode.equals(resetCode) ? wrong(resetCode) : signInCode, NEW_PASSWORD), 401,
                "invalid_code");
        Response weak = reset(email, resetCode, "password123");
        assertProblem(weak, 400, "weak_password");
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("new_password");
        Response tooShort = reset(email, resetCode, "short");
        assertProblem(tooShort, 400, "validation_failed");
        Response unknownField = api().post("/api/v1/auth/password/reset", HttpApi.json(Map.of("email", email,
                "code", resetCode, "new_password", NEW_PASSWORD, "user_id", "01a20031-1a46-7104-96b9-c3ba0759c355")));
        assertProblem(unknownField, 400, "validation_failed");
        assertThat(unknownField.json().get("errors").get(0).get("field").asString()).isEqualTo("user_id");

        assertThat(reset(email, resetCode, NEW_PASSWORD).status()).as("none of that cost the code").isEqualTo(204);
        assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    /** Polls {@code GET /users/me} with the token until it answers 401, failing if that takes longer than {@code limit}. */
    private void awaitUnauthorized(String accessToken, Duration limit) {
        long start = System.nanoTime();
        while (true) {
            Response me = api().get("/api/v1/users/me", accessToken);
            long elapsed = System.nanoTime() - start;
            if (me.status() == 401) {
                assertThat(me.header("WWW-Authenticate")).startsWith("Bearer");
                return;
            }
            assertThat(me.status()).isEqualTo(200);
            if (elapsed > limit.toNanos()) {
                throw new AssertionError("the access token still works " + Duration.ofNanos(elapsed).toMillis() + " ms later");
            }
            TestMailServer.sleep(Duration.ofMillis(20));
        }
    }
}
