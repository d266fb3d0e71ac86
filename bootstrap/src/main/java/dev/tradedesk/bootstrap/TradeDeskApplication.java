package dev.tradedesk.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The TradeDesk service, or one of its operator {@link Commands}. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class TradeDeskApplication {

    public static void main(String[] args) {
        var servers = LocalServers.properties(System.getenv());
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args, servers, System.getenv(), System.in, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(TradeDeskApplication.class);
        application.setDefaultProperties(servers);
        application.run(args);
    }
}
