package dev.tradedesk.adapter.rest.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.adapter.rest.security.ActorArgumentResolver;
import dev.tradedesk.adapter.rest.security.ActorAuthentication;
import dev.tradedesk.application.orders.port.in.IdempotencyKey;
import dev.tradedesk.application.orders.port.in.OrderQuery;
import dev.tradedesk.application.orders.port.in.PlaceOrderCommand;
import dev.tradedesk.application.orders.port.in.PlaceOrderUseCase;
import dev.tradedesk.application.orders.port.in.PlacedOrder;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.IdempotencyInProgressException;
import dev.tradedesk.domain.orders.IdempotencyKeyReusedException;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.orders.OrderStatus;
import dev.tradedesk.domain.wallets.InsufficientFundsException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Request parsing (exact amounts, unknown fields), the order's shape, replays and error statuses. */
class OrderControllerTest {

    private static final Actor USER = new Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of("user"),
            Set.of("orders:place", "orders:read"));
    private static final Order ORDER = new Order(UUID.randomUUID(), USER.userId(), new Symbol("BTCUSDT"), OrderSide.BUY,
            new BigDecimal("0.015"), new BigDecimal("64012.55"), new BigDecimal("960.18825"),
            new BigDecimal("0.96018825"), OrderStatus.FILLED, Instant.parse("2026-11-21T10:15:30.100Z"), "binance",
            Instant.parse("2026-11-21T10:15:30.123Z"));

    private final PlaceOrderUseCase place = mock(PlaceOrderUseCase.class);
    private final OrderQuery orders = mock(OrderQuery.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new OrderController(place, orders, new OrderMapperImpl()))
            .setCustomArgumentResolvers(new ActorArgumentResolver(() -> Actor.anonymous(Set.of())))
            .setControllerAdvice(new ProblemDetailsAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()))
            .build();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(USER));
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    private org.springframework.test.web.servlet.ResultActions order(String json) throws Exception {
        return mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void places_an_order_and_answers_with_decimal_strings() throws Exception {
        when(place.place(eq(USER), any(), isNull())).thenReturn(new PlacedOrder(ORDER, false));

        order("{\"symbol\": \"btcusdt\", \"side\": \"buy\", \"quantity\": 0.015}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/orders/" + ORDER.id()))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.id").value(ORDER.id().toString()))
                .andExpect(jsonPath("$.quantity").value("0.015"))
                .andExpect(jsonPath("$.price").value("64012.55"))
                .andExpect(jsonPath("$.notional").value("960.18825"))
                .andExpect(jsonPath("$.fee").value("0.96018825"))
                .andExpect(jsonPath("$.side").value("buy"))
                .andExpect(jsonPath("$.status").value("filled"));
        ArgumentCaptor<PlaceOrderCommand> command = ArgumentCaptor.forClass(PlaceOrderCommand.class);
        verify(place).place(eq(USER), command.capture(), isNull());
        assertThat(command.getValue().symbol()).isEqualTo(new Symbol("BTCUSDT"));
        assertThat(command.getValue().quantity()).isEqualTo(new BigDecimal("0.015"));
    }

    @Test
    void a_replay_is_201_with_the_first_order_and_says_so() throws Exception {
        when(place.place(eq(USER), any(), eq(new IdempotencyKey("k-1")))).thenReturn(new PlacedOrder(ORDER, true));
        mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-1")
                        .content("{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"0.015\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(ORDER.id().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"0\"", "\"-0.5\"", "\"NaN\"", "\"Infinity\"", "1e309", "\"1e309\"",
            "0.000000001", "\"0.000000001\"", "\"1 000\"", "\" 1\"", "9007199254740993", "true", "[1]", "{}", "null",
            "\"\""})
    void bad_quantities_are_400_field_errors_and_reach_no_use_case(String quantity) throws Exception {
        order("{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": " + quantity + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        verify(place, never()).place(any(), any(), any());
    }

    @Test
    void unknown_fields_bad_sides_and_bad_keys_are_400() throws Exception {
        order("{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"1\", \"price\": \"1\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price"));
        order("{\"symbol\": \"BTCUSDT\", \"side\": \"hold\", \"quantity\": \"1\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("side"));
        mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "a b")
                        .content("{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        verify(place, never()).place(any(), any(), any());
    }

    @Test
    void business_outcomes_have_their_statuses() throws Exception {
        String body = "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"1\"}";
        doThrow(new InsufficientFundsException("no")).when(place).place(any(), any(), any());
        order(body).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("insufficient_funds"));
        doThrow(new PriceUnavailableException("stale", (Throwable) null)).when(place).place(any(), any(), any());
        order(body).andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("price_unavailable"));
        doThrow(new IdempotencyInProgressException()).when(place).place(any(), any(), any());
        order(body).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("idempotency_in_progress"));
        doThrow(new IdempotencyKeyReusedException()).when(place).place(any(), any(), any());
        order(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency_key_reused"));
    }

    @Test
    void reads_an_order() throws Exception {
        when(orders.order(USER, ORDER.id())).thenReturn(ORDER);
        mvc.perform(get("/api/v1/orders/" + ORDER.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.created_at").value("2026-11-21T10:15:30.123Z"));
    }
}
