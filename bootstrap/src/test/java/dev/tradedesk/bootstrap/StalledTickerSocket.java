package dev.tradedesk.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client that can stop reading: a plain TCP socket with a small receive buffer, the RFC 6455
 * handshake and masked text frames written by hand, and then no reads at all until {@link #readUntil} or
 * {@link #drainToEnd}, so the server's sends really block in TCP, as with a stuck or overwhelmed client.
 */
final class StalledTickerSocket implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Socket socket = new Socket();
    private java.io.DataInputStream frames;

    StalledTickerSocket(int port, String accessToken) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String request = "GET /ws/ticker HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\nAuthorization: Bearer " + accessToken + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + head);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the handshake: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Writes one masked text frame, as a client must. */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        OutputStream out = socket.getOutputStream();
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        }
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    /**
     * Starts reading again: reads frames until a text frame matches {@code test}; returns how many text
     * frames were read, or -1 if none matched before the end of the stream or {@code timeoutMillis}.
     */
    int readUntil(java.util.function.Predicate<String> test, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        if (frames == null) {
            frames = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
        }
        java.io.DataInputStream in = frames;
        int texts = 0;
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[Math.toIntExact(length)];
                in.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == 0x8) {
                    return -1; // closed by the server
                }
                if (opcode == 0x1) {
                    texts++;
                    if (test.test(new String(payload, StandardCharsets.UTF_8))) {
                        return texts;
                    }
                }
            }
        } catch (SocketTimeoutException | java.io.EOFException e) {
            return -1;
        }
    }

    /**
     * Reads everything the server had queued, to the end of the stream; true if the server closed the
     * connection (end of stream or reset) within {@code timeoutMillis}.
     */
    boolean drainToEnd(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = frames != null ? frames : socket.getInputStream();
            while (in.read(buffer) >= 0) {
                // discard
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
