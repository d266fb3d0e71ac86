package dev.tradedesk.adapter.rest.common;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each problem {@code code} (API.md). A domain code not listed here is a business
 * rule the request broke: 422.
 */
public final class ProblemCodes {

    private static final Map<String, HttpStatus> STATUS = Map.ofEntries(
            Map.entry("validation_failed", HttpStatus.BAD_REQUEST),
            Map.entry("malformed_json", HttpStatus.BAD_REQUEST),
            Map.entry("weak_password", HttpStatus.BAD_REQUEST),
            Map.entry("bad_request", HttpStatus.BAD_REQUEST),
            Map.entry("unauthorized", HttpStatus.UNAUTHORIZED),
            Map.entry("invalid_token", HttpStatus.UNAUTHORIZED),
            Map.entry("invalid_credentials", HttpStatus.UNAUTHORIZED),
            Map.entry("invalid_code", HttpStatus.UNAUTHORIZED),
            Map.entry("invalid_refresh_token", HttpStatus.UNAUTHORIZED),
            Map.entry("refresh_token_rotated", HttpStatus.UNAUTHORIZED),
            Map.entry("forbidden", HttpStatus.FORBIDDEN),
            Map.entry("not_found", HttpStatus.NOT_FOUND),
            Map.entry("unknown_symbol", HttpStatus.NOT_FOUND),
            Map.entry("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
            Map.entry("not_acceptable", HttpStatus.NOT_ACCEPTABLE),
            Map.entry("email_taken", HttpStatus.CONFLICT),
            Map.entry("role_exists", HttpStatus.CONFLICT),
            Map.entry("role_builtin", HttpStatus.CONFLICT),
            Map.entry("idempotency_in_progress", HttpStatus.CONFLICT),
            Map.entry("payload_too_large", HttpStatus.PAYLOAD_TOO_LARGE),
            Map.entry("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
            Map.entry("too_many_requests", HttpStatus.TOO_MANY_REQUESTS),
            Map.entry("too_many_attempts", HttpStatus.TOO_MANY_REQUESTS),
            Map.entry("internal_error", HttpStatus.INTERNAL_SERVER_ERROR),
            Map.entry("service_unavailable", HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry("overloaded", HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry("price_unavailable", HttpStatus.SERVICE_UNAVAILABLE));

    private ProblemCodes() {
    }

    public static HttpStatus statusOf(String code) {
        return STATUS.getOrDefault(code, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** The generic code of a status, for errors that do not come from the domain. */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }
}
