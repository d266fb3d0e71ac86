package dev.tradedesk.adapter.rest.security;

import dev.tradedesk.application.roles.port.in.AnonymousActorQuery;
import dev.tradedesk.domain.common.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves every controller's {@link Actor} parameter: the token's actor when the request was
 * authenticated, otherwise the anonymous actor, whose permissions
 * are those of the {@code anonymous} role. The use case then decides; a refusal of an anonymous caller
 * is answered 401, of an authenticated one 403 ({@code ProblemDetailsAdvice}).
 */
public final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final AnonymousActorQuery anonymous;

    public ActorArgumentResolver(AnonymousActorQuery anonymous) {
        this.anonymous = anonymous;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication actor) {
            return actor.getPrincipal();
        }
        return anonymous.anonymous();
    }
}
