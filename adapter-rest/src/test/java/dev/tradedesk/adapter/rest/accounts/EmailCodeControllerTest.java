package dev.tradedesk.adapter.rest.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.adapter.rest.sessions.TokenMapperImpl;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeUseCase;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.domain.accounts.InvalidCodeException;
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

/** The email-code endpoints and their problem mapping in isolation, with the use cases mocked. */
class EmailCodeControllerTest {

    /** The same JSON settings as the application's (application.yaml, spring.jackson.*). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final UUID SESSION = UUID.fromString("01a20031-1a47-7ab8-88e8-fd7a60786921");

    private final RequestEmailCodeUseCase requestCode = mock(RequestEmailCodeUseCase.class);
    private final SignInWithEmailCodeUseCase signIn = mock(SignInWithEmailCodeUseCase.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new EmailCodeController(requestCode, signIn, new TokenMapperImpl()))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JSON))
            .build();

    @Test
    void asking_for_a_code_answers_202_without_a_body() throws Exception {
        mvc.perform(post("/api/v1/auth/email-code").contentType(MediaType.APPLICATION_JSON)
                        .header("User-Agent", "unit-test").content("{\"email\": \" Ada@Example.com \"}"))
                .andExpect(status().isAccepted())
                .andExpect(content().string(""));

        ArgumentCaptor<RequestEmailCodeCommand> command = ArgumentCaptor.forClass(RequestEmailCodeCommand.class);
        verify(requestCode).requestCode(command.capture());
        assertThat(command.getValue().email().value()).isEqualTo("ada@example.com");
        assertThat(command.getValue().client().userAgent()).isEqualTo("unit-test");
    }

    @Test
    void a_malformed_email_or_an_unknown_field_is_a_400_and_sends_nothing() throws Exception {
        mvc.perform(post("/api/v1/auth/email-code").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/api/v1/auth/email-code").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"purpose\": \"password_reset\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));

        verifyNoInteractions(requestCode);
    }

    @Test
    void exchanging_a_code_answers_200_with_uncacheable_tokens() throws Exception {
        when(signIn.signIn(any())).thenReturn(new IssuedTokens("access", 900, "refresh", 2_592_000, SESSION));

        mvc.perform(post("/api/v1/auth/email-code/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"code\": \"123456\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.access_token").value("access"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(900))
                .andExpect(jsonPath("$.refresh_token").value("refresh"))
                .andExpect(jsonPath("$.refresh_expires_in").value(2_592_000))
                .andExpect(jsonPath("$.session_id").value(SESSION.toString()));

        ArgumentCaptor<SignInWithEmailCodeCommand> command = ArgumentCaptor.forClass(SignInWithEmailCodeCommand.class);
        verify(signIn).signIn(command.capture());
        assertThat(command.getValue().code()).isEqualTo("123456");
    }

    @Test
    void a_code_that_does_not_work_is_a_401_invalid_code() throws Exception {
        when(signIn.signIn(any())).thenThrow(new InvalidCodeException());

        mvc.perform(post("/api/v1/auth/email-code/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"code\": \"000000\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("invalid_code"))
                .andExpect(jsonPath("$.detail").value("The code is invalid or has expired."));
    }

    @Test
    void a_missing_code_is_a_400() throws Exception {
        mvc.perform(post("/api/v1/auth/email-code/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("code"));

        verifyNoInteractions(signIn);
    }
}
