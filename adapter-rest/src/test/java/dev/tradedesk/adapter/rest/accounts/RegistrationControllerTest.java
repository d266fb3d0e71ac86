package dev.tradedesk.adapter.rest.accounts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountUseCase;
import dev.tradedesk.application.accounts.port.in.Registration;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The controller and the problem mapping in isolation, with the use case mocked. */
class RegistrationControllerTest {

    /** The same JSON settings as the application's (application.yaml, spring.jackson.*). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final RegisterAccountUseCase register = mock(RegisterAccountUseCase.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new RegistrationController(register, new UserMapperImpl()))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JSON))
            .build();

    private static final UUID USER = UUID.fromString("01a20031-1a46-7104-96b9-c3ba0759c355");
    private static final UUID SESSION = UUID.fromString("01a20031-1a47-7ab8-88e8-fd7a60786921");

    @Test
    void answers_201_with_the_user_and_tokens_in_snake_case() throws Exception {
        when(register.register(any())).thenReturn(new Registration(
                new UserProfile(USER, "ada@example.com", "Ada", false, new TreeSet<>(Set.of("user")),
                        new TreeSet<>(Set.of("orders:place")), Instant.parse("2026-11-21T10:15:30.123Z")),
                new IssuedTokens("access", 900, "refresh", 2_592_000, SESSION)));

        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .header("User-Agent", "unit-test")
                        .content("{\"email\": \"Ada@Example.com\", \"password\": \"plum-orbit-cascade-77\", \"name\": \"Ada\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/" + USER))
                .andExpect(jsonPath("$.user.id").value(USER.toString()))
                .andExpect(jsonPath("$.user.email_verified").value(false))
                .andExpect(jsonPath("$.user.roles[0]").value("user"))
                .andExpect(jsonPath("$.user.created_at").value("2026-11-21T10:15:30.123Z"))
                .andExpect(jsonPath("$.tokens.access_token").value("access"))
                .andExpect(jsonPath("$.tokens.token_type").value("Bearer"))
                .andExpect(jsonPath("$.tokens.refresh_expires_in").value(2_592_000))
                .andExpect(jsonPath("$.tokens.session_id").value(SESSION.toString()));

        ArgumentCaptor<RegisterAccountCommand> command = ArgumentCaptor.forClass(RegisterAccountCommand.class);
        org.mockito.Mockito.verify(register).register(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue().email().value()).isEqualTo("ada@example.com");
        org.assertj.core.api.Assertions.assertThat(command.getValue().client().userAgent()).isEqualTo("unit-test");
    }

    @Test
    void maps_domain_outcomes_to_their_status_and_code() throws Exception {
        when(register.register(any())).thenThrow(new EmailTakenException());
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"password\": \"plum-orbit-cascade-77\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("email_taken"));

        doThrow(new WeakPasswordException("password", "This is a top-10 common password.")).when(register).register(any());
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"password\": \"password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("weak_password"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void invalid_input_never_reaches_the_use_case() throws Exception {
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"nope\", \"password\": \"short\", \"is_admin\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("is_admin"));
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"nope\", \"password\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[1].field").value("password"));
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content("{\"email\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed_json"));

        verifyNoInteractions(register);
    }
}
