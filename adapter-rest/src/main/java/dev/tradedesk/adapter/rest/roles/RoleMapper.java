package dev.tradedesk.adapter.rest.roles;

import dev.tradedesk.domain.roles.Role;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RoleMapper {

    RoleResponse toResponse(Role role);

    List<RoleResponse> toResponses(List<Role> roles);
}
