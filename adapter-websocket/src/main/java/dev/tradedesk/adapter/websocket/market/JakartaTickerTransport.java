package dev.tradedesk.adapter.websocket.market;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TickerTransport} over a Jakarta WebSocket session: text goes out through the asynchronous
 * remote with the send timeout; pings and close frames use the blocking remote, bounded by the same
 * timeout through Tomcat's {@code BLOCKING_SEND_TIMEOUT} session property.
 */
final class JakartaTickerTransport implements TickerTransport {

    private static final Logger log = LoggerFactory.getLogger(JakartaTickerTransport.class);
    /** Tomcat's per-session limit, in milliseconds, on blocking sends (pings, close frames). */
    static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final Session session;
    private final RemoteEndpoint.Async remote;

    JakartaTickerTransport(Session session, Duration sendTimeout) {
        this.session = session;
        this.remote = session.getAsyncRemote();
        this.remote.setSendTimeout(sendTimeout.toMillis());
        session.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, sendTimeout.toMillis());
    }

    @Override
    public void send(String text, Consumer<Throwable> whenDone) {
        try {
            remote.sendText(text, result -> whenDone.accept(result.isOK() ? null
                    : result.getException() != null ? result.getException() : new IOException("send failed")));
        } catch (RuntimeException e) {
            whenDone.accept(e);
        }
    }

    @Override
    public void ping() {
        try {
            remote.sendPing(EMPTY.duplicate());
        } catch (IOException | RuntimeException e) {
            log.debug("ping failed: {}", e.toString());
        }
    }

    @Override
    public void close(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("close failed: {}", e.toString());
        }
    }
}
