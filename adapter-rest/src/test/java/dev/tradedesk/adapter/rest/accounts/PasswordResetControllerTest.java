package dev.tradedesk.adapter.rest.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetCommand;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetUseCase;
import dev.tradedesk.application.accounts.port.in.ResetPasswordCommand;
import dev.tradedesk.application.accounts.port.in.ResetPasswordUseCase;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The forgot/reset endpoints and their problem mapping in isolation, with the use cases mocked. */
class PasswordResetControllerTest {

    /** The same JSON settings as the application's (application.yaml, spring.jackson.*). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final RequestPasswordResetUseCase requestReset = mock(RequestPasswordResetUseCase.class);
    private final ResetPasswordUseCase reset = mock(ResetPasswordUseCase.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new PasswordResetController(requestReset, reset))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JSON))
            .build();

    @Test
    void forgot_answers_202_without_a_body() throws Exception {
        mvc.perform(post("/api/v1/auth/password/forgot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ADA@example.com\"}"))
                .andExpect(status().isAccepted())
                .andExpect(content().string(""));

        ArgumentCaptor<RequestPasswordResetCommand> command = ArgumentCaptor.forClass(RequestPasswordResetCommand.class);
        verify(requestReset).requestReset(command.capture());
        assertThat(command.getValue().email().value()).isEqualTo("ada@example.com");
    }

    @Test
    void reset_answers_204_and_passes_the_snake_case_new_password() throws Exception {
        mvc.perform(post("/api/v1/auth/password/reset").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"code\": \"123456\", \"new_password\": \"granite-willow-harbor-31\"}"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        ArgumentCaptor<ResetPasswordCommand> command = ArgumentCaptor.forClass(ResetPasswordCommand.class);
        verify(reset).reset(command.capture());
        assertThat(command.getValue().newPassword().reveal()).isEqualTo("granite-willow-harbor-31");
        assertThat(command.getValue().code()).isEqualTo("123456");
    }

    @Test
    void reset_maps_a_bad_code_to_401_and_a_weak_password_to_400() throws Exception {
        String body = "{\"email\": \"ada@example.com\", \"code\": \"123456\", \"new_password\": \"granite-willow-harbor-31\"}";
        doThrow(new InvalidCodeException()).when(reset).reset(any());
        mvc.perform(post("/api/v1/auth/password/reset").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("invalid_code"));

        doThrow(new WeakPasswordException("new_password", "This is a very common password.")).when(reset).reset(any());
        mvc.perform(post("/api/v1/auth/password/reset").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("weak_password"))
                .andExpect(jsonPath("$.errors[0].field").value("new_password"));
    }

    @Test
    void invalid_input_never_reaches_the_use_cases() throws Exception {
        mvc.perform(post("/api/v1/auth/password/reset").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"code\": \"123456\", \"new_password\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("new_password"));
        mvc.perform(post("/api/v1/auth/password/reset").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\", \"code\": \"123456\", \"password\": \"granite-willow-harbor-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/auth/password/forgot").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));

        verifyNoInteractions(requestReset, reset);
    }
}
