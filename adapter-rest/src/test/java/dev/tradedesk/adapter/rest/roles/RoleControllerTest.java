package dev.tradedesk.adapter.rest.roles;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.adapter.rest.security.ActorArgumentResolver;
import dev.tradedesk.adapter.rest.security.ActorAuthentication;
import dev.tradedesk.application.roles.port.in.AssignRoleUseCase;
import dev.tradedesk.application.roles.port.in.CreateRoleUseCase;
import dev.tradedesk.application.roles.port.in.DeleteRoleUseCase;
import dev.tradedesk.application.roles.port.in.RoleQuery;
import dev.tradedesk.application.roles.port.in.UpdateRoleUseCase;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.roles.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The Actor argument (token's or anonymous) and the 401-or-403 answer to a refusal. */
class RoleControllerTest {

    private static final Actor ANONYMOUS = Actor.anonymous(Set.of());
    private static final Actor USER = new Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of("user"), Set.of());

    private final RoleQuery roles = mock(RoleQuery.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new RoleController(roles, mock(CreateRoleUseCase.class), mock(UpdateRoleUseCase.class),
                            mock(DeleteRoleUseCase.class), new RoleMapperImpl()),
                    new UserRoleController(roles, mock(AssignRoleUseCase.class)))
            .setCustomArgumentResolvers(new ActorArgumentResolver(() -> ANONYMOUS))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()))
            .build();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_refusal_without_a_token_is_401_with_a_challenge() throws Exception {
        when(roles.list(ANONYMOUS)).thenThrow(new ForbiddenException("roles:read"));

        mvc.perform(get("/api/v1/roles")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @Test
    void a_refusal_of_an_authenticated_caller_is_403() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(USER));
        when(roles.list(USER)).thenThrow(new ForbiddenException("roles:read"));

        mvc.perform(get("/api/v1/roles")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @Test
    void roles_are_mapped_to_the_api_shape() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(USER));
        when(roles.list(USER)).thenReturn(List.of(new Role("desk", "Desk", Set.of("b:x", "a:y"), false)));
        when(roles.callerHas(eq(USER), any())).thenReturn(true);

        mvc.perform(get("/api/v1/roles")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("desk"))
                .andExpect(jsonPath("$[0].permissions[0]").value("a:y"))
                .andExpect(jsonPath("$[0].builtin").value(false));
        mvc.perform(get("/api/v1/authz/check").param("permission", "a:y")).andExpect(jsonPath("$.allowed").value(true));
        mvc.perform(get("/api/v1/authz/check")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"));
    }
}
