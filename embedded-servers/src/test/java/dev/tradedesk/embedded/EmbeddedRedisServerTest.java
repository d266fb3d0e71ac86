package dev.tradedesk.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class EmbeddedRedisServerTest {

    @Test
    void answersOnItsPortUntilClosed() throws IOException {
        EmbeddedRedisServer server = EmbeddedRedisServer.start();
        try {
            assertThat(server.url()).isEqualTo("redis://127.0.0.1:" + server.port());
            try (Socket socket = new Socket(server.host(), server.port())) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
                OutputStream out = socket.getOutputStream();

                assertThat(send(out, in, "PING")).isEqualTo("+PONG");
                assertThat(send(out, in, "SET tradedesk:greeting hello")).isEqualTo("+OK");
                assertThat(send(out, in, "GET tradedesk:greeting")).isEqualTo("$5");
                assertThat(in.readLine()).isEqualTo("hello");
                // nothing is kept on disk
                assertThat(send(out, in, "CONFIG GET appendonly")).isEqualTo("*2");
                assertThat(in.readLine()).isEqualTo("$10");
                assertThat(in.readLine()).isEqualTo("appendonly");
                assertThat(in.readLine()).isEqualTo("$2");
                assertThat(in.readLine()).isEqualTo("no");
                assertThat(send(out, in, "CONFIG GET save")).isEqualTo("*2");
                assertThat(in.readLine()).isEqualTo("$4");
                assertThat(in.readLine()).isEqualTo("save");
                assertThat(in.readLine()).isEqualTo("$0");
            }
        } finally {
            server.close();
        }
        server.close(); // closing twice is harmless

        assertThatThrownBy(() -> new Socket(server.host(), server.port()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void twoServersGetTwoPorts() {
        try (EmbeddedRedisServer first = EmbeddedRedisServer.start();
             EmbeddedRedisServer second = EmbeddedRedisServer.start()) {
            assertThat(first.port()).isNotEqualTo(second.port());
        }
    }

    /** Sends an inline command and returns the first line of the reply. */
    private static String send(OutputStream out, BufferedReader in, String command) throws IOException {
        out.write((command + "\r\n").getBytes(UTF_8));
        out.flush();
        return in.readLine();
    }
}
