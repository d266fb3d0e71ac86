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
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
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
     */
    @Bean
    TomcatConnectorCustomizer tickerSocketSendBuffer(TickerProperties properties) {
        return connector -> connector.setProperty("socket.txBufSize",
                String.valueOf(properties.socketSendBuffer().toBytes()));
    }

    /**
     * The container's per-connection buffers: client messages larger than the limit are refused by the
     * container itself (close 1009), and small buffers keep the memory per subscriber small.
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer(TickerSettings settings) {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(settings.maxMessageBytes());
        container.setMaxBinaryMessageBufferSize(1024);
        container.setAsyncSendTimeout(settings.sendTimeout().toMillis());
        return container;
    }
}
