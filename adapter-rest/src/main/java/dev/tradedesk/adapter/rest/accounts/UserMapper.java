package dev.tradedesk.adapter.rest.accounts;

import dev.tradedesk.adapter.rest.sessions.TokenMapper;
import dev.tradedesk.application.accounts.port.in.Registration;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = TokenMapper.class)
public interface UserMapper {

    UserResponse toResponse(UserProfile user);

    RegistrationResponse toResponse(Registration registration);
}
