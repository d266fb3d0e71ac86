package dev.tradedesk.adapter.binance.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The WebSocket side of {@link FakeBinanceServer}: Binance's combined stream at
 * {@code /stream?streams=a/b/c} on its own port, on Java-WebSocket. Sending is asynchronous (the library
 * queues every frame per connection), so publishing never waits for a slow client.
 */
final class FakeStreamServer extends WebSocketServer {

    /** Per-connection state, attached to the library's connection. */
    static final class Peer {
        final Set<String> streams;
        volatile boolean stalled;

        Peer(Set<String> streams) {
            this.streams = streams;
        }
    }

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final List<Set<String>> subscriptions = new CopyOnWriteArrayList<>();
    private final List<String> pongs = new CopyOnWriteArrayList<>();
    private final List<String> clientMessages = new CopyOnWriteArrayList<>();
    private final AtomicInteger totalConnections = new AtomicInteger();
    private final AtomicInteger refusedHandshakes = new AtomicInteger();
    private final AtomicLong pingSequence = new AtomicLong();
    private FakeStreamFront front;

    FakeStreamServer() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
        setDaemon(true);
        // pings only when a test asks for them (pingAll)
        setConnectionLostTimeout(0);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake stream server did not start");
            }
            front = new FakeStreamFront(new InetSocketAddress(InetAddress.getLoopbackAddress(), getPort()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The front's address: clients connect there, never to the Java-WebSocket port behind it. */
    URI url() {
        return URI.create("ws://127.0.0.1:" + front.port());
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
            ClientHandshake request) throws InvalidDataException {
        if (streams(request.getResourceDescriptor()) == null) {
            refusedHandshakes.incrementAndGet();
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "not /stream?streams=...");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    /** The streams of {@code /stream?streams=a/b/c}, or null for another path. */
    static Set<String> streams(String resource) {
        if (resource == null || !resource.startsWith("/stream?")) {
            return null;
        }
        for (String pair : resource.substring("/stream?".length()).split("&")) {
            if (pair.startsWith("streams=")) {
                String value = URLDecoder.decode(pair.substring("streams=".length()), StandardCharsets.UTF_8);
                if (value.isEmpty()) {
                    return null;
                }
                return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(value.split("/"))));
            }
        }
        return null;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Set<String> streams = streams(handshake.getResourceDescriptor());
        conn.setAttachment(new Peer(streams));
        totalConnections.incrementAndGet();
        subscriptions.add(streams);
        open.add(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        open.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        clientMessages.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a dropped client; nothing to do
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onWebsocketPong(WebSocket conn, Framedata frame) {
        ByteBuffer payload = frame.getPayloadData();
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        pongs.add(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Sends {@code text} to every open, not stalled connection subscribed to {@code stream}; how many. */
    int publish(String stream, String text) {
        int sent = 0;
        for (WebSocket conn : open) {
            Peer peer = conn.getAttachment();
            if (peer != null && !peer.stalled && peer.streams.contains(stream) && send(conn, text)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends {@code text} to every open, not stalled connection; how many. */
    int sendToAll(String text) {
        int sent = 0;
        for (WebSocket conn : open) {
            Peer peer = conn.getAttachment();
            if (peer != null && !peer.stalled && send(conn, text)) {
                sent++;
            }
        }
        return sent;
    }

    private static boolean send(WebSocket conn, String text) {
        try {
            conn.send(text);
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        }
    }

    /** Pings every open, not stalled connection with payloads {@code ping-1}, {@code ping-2}...; the payloads. */
    List<String> pingAll() {
        List<String> sent = new ArrayList<>();
        for (WebSocket conn : open) {
            Peer peer = conn.getAttachment();
            if (peer == null || peer.stalled) {
                continue;
            }
            String payload = "ping-" + pingSequence.incrementAndGet();
            org.java_websocket.framing.PingFrame ping = new org.java_websocket.framing.PingFrame();
            ping.setPayload(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8)));
            try {
                conn.sendFrame(ping);
                sent.add(payload);
            } catch (WebsocketNotConnectedException e) {
                // closed meanwhile
            }
        }
        return sent;
    }

    /** Closes every connection's TCP socket without a close frame. */
    int dropAll() {
        int dropped = 0;
        for (WebSocket conn : open) {
            // closing a channel registered with a selector is deferred to the selector's next wake-up, which
            // may never come on an idle server: end the TCP stream now, then let the library clean up
            if (conn instanceof WebSocketImpl impl && impl.getChannel() instanceof SocketChannel channel) {
                try {
                    channel.shutdownOutput();
                } catch (IOException e) {
                    // already gone
                }
            }
            conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by fault injection");
            dropped++;
        }
        return dropped;
    }

    /** Closes every connection with a close frame. */
    int closeAll(int code, String reason) {
        int closed = 0;
        for (WebSocket conn : open) {
            conn.close(code, reason);
            closed++;
        }
        return closed;
    }

    /** Stops sending anything (data and pings) on the connections open now; new ones are not affected. */
    int stallAll() {
        int stalled = 0;
        for (WebSocket conn : open) {
            Peer peer = conn.getAttachment();
            if (peer != null) {
                peer.stalled = true;
                stalled++;
            }
        }
        return stalled;
    }

    void refuseNext(int count, int status, String retryAfter) {
        front.refuseNext(count, status, retryAfter);
    }

    void refuseFor(Duration duration, int status, String retryAfter) {
        front.refuseFor(duration, status, retryAfter);
    }

    void stopRefusing() {
        front.stopRefusing();
    }

    int openConnections() {
        return open.size();
    }

    int totalConnections() {
        return totalConnections.get();
    }

    int refusedHandshakes() {
        return refusedHandshakes.get() + front.refused();
    }

    List<Set<String>> subscriptions() {
        return List.copyOf(subscriptions);
    }

    List<Set<String>> openSubscriptions() {
        List<Set<String>> result = new ArrayList<>();
        for (WebSocket conn : open) {
            Peer peer = conn.getAttachment();
            if (peer != null) {
                result.add(peer.streams);
            }
        }
        return result;
    }

    List<String> pongs() {
        return List.copyOf(pongs);
    }

    List<String> clientMessages() {
        return List.copyOf(clientMessages);
    }

    void shutDown() {
        if (front != null) {
            front.close();
        }
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
