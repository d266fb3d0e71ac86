package dev.tradedesk.adapter.rest.common;

import dev.tradedesk.adapter.rest.common.ProblemResponse.FieldErrorResponse;
import dev.tradedesk.domain.common.DomainException;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.RetryAfter;
import dev.tradedesk.domain.common.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception that reaches Spring MVC into an RFC 9457 problem with a stable {@code code}:
 * domain outcomes by their code, framework errors by their status, malformed JSON and unknown or
 * mistyped fields into 400s. Anything unexpected is logged with an id and answered 500 with that id
 * only: no message or stack trace of an internal error reaches a client.
 */
@RestControllerAdvice
public final class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemResponse.MEDIA_TYPE);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        if (e instanceof ForbiddenException && !authenticated()) {
            HttpHeaders challenge = new HttpHeaders();
            challenge.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problem(401, "unauthorized", "Authentication is required.", request.getRequestURI(), null, challenge);
        }
        HttpStatus status = ProblemCodes.statusOf(e.code());
        List<FieldErrorResponse> errors = e instanceof ValidationException invalid
                ? invalid.errors().stream().map(f -> new FieldErrorResponse(f.field(), f.message())).toList()
                : null;
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.UNAUTHORIZED && "invalid_token".equals(e.code())) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        if (e instanceof RetryAfter retry) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(retry.retryAfter())));
        }
        return problem(status.value(), e.code(), e.getMessage(), request.getRequestURI(), errors, headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(403, "forbidden", "You are not allowed to do this.", request.getRequestURI(), null,
                new HttpHeaders());
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem(401, "unauthorized", "Authentication is required.", request.getRequestURI(), null, headers);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        return problem(500, "internal_error", "An unexpected error occurred (error id " + errorId + ").",
                request.getRequestURI(), null, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = path(request);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return problem(413, "payload_too_large", "The request body is too large: " + tooLarge.getMessage() + ".",
                        path, null, new HttpHeaders());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return problem(400, "malformed_json", "The request body is not valid JSON.", path, null, new HttpHeaders());
            }
            if (t instanceof UnrecognizedPropertyException unknown) {
                return validationFailed(path, fieldOf(unknown), "is not a known field");
            }
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return validationFailed(path, fieldOf(jackson), "has the wrong type or format");
            }
        }
        return problem(400, "malformed_json", "The request body is missing or is not a JSON document of the expected shape.",
                path, null, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return validationFailed(path(request), field == null ? "request" : field, "has the wrong type or format");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(path(request), e.getParameterName(), "is required");
    }

    /** Every other framework error: its status, a generic code for it, and Spring's (safe) detail text. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        int status = statusCode.value();
        String detail = body instanceof org.springframework.http.ProblemDetail pd && pd.getDetail() != null
                ? pd.getDetail() : ProblemWriter.titleOf(status);
        if (status >= 500) {
            log.error("error answered {} on {}", status, path(request), e);
            detail = ProblemWriter.titleOf(status);
        }
        return problem(status, ProblemCodes.codeOf(status), detail, path(request), null, headers);
    }

    /**
     * Whether the request carried a valid token. A caller without one acts as the anonymous role; when
     * that is not enough the answer is 401 with a challenge (signing in might help), not 403.
     */
    private static boolean authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private ResponseEntity<Object> validationFailed(String path, String field, String message) {
        return problem(400, "validation_failed", "The request has invalid fields.", path,
                List.of(new FieldErrorResponse(field, message)), new HttpHeaders());
    }

    private static ResponseEntity<Object> problem(int status, String code, String detail, String path,
                                                  List<FieldErrorResponse> errors, HttpHeaders headers) {
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.setContentType(PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out)
                .body(ProblemResponse.of(status, ProblemWriter.titleOf(status), code, detail, path, errors));
    }

    /** {@code Retry-After} in whole seconds (RFC 9110 has no fractions), rounded up, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        long millis = wait.toMillis();
        return Math.max(1, millis / 1000 + (millis % 1000 == 0 ? 0 : 1));
    }

    private static String fieldOf(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
