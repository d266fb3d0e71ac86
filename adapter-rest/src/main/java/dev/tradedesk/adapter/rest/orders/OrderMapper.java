package dev.tradedesk.adapter.rest.orders;

import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.orders.OrderStatus;
import dev.tradedesk.domain.wallets.Amounts;
import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface OrderMapper {

    OrderResponse toResponse(Order order);

    List<OrderResponse> toResponses(List<Order> orders);

    default String amount(BigDecimal value) {
        return value == null ? null : Amounts.format(value);
    }

    default String symbol(Symbol symbol) {
        return symbol == null ? null : symbol.value();
    }

    default String side(OrderSide side) {
        return side == null ? null : side.wireName();
    }

    default String status(OrderStatus status) {
        return status == null ? null : status.wireName();
    }
}
