package dev.tradedesk.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The TradeDesk service. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class TradeDeskApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TradeDeskApplication.class);
        application.setDefaultProperties(LocalServers.properties(System.getenv()));
        application.run(args);
    }
}
