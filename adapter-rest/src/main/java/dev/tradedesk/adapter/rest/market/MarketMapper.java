package dev.tradedesk.adapter.rest.market;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MarketMapper {

    SymbolResponse toResponse(SymbolInfo info);

    List<SymbolResponse> toResponses(List<SymbolInfo> infos);

    PriceResponse toResponse(PriceTick tick);

    default String symbol(Symbol symbol) {
        return symbol.value();
    }

    /** Decimals as plain strings, never in exponent notation. */
    default String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
