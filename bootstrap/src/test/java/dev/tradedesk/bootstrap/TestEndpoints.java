package dev.tradedesk.bootstrap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exist only in tests, to provoke the errors no real endpoint raises on demand. */
@Configuration(proxyBeanMethods = false)
class TestEndpoints {

    static final String SECRET = "db password is hunter2";

    @Bean
    Failing failingEndpoints() {
        return new Failing();
    }

    @RestController
    static class Failing {

        @GetMapping("/api/v1/test/boom")
        String boom() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/api/v1/test/forbidden")
        String forbidden() {
            throw new AccessDeniedException("needs users:read");
        }
    }
}
