package dev.tradedesk.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.accounts.RegistrationController;
import dev.tradedesk.adapter.rest.accounts.UserMapperImpl;
import dev.tradedesk.adapter.rest.sessions.LoginController;
import dev.tradedesk.adapter.rest.sessions.TokenMapperImpl;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordUseCase;
import dev.tradedesk.application.accounts.port.in.RegisterAccountUseCase;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.common.OverloadedException;
import dev.tradedesk.domain.common.TooManyAttemptsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** 429 and 503 problems tell the client when to come back, in whole seconds. */
class RetryAfterProblemTest {

    private static final String LOGIN = "{\"email\": \"ada@example.com\", \"password\": \"plum-orbit-cascade-77\"}";

    private final LogInWithPasswordUseCase logIn = mock(LogInWithPasswordUseCase.class);
    private final RegisterAccountUseCase register = mock(RegisterAccountUseCase.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new LoginController(logIn, new TokenMapperImpl()),
                    new RegistrationController(register, new UserMapperImpl()))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()))
            .build();

    @Test
    void a_throttled_sign_in_is_429_too_many_attempts_with_retry_after() throws Exception {
        when(logIn.logIn(any())).thenThrow(new TooManyAttemptsException(Duration.ofSeconds(64)));

        login().andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Retry-After", "64"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.code").value("too_many_attempts"));
    }

    @Test
    void a_throttled_sign_up_is_429_with_retry_after() throws Exception {
        when(register.register(any())).thenThrow(new TooManyAttemptsException(Duration.ofMinutes(60)));

        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(LOGIN))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3600"))
                .andExpect(jsonPath("$.code").value("too_many_attempts"));
    }

    @Test
    void no_hashing_capacity_is_503_overloaded_with_retry_after() throws Exception {
        when(logIn.logIn(any())).thenThrow(new OverloadedException(Duration.ofSeconds(2)));

        login().andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.code").value("overloaded"));
    }

    @Test
    void a_fraction_of_a_second_rounds_up_to_the_next_whole_second() throws Exception {
        when(logIn.logIn(any())).thenThrow(new TooManyAttemptsException(Duration.ofMillis(1001)));
        login().andExpect(header().string("Retry-After", "2"));

        assertThat(ProblemDetailsAdvice.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(ProblemDetailsAdvice.retryAfterSeconds(Duration.ofMillis(999))).isEqualTo(1);
        assertThat(ProblemDetailsAdvice.retryAfterSeconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(ProblemDetailsAdvice.retryAfterSeconds(Duration.ofMillis(15 * 60_000 + 1))).isEqualTo(901);
    }

    @Test
    void other_problems_carry_no_retry_after() throws Exception {
        when(logIn.logIn(any())).thenThrow(new InvalidCredentialsException());

        login().andExpect(status().isUnauthorized()).andExpect(header().doesNotExist("Retry-After"));
    }

    private ResultActions login() throws Exception {
        return mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(LOGIN));
    }
}
