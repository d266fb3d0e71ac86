package dev.tradedesk.bootstrap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and the start-up line that says where the service answers. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OperationsConfiguration.class);

    static {
        // Amounts in requests are strings or JSON numbers, parsed exactly (DecimalInput), not objects.
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithSchema(
                dev.tradedesk.adapter.rest.common.DecimalInput.class,
                new io.swagger.v3.oas.models.media.Schema<Object>()
                        .oneOf(java.util.List.of(
                                new io.swagger.v3.oas.models.media.StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$"),
                                new io.swagger.v3.oas.models.media.NumberSchema()))
                        .description("A decimal amount as a string (\"0.015\") or a JSON number: at most 8 decimal"
                                + " places and at most 2^53 - 1; NaN, Infinity, exponents in strings and blanks are"
                                + " rejected with 400 validation_failed.")
                        .example("0.015"));
    }

    @Bean
    OpenAPI tradeDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("TradeDesk API").version("v1")
                        .description("Crypto paper trading with its own identity service. Every error is an RFC 9457"
                                + " problem (application/problem+json) with a stable snake_case `code`; validation"
                                + " failures add `errors: [{field, message}]`. JSON fields are snake_case and"
                                + " unknown request fields are rejected with 400. Money and quantities are decimal"
                                + " strings in responses. POST /api/v1/orders takes an optional Idempotency-Key header"
                                + " (per user, kept 24 h): the same key and body replay the first order (201,"
                                + " Idempotent-Replayed: true), another body is 422 idempotency_key_reused, a first"
                                + " request still running is 409 idempotency_in_progress; a failed request stores"
                                + " nothing and may be retried with its key. An order on a symbol that cannot be"
                                + " traded is 422 symbol_not_tradable.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> announceUrls() {
        return event -> {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
                String base = "http://localhost:" + web.getWebServer().getPort();
                log.info("TradeDesk is up: API {}/api/v1, docs {}/docs, OpenAPI {}/v3/api-docs, health {}/actuator/health",
                        base, base, base, base);
            }
        };
    }
}
