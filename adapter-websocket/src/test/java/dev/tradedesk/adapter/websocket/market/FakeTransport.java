package dev.tradedesk.adapter.websocket.market;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A client connection in memory: completes each send at once, or, when paused, holds the send in
 * progress until {@link #resume()} (a reader that stopped reading). Records what was sent, pings and
 * the close.
 */
final class FakeTransport implements TickerTransport {

    private final List<String> sent = new ArrayList<>();
    private final List<String> senderThreads = new ArrayList<>();
    private final Deque<Consumer<Throwable>> held = new ArrayDeque<>();
    private boolean paused;
    private int pings;
    private Integer closeCode;
    private int sendsInProgress;
    private int maxSendsInProgress;

    @Override
    public void send(String text, Consumer<Throwable> whenDone) {
        boolean complete;
        synchronized (this) {
            sent.add(text);
            senderThreads.add(Thread.currentThread().getName());
            sendsInProgress++;
            maxSendsInProgress = Math.max(maxSendsInProgress, sendsInProgress);
            complete = !paused;
            if (!complete) {
                held.add(whenDone);
            } else {
                sendsInProgress--;
            }
        }
        if (complete) {
            whenDone.accept(null);
        }
    }

    synchronized void pause() {
        paused = true;
    }

    void resume() {
        Consumer<Throwable> pending;
        synchronized (this) {
            paused = false;
            pending = held.poll();
            if (pending != null) {
                sendsInProgress--;
            }
        }
        if (pending != null) {
            pending.accept(null);
        }
    }

    @Override
    public synchronized void ping() {
        pings++;
    }

    @Override
    public synchronized void close(int code, String reason) {
        closeCode = code;
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    /** The names of the threads that started each send, in order. */
    synchronized List<String> senderThreads() {
        return List.copyOf(senderThreads);
    }

    synchronized int pings() {
        return pings;
    }

    synchronized Integer closeCode() {
        return closeCode;
    }

    synchronized int maxSendsInProgress() {
        return maxSendsInProgress;
    }
}
