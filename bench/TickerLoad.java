import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ticker fan-out load (bench/run, figure 5): opens {@code connections} WebSockets to
 * {@code /ws/ticker} with the JDK client (a few shared {@link HttpClient}s on a small fixed thread pool, no
 * thread per connection), authenticated with bearer tokens used round robin, each subscribing to
 * {@code perConnection} of the symbols: connection i follows symbols i, i + s, i + 2s, ... (mod the symbol
 * count, s = symbols / perConnection), so every symbol has the same number of followers.
 *
 * <p>Heap: before connecting and once every connection is subscribed it asks {@code jcmd <pid>
 * GC.class_histogram} (a full GC first, so live objects only) and reports the difference per
 * connection and the classes that grew most. Then, after {@code warmup} seconds, it counts
 * {@code ticker} messages received in each of {@code runs} windows of {@code seconds}, and the
 * tick-to-client latency of each: the wall clock at receipt minus the message's {@code ts} (the upstream
 * event time {@code E}, stamped by the fake Binance when it sent the tick; milliseconds, same machine),
 * along with the CPU used by the service ({@code /proc/<pid>/stat}) and by this generator per message.
 *
 * <p>{@code java bench/TickerLoad.java <ws url> <tokens file> <connections> <symbols a,b,..> <per connection>
 * <service pid> <warmup s> <runs> <seconds> <out dir> <clk_tck>}; prints {@code CONNECTED ...}, {@code HEAP ...},
 * {@code RUN ...} and {@code CLOSED ...} lines.
 */
public class TickerLoad {

    static final int MAX_MS = 60_000;

    /** Per receiving thread: counts and latency histograms (1 ms buckets) of each window. */
    static final class Tally {
        final long[][] histogram;
        final long[] messages;

        Tally(int windows) {
            histogram = new long[windows][MAX_MS + 1];
            messages = new long[windows];
        }
    }

    static final List<Tally> TALLIES = new CopyOnWriteArrayList<>();
    static int WINDOWS;
    static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(() -> {
        Tally tally = new Tally(WINDOWS);
        TALLIES.add(tally);
        return tally;
    });
    /** The window being measured (warm-up is window 0), or -1. */
    static volatile int window = -1;

    static final AtomicLong tickersTotal = new AtomicLong();
    static final AtomicInteger subscribed = new AtomicInteger();
    static final AtomicInteger handshakeFailures = new AtomicInteger();
    static final AtomicInteger errorMessages = new AtomicInteger();
    static final AtomicInteger transportErrors = new AtomicInteger();
    static final Map<Integer, AtomicInteger> closesByCode = new ConcurrentHashMap<>();
    static final List<String> samples = new CopyOnWriteArrayList<>();
    static volatile CountDownLatch allSubscribed;

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank())
                .map(s -> s.split(" ")[0]).toList();
        int connections = Integer.parseInt(args[2]);
        List<String> symbols = List.of(args[3].split(","));
        int perConnection = Integer.parseInt(args[4]);
        long pid = Long.parseLong(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int runs = Integer.parseInt(args[7]);
        int seconds = Integer.parseInt(args[8]);
        Path out = Path.of(args[9]);
        long clkTck = Long.parseLong(args[10]);
        WINDOWS = runs + 1;
        int stride = Math.max(1, symbols.size() / perConnection);

        Map<String, Long> before = histogram(pid, out.resolve("ticker-histogram-before.txt"));

        // a small fixed pool runs every client's callbacks; each client has one selector thread
        int clientCount = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(clientCount * 2, daemon("ticker-load"));
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(10)).build());
        }
        allSubscribed = new CountDownLatch(connections);
        List<WebSocket> sockets = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(64);
        long t0 = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            List<String> follows = new ArrayList<>();
            for (int k = 0; k < perConnection; k++) {
                follows.add(symbols.get((i + k * stride) % symbols.size()));
            }
            String subscribe = "{\"op\":\"subscribe\",\"symbols\":[\"" + String.join("\",\"", follows) + "\"]}";
            inFlight.acquire();
            clients.get(i % clientCount).newWebSocketBuilder()
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(uri, new Client())
                    .whenComplete((ws, failure) -> {
                        inFlight.release();
                        if (failure != null) {
                            handshakeFailures.incrementAndGet();
                            allSubscribed.countDown();
                            if (samples.size() < 5) {
                                samples.add("handshake: " + failure);
                            }
                            return;
                        }
                        sockets.add(ws);
                        ws.sendText(subscribe, true);
                    });
        }
        boolean complete = allSubscribed.await(180, TimeUnit.SECONDS);
        long connectMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("CONNECTED connections=%d subscribed=%d handshake_failures=%d complete=%s connect_ms=%d%n",
                connections, subscribed.get(), handshakeFailures.get(), complete, connectMs);
        System.out.flush();

        Map<String, Long> after = histogram(pid, out.resolve("ticker-histogram-after.txt"));
        long delta = after.get("Total") - before.get("Total");
        int open = subscribed.get();
        System.out.printf("HEAP before_bytes=%d after_bytes=%d per_subscriber_bytes=%d%n", before.get("Total"),
                after.get("Total"), open > 0 ? delta / open : -1);
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            if (!e.getKey().equals("Total")) {
                grown.add(Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)));
            }
        }
        grown.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        StringBuilder top = new StringBuilder();
        for (Map.Entry<String, Long> e : grown.subList(0, Math.min(15, grown.size()))) {
            top.append(String.format("HEAPCLASS %s bytes_per_subscriber=%d%n", e.getKey(),
                    open > 0 ? e.getValue() / open : -1));
        }
        System.out.print(top);
        System.out.flush();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        window = 0;
        Thread.sleep(warmup * 1000L);
        long expected = (long) open * perConnection; // followed symbols; times ticks per symbol per second
        for (int r = 1; r <= runs; r++) {
            long serviceCpu0 = serviceCpuTicks(pid);
            long ownCpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            window = r;
            Thread.sleep(seconds * 1000L);
            window = -1;
            double elapsed = (System.nanoTime() - start) / 1e9;
            long serviceCpu1 = serviceCpuTicks(pid);
            long ownCpu1 = os.getProcessCpuTime();
            Thread.sleep(200); // messages being counted when the window closed
            long messages = 0;
            long[] merged = new long[MAX_MS + 1];
            for (Tally tally : TALLIES) {
                messages += tally.messages[r];
                for (int ms = 0; ms <= MAX_MS; ms++) {
                    merged[ms] += tally.histogram[r][ms];
                }
            }
            double serviceCpuMs = (serviceCpu1 - serviceCpu0) * 1000.0 / clkTck;
            double ownCpuMs = (ownCpu1 - ownCpu0) / 1e6;
            System.out.printf(java.util.Locale.ROOT,
                    "RUN run=%d msgs_per_s=%.0f followed_symbols=%d p50_ms=%d p99_ms=%d p999_ms=%d max_ms=%d"
                            + " service_cpu_us_per_msg=%.2f load_cpu_us_per_msg=%.2f service_cores=%.2f load_cores=%.2f%n",
                    r, messages / elapsed, expected, percentile(merged, messages, 0.50),
                    percentile(merged, messages, 0.99), percentile(merged, messages, 0.999),
                    percentile(merged, messages, 1.0), messages > 0 ? serviceCpuMs * 1000 / messages : 0,
                    messages > 0 ? ownCpuMs * 1000 / messages : 0, serviceCpuMs / 1000 / elapsed,
                    ownCpuMs / 1000 / elapsed);
            System.out.flush();
            window = r < runs ? 0 : -1;
        }

        int stillOpen = 0;
        for (WebSocket ws : sockets) {
            if (!ws.isOutputClosed() && !ws.isInputClosed()) {
                stillOpen++;
            }
        }
        StringBuilder closes = new StringBuilder();
        new java.util.TreeMap<>(closesByCode).forEach((code, count) ->
                closes.append(closes.length() == 0 ? "" : ",").append(count.get()).append("x").append(code));
        System.out.printf("CLOSED open_at_end=%d closed_by_server=%s transport_errors=%d error_messages=%d samples=%s%n",
                stillOpen, closes.length() == 0 ? "none" : closes, transportErrors.get(), errorMessages.get(), samples);
        System.out.flush();
        for (WebSocket ws : sockets) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
        Thread.sleep(1000);
        for (WebSocket ws : sockets) {
            ws.abort();
        }
        pool.shutdownNow();
        System.exit(0);
    }

    static long percentile(long[] histogram, long count, double q) {
        if (count == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int ms = 0; ms < histogram.length; ms++) {
            seen += histogram[ms];
            if (seen >= rank) {
                return ms;
            }
        }
        return MAX_MS;
    }

    /** One connection's listener: counts tickers and their latency, notes replies, errors and closes. */
    static final class Client implements WebSocket.Listener {
        private StringBuilder partial;
        private boolean subscribedOnce;

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            if (!last || partial != null) {
                if (partial == null) {
                    partial = new StringBuilder();
                }
                partial.append(data);
                if (!last) {
                    ws.request(1);
                    return null;
                }
                data = partial;
                partial = null;
            }
            String text = data.toString();
            if (text.startsWith("{\"type\":\"ticker\"")) {
                tickersTotal.incrementAndGet();
                int w = window;
                if (w >= 0) {
                    Tally tally = TALLY.get();
                    tally.messages[w]++;
                    int at = text.indexOf("\"ts\":\"");
                    if (at >= 0) {
                        int from = at + 6;
                        long ts = Instant.parse(text.substring(from, text.indexOf('"', from))).toEpochMilli();
                        tally.histogram[w][(int) Math.max(0, Math.min(MAX_MS, now - ts))]++;
                    }
                }
            } else if (text.startsWith("{\"type\":\"subscribed\"")) {
                if (!subscribedOnce) {
                    subscribedOnce = true;
                    subscribed.incrementAndGet();
                    allSubscribed.countDown();
                }
            } else if (text.startsWith("{\"type\":\"error\"")) {
                errorMessages.incrementAndGet();
                if (samples.size() < 5) {
                    samples.add(text);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closesByCode.computeIfAbsent(statusCode, code -> new AtomicInteger()).incrementAndGet();
            if (!subscribedOnce) {
                subscribedOnce = true;
                allSubscribed.countDown();
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            transportErrors.incrementAndGet();
            if (samples.size() < 5) {
                samples.add("transport: " + error);
            }
            if (!subscribedOnce) {
                subscribedOnce = true;
                allSubscribed.countDown();
            }
        }
    }

    /** {@code jcmd <pid> GC.class_histogram} (live objects after a full GC): bytes per class, and "Total". */
    static Map<String, Long> histogram(long pid, Path save) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Files.writeString(save, output);
        Map<String, Long> bytes = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
            } else if (f.length >= 3 && f[0].equals("Total")) {
                bytes.put("Total", Long.parseLong(f[2]));
            }
        }
        if (!bytes.containsKey("Total")) {
            throw new IllegalStateException("no class histogram from jcmd " + pid + ": " + output);
        }
        return bytes;
    }

    static long serviceCpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
