package dev.tradedesk.bootstrap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests (found by the application's component scan of its own package),
 * to provoke the errors no real endpoint raises on demand.
 */
@RestController
class TestEndpoints {

    static final String SECRET = "db password is hunter2";

    @GetMapping("/api/v1/test/boom")
    String boom() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/api/v1/test/forbidden")
    String forbidden() {
        throw new AccessDeniedException("needs users:read");
    }
}
