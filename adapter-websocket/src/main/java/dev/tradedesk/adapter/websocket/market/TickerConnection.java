package dev.tradedesk.adapter.websocket.market;

import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.domain.market.Symbol;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber: what it follows, what waits to be sent to it, and its inbound limits.
 *
 * <p><b>Outbox.</b> Ticker updates wait in a map keyed by symbol, so a newer update replaces an unsent
 * older one (conflation) and the outbox never holds more than one update per followed symbol. Replies
 * (subscribed, pong, error) wait in a short queue and go first; more than {@code maxQueuedReplies} of
 * them means the client sends but does not read, and it is dropped. At most one send is in progress
 * per connection: whoever finds the connection idle ({@link #sendingSince} is 0) starts the next send,
 * and the send's completion starts the one after, so no thread ever waits for a slow reader.
 *
 * <p><b>Inbound.</b> The container delivers one client message at a time per connection, so the
 * rate and violation counters need no synchronisation.
 */
final class TickerConnection {

    /** A serialized update for one symbol; {@code receivedNanos} is 0 for a snapshot (not a live tick). */
    record Update(Symbol symbol, String text, long receivedNanos) {
    }

    private final TickerTransport transport;
    private final AccessGrant grant;
    private final TickerHub hub;
    private final int maxQueuedReplies;

    private final Set<Symbol> symbols = ConcurrentHashMap.newKeySet(4);
    private final ConcurrentHashMap<Symbol, Update> pending = new ConcurrentHashMap<>(4);
    private final Queue<String> replies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedReplies = new AtomicInteger();
    /** 0 when no send is in progress, else (odd) System.nanoTime() of its start. */
    private final AtomicLong sendingSince = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();

    /** Owned by whoever holds {@link #sendingSince}: the symbols of the current round, sent one by one. */
    private Symbol[] round;
    private int roundIndex;

    private volatile long lastHeardNanos;
    private volatile long pingedAtNanos;
    private volatile boolean pingQueued;

    /** Inbound thread only: the parts so far of a client message that arrives in several. */
    private StringBuilder partialMessage;
    private long rateWindowStart;
    private int rateCount;
    private long violationWindowStart;
    private int violations;

    TickerConnection(TickerTransport transport, AccessGrant grant, TickerHub hub, int maxQueuedReplies, long nowNanos) {
        this.transport = transport;
        this.grant = grant;
        this.hub = hub;
        this.maxQueuedReplies = maxQueuedReplies;
        this.lastHeardNanos = nowNanos;
        this.pingedAtNanos = nowNanos;
        this.rateWindowStart = nowNanos;
        this.violationWindowStart = nowNanos;
    }

    AccessGrant grant() {
        return grant;
    }

    TickerTransport transport() {
        return transport;
    }

    // ---- subscriptions (changed by the inbound thread, read by the hub) ----

    boolean follows(Symbol symbol) {
        return symbols.contains(symbol);
    }

    int followedCount() {
        return symbols.size();
    }

    boolean follow(Symbol symbol) {
        return symbols.add(symbol);
    }

    boolean unfollow(Symbol symbol) {
        boolean removed = symbols.remove(symbol);
        pending.remove(symbol);
        return removed;
    }

    List<Symbol> followed() {
        return List.copyOf(symbols);
    }

    // ---- outbox ----

    /** Queues {@code update}, replacing an unsent one of the same symbol; returns at once. */
    void offer(Update update) {
        if (closing.get()) {
            return;
        }
        if (pending.put(update.symbol(), update) != null) {
            hub.metrics().conflated();
        }
        if (!symbols.contains(update.symbol())) {
            pending.remove(update.symbol()); // unsubscribed meanwhile
        }
        pump();
    }

    /** Queues a reply ahead of ticker updates; a client that lets replies pile up is dropped. */
    void reply(String text) {
        if (closing.get()) {
            return;
        }
        if (queuedReplies.incrementAndGet() > maxQueuedReplies) {
            hub.drop(this, CloseCause.SLOW_CONSUMER);
            return;
        }
        replies.add(text);
        pump();
    }

    /** Whether the send in progress started more than {@code timeoutNanos} ago. */
    boolean stalled(long nowNanos, long timeoutNanos) {
        long since = sendingSince.get();
        return since != 0 && nowNanos - since > timeoutNanos;
    }

    private void pump() {
        while (!closing.get()) {
            long start = System.nanoTime() | 1L;
            if (!sendingSince.compareAndSet(0L, start)) {
                return; // a send is in progress; its completion sends what is queued now
            }
            String text;
            long receivedNanos = 0L;
            String reply = replies.poll();
            if (reply != null) {
                queuedReplies.decrementAndGet();
                text = reply;
            } else {
                Update update = nextUpdate();
                if (update == null) {
                    sendingSince.set(0L);
                    if (replies.isEmpty() && pending.isEmpty()) {
                        return;
                    }
                    continue; // something arrived between the check and the release
                }
                text = update.text();
                receivedNanos = update.receivedNanos();
            }
            long tickNanos = receivedNanos;
            transport.send(text, failure -> sent(tickNanos, failure));
            return;
        }
    }

    /** Round robin over the symbols with pending updates, so a busy symbol cannot starve a quiet one. */
    private Update nextUpdate() {
        while (true) {
            if (round == null || roundIndex == round.length) {
                if (pending.isEmpty()) {
                    round = null;
                    return null;
                }
                round = pending.keySet().toArray(new Symbol[0]);
                roundIndex = 0;
            }
            Update update = pending.remove(round[roundIndex++]);
            if (update != null) {
                return update;
            }
        }
    }

    private void sent(long receivedNanos, Throwable failure) {
        if (failure != null) {
            hub.sendFailed(this, failure);
            return;
        }
        long now = System.nanoTime();
        hub.metrics().sent();
        if (receivedNanos != 0L) {
            hub.metrics().tickDelivered(receivedNanos, now);
        }
        sendingSince.set(0L);
        pump();
    }

    /** @return true the first time only: the caller closes the connection. */
    boolean markClosing() {
        return closing.compareAndSet(false, true);
    }

    boolean isClosing() {
        return closing.get();
    }

    // ---- liveness ----

    void heard(long nowNanos) {
        lastHeardNanos = nowNanos;
    }

    long lastHeardNanos() {
        return lastHeardNanos;
    }

    long pingedAtNanos() {
        return pingedAtNanos;
    }

    void pinged(long nowNanos) {
        pingedAtNanos = nowNanos;
    }

    /** Whether a ping is waiting for the control pool (its pong timeout has not started). */
    boolean pingQueued() {
        return pingQueued;
    }

    void pingQueued(boolean queued) {
        pingQueued = queued;
    }

    // ---- inbound limits (inbound thread only) ----

    /** What {@link #messagePart} returns when the parts exceed the limit (compared by identity). */
    static final String TOO_BIG = new String("too big");

    /**
     * Adds a part of a client message (the container hands over a message longer than its buffer in
     * parts).
     *
     * @return the whole message after its last part; null while parts are due; {@link #TOO_BIG} when the
     *         parts so far have more than {@code maxChars} chars (so more than that many UTF-8 bytes)
     */
    String messagePart(String part, boolean last, int maxChars) {
        if (last && partialMessage == null) {
            return part;
        }
        if (partialMessage == null) {
            partialMessage = new StringBuilder(Math.min(maxChars, part.length() * 2));
        }
        if (partialMessage.length() + part.length() > maxChars) {
            partialMessage = null;
            return TOO_BIG;
        }
        partialMessage.append(part);
        if (!last) {
            return null;
        }
        String whole = partialMessage.toString();
        partialMessage = null;
        return whole;
    }

    /**
     * Counts a client message against the per-second allowance.
     *
     * @return 0 when admitted, else how many messages over the allowance this one is in its second
     */
    int overRate(long nowNanos, int perSecond) {
        if (nowNanos - rateWindowStart >= 1_000_000_000L) {
            rateWindowStart = nowNanos;
            rateCount = 0;
        }
        rateCount++;
        return Math.max(0, rateCount - perSecond);
    }

    /** Counts a broken limit or invalid message; true when there were more than {@code max} in the window. */
    boolean violation(long nowNanos, long windowNanos, int max) {
        if (nowNanos - violationWindowStart >= windowNanos) {
            violationWindowStart = nowNanos;
            violations = 0;
        }
        return ++violations > max;
    }
}
