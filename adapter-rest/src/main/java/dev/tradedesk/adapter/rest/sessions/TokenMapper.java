package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface TokenMapper {

    @Mapping(target = "tokenType", constant = IssuedTokens.TOKEN_TYPE)
    TokenResponse toResponse(IssuedTokens tokens);
}
