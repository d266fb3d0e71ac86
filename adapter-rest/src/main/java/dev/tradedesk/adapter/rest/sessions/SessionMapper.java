package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.application.sessions.port.in.SessionView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SessionMapper {

    SessionResponse toResponse(SessionView session);

    List<SessionResponse> toResponses(List<SessionView> sessions);
}
