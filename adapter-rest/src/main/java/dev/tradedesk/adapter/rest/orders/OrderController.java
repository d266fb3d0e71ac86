package dev.tradedesk.adapter.rest.orders;

import dev.tradedesk.adapter.rest.common.DecimalInput;
import dev.tradedesk.application.orders.port.in.IdempotencyKey;
import dev.tradedesk.application.orders.port.in.OrderPage;
import dev.tradedesk.application.orders.port.in.OrderQuery;
import dev.tradedesk.application.orders.port.in.PlaceOrderCommand;
import dev.tradedesk.application.orders.port.in.PlaceOrderUseCase;
import dev.tradedesk.application.orders.port.in.PlacedOrder;
import dev.tradedesk.domain.common.Actor;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market orders (API.md "Wallet and orders"). POST takes an optional {@code Idempotency-Key}: a replay
 * answers 201 with the first order and {@code Idempotent-Replayed: true}.
 */
@RestController
public final class OrderController {

    static final String REPLAYED = "Idempotent-Replayed";

    private final PlaceOrderUseCase place;
    private final OrderQuery orders;
    private final OrderMapper mapper;

    public OrderController(PlaceOrderUseCase place, OrderQuery orders, OrderMapper mapper) {
        this.place = place;
        this.orders = orders;
        this.mapper = mapper;
    }

    /**
     * 201 with the filled order; 422 {@code insufficient_funds}, {@code insufficient_position},
     * {@code invalid_quantity}, {@code symbol_not_tradable}, {@code idempotency_key_reused}; 409
     * {@code idempotency_in_progress}; 503 {@code price_unavailable} (nothing written).
     */
    @PostMapping(path = "/api/v1/orders", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OrderResponse> place(Actor actor,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               @RequestBody PlaceOrderRequest body) {
        IdempotencyKey idempotencyKey = IdempotencyKey.ofHeader(key);
        PlaceOrderCommand command = PlaceOrderCommand.of(body.symbol(), body.side(),
                DecimalInput.text(body.quantity()), DecimalInput.number(body.quantity()));
        PlacedOrder placed = place.place(actor, command, idempotencyKey);
        var response = ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/orders/" + placed.order().id()));
        if (placed.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(mapper.toResponse(placed.order()));
    }

    /** The caller's orders, newest first, {@code limit} (1..200, default 50) at a time. */
    @GetMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    public OrderPageResponse list(Actor actor, @RequestParam(defaultValue = "50") int limit,
                                  @RequestParam(required = false) String cursor) {
        OrderPage page = orders.orders(actor, limit, cursor);
        return new OrderPageResponse(mapper.toResponses(page.items()), page.nextCursor());
    }

    /** The caller's order; 404 for any other. */
    @GetMapping(path = "/api/v1/orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public OrderResponse get(Actor actor, @PathVariable UUID id) {
        return mapper.toResponse(orders.order(actor, id));
    }
}
