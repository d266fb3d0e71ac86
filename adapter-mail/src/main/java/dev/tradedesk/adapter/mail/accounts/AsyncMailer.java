package dev.tradedesk.adapter.mail.accounts;

import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.accounts.port.out.Mailer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through another {@link Mailer} on a few threads of its own, so that a request never waits for
 * the mail server: {@link #send} only queues. This keeps the answer time of "mail a code if the account
 * exists" the same whether it does or not, and a slow or unreachable server from holding request threads.
 *
 * <p>Delivery is best effort and at most once. A message that fails, or finds the bounded queue full, is
 * logged (recipient's domain and subject, never the text, which holds a code) and dropped: the user can
 * ask for a new code, and {@link #send} never reports anything that depends on the recipient. On
 * {@link #close()} the queue is drained for a grace period, then whatever is left is dropped and logged.
 */
public final class AsyncMailer implements Mailer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AsyncMailer.class);

    private final Mailer delegate;
    private final ThreadPoolExecutor executor;
    private final Duration closeGrace;

    /**
     * @param threads       messages sent at the same time
     * @param queueCapacity messages that may wait; more are dropped
     * @param closeGrace    how long {@link #close()} waits for queued messages
     */
    public AsyncMailer(Mailer delegate, int threads, int queueCapacity, Duration closeGrace) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("need at least one thread and room for one message");
        }
        this.delegate = delegate;
        this.closeGrace = closeGrace;
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), new SenderThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void send(MailMessage message) {
        try {
            executor.execute(() -> deliver(message));
        } catch (RejectedExecutionException e) {
            log.error("mail not sent: the queue is full or closed ({} waiting); dropped mail to a mailbox at {}, subject \"{}\"",
                    executor.getQueue().size(), domainOf(message), message.subject());
        }
    }

    private void deliver(MailMessage message) {
        try {
            delegate.send(message);
        } catch (RuntimeException e) {
            log.error("mail not sent to a mailbox at {}, subject \"{}\": {}", domainOf(message), message.subject(),
                    e.toString());
        }
    }

    /** Messages queued and not yet being sent. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Stops taking messages and sends what is queued, for at most the grace period. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(closeGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                List<Runnable> dropped = executor.shutdownNow();
                log.error("mail queue not drained within {}: {} mails dropped", closeGrace, dropped.size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static String domainOf(MailMessage message) {
        String to = message.to().value();
        return to.substring(to.lastIndexOf('@') + 1);
    }

    private static final class SenderThreads implements ThreadFactory {

        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "mail-sender-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
