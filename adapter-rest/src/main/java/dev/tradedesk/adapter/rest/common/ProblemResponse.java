package dev.tradedesk.adapter.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail with TradeDesk's stable {@code code} and, for validation failures, the
 * rejected fields. Sent as {@code application/problem+json} for every error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemResponse(URI type, String title, int status, String detail, String instance, String code,
                              List<FieldErrorResponse> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://tradedesk.dev/problems/";

    public static ProblemResponse of(int status, String title, String code, String detail, String instance,
                                     List<FieldErrorResponse> errors) {
        return new ProblemResponse(URI.create(TYPE_BASE + code), title, status, detail, instance, code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** One rejected field: its JSON name (snake_case) and why. */
    public record FieldErrorResponse(String field, String message) {
    }
}
