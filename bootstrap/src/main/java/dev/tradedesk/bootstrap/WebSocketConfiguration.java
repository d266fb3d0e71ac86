package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.websocket.market.TickerHandshakeInterceptor;
import dev.tradedesk.adapter.websocket.market.TickerHub;
import dev.tradedesk.adapter.websocket.market.TickerMetrics;
import dev.tradedesk.adapter.websocket.market.TickerProtocol;
import dev.tradedesk.adapter.websocket.market.TickerSettings;
import dev.tradedesk.adapter.websocket.market.TickerWebSocketHandler;
import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.sessions.port.in.AccessGrantQuery;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * adapter-websocket: the live ticker on {@code /ws/ticker}, its hub and the container's WebSocket limits.
 * Only in the web application: the operator commands run without a servlet container.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSocket
class WebSocketConfiguration {

    static final String TICKER_PATH = "/ws/ticker";
    static final int TEXT_BUFFER_CHARS = 512;
    static final String TOMCAT_WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    private static final Logger log = LoggerFactory.getLogger(WebSocketConfiguration.class);

    @Bean
    TickerSettings tickerSettings(TickerProperties properties) {
        return properties.settings();
    }

    @Bean
    TickerMetrics tickerMetrics(MeterRegistry registry) {
        return new TickerMetrics(registry);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    TickerHub tickerHub(MarketQuery market, AccessGrantQuery grants, JsonMapper json, TickerSettings settings,
                        TickerMetrics metrics, Clock clock) {
        return new TickerHub(market, grants, json, settings, metrics, clock);
    }

    /**
     * On shutdown, closes the ticker's connections (1001) before the web server stops: this lifecycle has
     * the default phase, so it stops before the web server's graceful shutdown and stop phases. Waits up to
     * the send timeout plus a second for the close frames; a dead peer's close can take the send timeout.
     */
    @Bean
    SmartLifecycle tickerShutdown(TickerHub hub, TickerSettings settings) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                try {
                    if (!hub.closeConnections(settings.sendTimeout().plusSeconds(1))) {
                        log.warn("some ticker connections were still closing when the web server stopped");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    @Bean
    TickerWebSocketHandler tickerWebSocketHandler(TickerHub hub, MarketQuery market, JsonMapper json) {
        return new TickerWebSocketHandler(hub, new TickerProtocol(hub, market, json));
    }

    @Bean
    WebSocketConfigurer tickerEndpoint(TickerWebSocketHandler handler, AccessGrantQuery grants,
                                       TickerProperties properties) {
        return registry -> registry.addHandler(handler, TICKER_PATH)
                .addInterceptors(new TickerHandshakeInterceptor(grants))
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    /**
     * A fixed, small kernel send buffer per connection instead of the kernel's auto-tuning (up to
     * megabytes): a subscriber that stops reading holds up at most this much before its send blocks,
     * newer updates replace the waiting one, and the send timeout drops it. Also applies to HTTP
     * responses, which merely take more write calls when larger.
     *
     * <p>Tomcat's own read and write buffers of each connection ({@code socket.appReadBufSize},
     * {@code socket.appWriteBufSize}, 8 KiB each by default) live as long as the connection, so for a
     * WebSocket subscriber they are 16 KiB of heap each: smaller ones keep the memory per subscriber small
     * (bench/findings.md, figure 5). HTTP is unaffected beyond the number of reads and writes: a request's
     * header buffer is {@code maxHttpHeaderSize} plus this read buffer, and large responses are written
     * straight from the response buffer.
     */
    @Bean
    TomcatConnectorCustomizer tickerSocketBuffers(TickerProperties properties) {
        return connector -> {
            connector.setProperty("socket.txBufSize", String.valueOf(properties.socketSendBuffer().toBytes()));
            String appBuffer = String.valueOf(properties.socketAppBuffer().toBytes());
            connector.setProperty("socket.appReadBufSize", appBuffer);
            connector.setProperty("socket.appWriteBufSize", appBuffer);
        };
    }

    /**
     * Tomcat's WebSocket buffer size, a JVM-wide system property that Tomcat reads once, when its
     * WebSocket classes are first used: the frame input buffer and the output and encoder buffers of every
     * session (3 x 8 KiB by default). Set here because connector customizers run while the web server is
     * created, before Tomcat starts its WebSocket container; a value already given on the command line
     * ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=...}) wins.
     */
    @Bean
    TomcatConnectorCustomizer tickerContainerBuffer(TickerProperties properties) {
        return connector -> {
            String size = String.valueOf(properties.containerBuffer().toBytes());
            String given = System.getProperty(TOMCAT_WEBSOCKET_BUFFER_SIZE);
            if (given == null) {
                System.setProperty(TOMCAT_WEBSOCKET_BUFFER_SIZE, size);
            } else if (!given.equals(size)) {
                log.info("{}={} set on the command line; tradedesk.ticker.container-buffer ({}) not applied",
                        TOMCAT_WEBSOCKET_BUFFER_SIZE, given, size);
            }
        };
    }

    /**
     * The container's per-connection message buffers, small to keep the memory per subscriber small:
     * the text buffer ({@value #TEXT_BUFFER_CHARS} chars, two bytes each) is not the message limit, the
     * handler takes longer messages in parts and enforces the limit itself (close 1009); binary messages
     * close the connection anyway (1003), larger ones already by the container (1009).
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer(TickerSettings settings) {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(Math.min(TEXT_BUFFER_CHARS, settings.maxMessageBytes()));
        container.setMaxBinaryMessageBufferSize(1024);
        container.setAsyncSendTimeout(settings.sendTimeout().toMillis());
        return container;
    }
}
