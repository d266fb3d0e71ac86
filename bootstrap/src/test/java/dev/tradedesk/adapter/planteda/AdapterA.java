package dev.tradedesk.adapter.planteda;

import dev.tradedesk.adapter.plantedb.AdapterB;
import dev.tradedesk.application.accounts.RegisterAccountService;
import dev.tradedesk.bootstrap.TradeDeskApplication;
import io.lettuce.core.RedisClient;
import java.net.http.HttpClient;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Planted violations for rules 2, 3, 5 and 6: an adapter that uses another adapter, bootstrap, an
 * application service, Spring Boot and @Configuration/@Bean, and the technologies of other modules.
 */
@Configuration
public class AdapterA {

    AdapterB other;
    RegisterAccountService service;
    TradeDeskApplication application;
    SpringApplication spring;
    RedisClient redis;
    JdbcClient jdbc;
    Argon2PasswordEncoder encoder;
    HttpClient http;

    @Bean
    String bean() {
        return "";
    }
}
