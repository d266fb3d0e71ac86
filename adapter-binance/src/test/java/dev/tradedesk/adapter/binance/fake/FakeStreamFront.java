package dev.tradedesk.adapter.binance.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The TCP front of the fake stream server: it passes every connection through, byte for byte, to the
 * Java-WebSocket server behind it, unless handshakes are being refused, in which case it reads the
 * upgrade request and answers it with the refusal's HTTP status (and {@code Retry-After}, if set) the
 * way a gateway does, which Java-WebSocket itself cannot (it only knows 404 and 500).
 */
final class FakeStreamFront {

    /** The answer to a refused handshake. */
    private record Refusal(int status, String retryAfter) {
    }

    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-binance-stream-front");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile long refuseUntilNanos;
    private volatile boolean refuseUntilSet;
    private volatile Refusal refusal = new Refusal(503, null);
    private volatile boolean closed;

    FakeStreamFront(InetSocketAddress backend) throws IOException {
        this.backend = backend;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    void refuseNext(int count, int status, String retryAfter) {
        refusal = new Refusal(status, retryAfter);
        refuseNext.set(count);
    }

    void refuseFor(Duration duration, int status, String retryAfter) {
        refusal = new Refusal(status, retryAfter);
        refuseUntilNanos = System.nanoTime() + duration.toNanos();
        refuseUntilSet = true;
    }

    void stopRefusing() {
        refuseNext.set(0);
        refuseUntilSet = false;
    }

    int refused() {
        return refused.get();
    }

    private boolean refuseThisOne() {
        return refuseNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0
                || (refuseUntilSet && System.nanoTime() - refuseUntilNanos < 0);
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            sockets.add(client);
            boolean refuse = refuseThisOne();
            threads.execute(() -> {
                if (refuse) {
                    refuse(client);
                } else {
                    pass(client);
                }
            });
        }
    }

    private void refuse(Socket client) {
        try (client) {
            client.setSoTimeout(5000);
            readRequestHead(client.getInputStream());
            Refusal how = refusal;
            StringBuilder response = new StringBuilder("HTTP/1.1 ").append(how.status()).append(' ')
                    .append(how.status() == 429 ? "Too Many Requests" : how.status() == 418 ? "I'm a teapot"
                            : how.status() == 503 ? "Service Unavailable" : "Refused")
                    .append("\r\nContent-Length: 0\r\nConnection: close\r\n");
            if (how.retryAfter() != null) {
                response.append("Retry-After: ").append(how.retryAfter()).append("\r\n");
            }
            response.append("\r\n");
            OutputStream out = client.getOutputStream();
            out.write(response.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            client.shutdownOutput();
            refused.incrementAndGet();
        } catch (IOException e) {
            // the client went away
        } finally {
            sockets.remove(client);
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && head.size() < 16_384) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private void pass(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(backend, 5000);
        } catch (IOException e) {
            close(client);
            close(server);
            return;
        }
        sockets.add(server);
        AtomicInteger ended = new AtomicInteger();
        threads.execute(() -> pump(server, client, ended));
        pump(client, server, ended);
    }

    /**
     * Copies {@code from} to {@code to} until the end of {@code from}, then ends {@code to}'s output; the
     * second direction to end closes both sockets. A reset closes both at once.
     */
    private void pump(Socket from, Socket to, AtomicInteger ended) {
        byte[] buffer = new byte[16_384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            close(from);
            close(to);
            return;
        }
        if (ended.incrementAndGet() == 2) {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // closed
        }
    }

    void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closed
        }
        sockets.forEach(this::close);
        threads.shutdownNow();
    }
}
