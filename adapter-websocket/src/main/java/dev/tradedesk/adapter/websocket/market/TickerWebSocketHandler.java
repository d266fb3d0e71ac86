package dev.tradedesk.adapter.websocket.market;

import dev.tradedesk.application.sessions.port.in.AccessGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * Connects Spring's WebSocket sessions on {@code /ws/ticker} to the {@link TickerHub} and the {@link TickerProtocol}.
 *
 * <p>Client messages are taken in parts ({@link #supportsPartialMessages()}): the container's text buffer
 * then need not hold a whole message of the size limit for every connection all the time (Tomcat
 * allocates it per session, two bytes a char), only the rare message longer than that buffer is put
 * together here, and one whose parts exceed the limit closes the connection with 1009.
 */
public final class TickerWebSocketHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(TickerWebSocketHandler.class);
    private static final String CONNECTION = TickerConnection.class.getName();

    private final TickerHub hub;
    private final TickerProtocol protocol;

    public TickerWebSocketHandler(TickerHub hub, TickerProtocol protocol) {
        this.hub = hub;
        this.protocol = protocol;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        AccessGrant grant = (AccessGrant) session.getAttributes().remove(TickerHandshakeInterceptor.GRANT);
        if (grant == null || !(session instanceof NativeWebSocketSession nativeSession)) {
            throw new IllegalStateException("a ticker session without a grant or a native session");
        }
        var transport = new JakartaTickerTransport(nativeSession.getNativeSession(jakarta.websocket.Session.class),
                hub.settings().sendTimeout());
        session.getAttributes().put(CONNECTION, hub.connect(transport, grant));
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        TickerConnection connection = connection(session);
        if (connection == null || connection.isClosing()) {
            return;
        }
        String whole = connection.messagePart(message.getPayload(), message.isLast(), hub.settings().maxMessageBytes());
        if (whole == TickerConnection.TOO_BIG) {
            hub.drop(connection, CloseCause.MESSAGE_TOO_BIG);
        } else if (whole != null) {
            protocol.handle(connection, whole);
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        TickerConnection connection = connection(session);
        if (connection != null) {
            hub.drop(connection, CloseCause.BINARY);
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        TickerConnection connection = connection(session);
        if (connection != null) {
            connection.heard(System.nanoTime());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("ticker transport error: {}", exception.toString());
        disconnect(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        disconnect(session);
    }

    private void disconnect(WebSocketSession session) {
        TickerConnection connection = connection(session);
        if (connection != null) {
            hub.disconnected(connection);
        }
    }

    private static TickerConnection connection(WebSocketSession session) {
        return (TickerConnection) session.getAttributes().get(CONNECTION);
    }
}
