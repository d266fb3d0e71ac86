package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.domain.market.PriceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The upstream discipline of every Binance REST call: timeouts, bounded retries with exponential
 * backoff on network errors, timeouts and 5xx; a client-wide stop after 429/418 until
 * {@code Retry-After} has passed (calls meanwhile fail fast, without touching the network); and a
 * request-weight budget per minute, tracked from {@code X-MBX-USED-WEIGHT-1M}, that is never
 * overspent. Thread-safe.
 */
final class BinanceHttp {

    static final String USED_WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

    /** How the client waits between retries; tests may replace it. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final BinanceSettings settings;
    private final Clock clock;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final ObjectMapper mapper;
    private final String base;

    private final Object lock = new Object();
    private Instant backoffUntil = Instant.MIN;
    private long weightMinute = Long.MIN_VALUE;
    private int usedWeight;

    BinanceHttp(BinanceSettings settings, Clock clock, HttpClient client, Sleeper sleeper, ObjectMapper mapper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = Objects.requireNonNull(client, "client");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        String url = settings.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * GETs {@code path?query} and returns the body of a 2xx answer.
     *
     * @param weight the endpoint's request weight, counted against the budget before each attempt
     * @throws BinanceRejection on a 4xx other than 429/418
     * @throws PriceUnavailableException on everything else that is not a 2xx
     */
    String get(String path, String query, int weight) {
        URI uri = URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
                .header("Accept", "application/json").build();
        String lastFailure = "no attempt";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(path, backoff(attempt - 1));
            }
            admit(path, weight);
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                lastFailure = "timed out after " + settings.requestTimeout().toMillis() + " ms";
                lastCause = e;
                continue;
            } catch (IOException e) {
                lastFailure = "network error (" + e.getClass().getSimpleName() + ")";
                lastCause = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PriceUnavailableException("interrupted while calling Binance GET " + path, e);
            }
            observeWeight(response);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            if (status == 429 || status == 418) {
                Instant until = backOff(response);
                throw new PriceUnavailableException("Binance GET " + path + " answered HTTP " + status
                        + "; backing off until " + until, until);
            }
            if (status >= 500) {
                lastFailure = "HTTP " + status;
                lastCause = null;
                continue;
            }
            if (status >= 400) {
                throw new BinanceRejection(path, status, errorBody(response.body()));
            }
            throw new PriceUnavailableException("Binance GET " + path + " answered unexpected HTTP " + status,
                    (Throwable) null);
        }
        throw new PriceUnavailableException("Binance GET " + path + " failed after " + settings.maxAttempts()
                + " attempt(s): " + lastFailure, lastCause);
    }

    /** The weight this client has counted in the current minute (for monitoring and tests). */
    int usedWeight() {
        synchronized (lock) {
            return minuteOf(clock.instant()) == weightMinute ? usedWeight : 0;
        }
    }

    /** When a 429/418 backoff in force ends, if one is. */
    Optional<Instant> backoffUntil() {
        synchronized (lock) {
            return clock.instant().isBefore(backoffUntil) ? Optional.of(backoffUntil) : Optional.empty();
        }
    }

    private void admit(String path, int weight) {
        synchronized (lock) {
            Instant now = clock.instant();
            if (now.isBefore(backoffUntil)) {
                throw new PriceUnavailableException("Binance asked us to back off until " + backoffUntil
                        + "; GET " + path + " not sent", backoffUntil);
            }
            long minute = minuteOf(now);
            if (minute != weightMinute) {
                weightMinute = minute;
                usedWeight = 0;
            }
            if (usedWeight + weight > settings.weightCeiling()) {
                Instant nextMinute = Instant.ofEpochSecond((minute + 1) * 60);
                throw new PriceUnavailableException("Binance request-weight budget of " + settings.weightCeiling()
                        + "/min spent (" + usedWeight + " used); GET " + path + " not sent", nextMinute);
            }
            usedWeight += weight;
        }
    }

    private void observeWeight(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue(USED_WEIGHT_HEADER);
        if (header.isEmpty()) {
            return;
        }
        int reported;
        try {
            reported = Integer.parseInt(header.get().strip());
        } catch (NumberFormatException e) {
            return;
        }
        synchronized (lock) {
            long minute = minuteOf(clock.instant());
            if (minute != weightMinute) {
                weightMinute = minute;
            }
            // the exchange's count is the truth: it includes other clients on the same IP
            usedWeight = Math.max(0, reported);
        }
    }

    private Instant backOff(HttpResponse<String> response) {
        synchronized (lock) {
            Instant now = clock.instant();
            Duration wait = response.headers().firstValue("Retry-After")
                    .flatMap(value -> retryAfter(value, now)).orElse(settings.defaultRetryAfter());
            Instant until = now.plus(wait);
            if (until.isAfter(backoffUntil)) {
                backoffUntil = until;
            }
            return backoffUntil;
        }
    }

    /** The shortest wait a {@code Retry-After} is taken to ask for, even one naming a moment already past. */
    static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    /**
     * The wait a {@code Retry-After} header asks for (RFC 9110 10.2.3): delay-seconds ({@code 120}) or an
     * HTTP-date ({@code Wed, 21 Oct 2026 07:28:00 GMT}, the IMF-fixdate form), at least
     * {@link #MIN_RETRY_AFTER}; empty when it is neither.
     */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        if (Character.isDigit(text.charAt(0))) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(wait.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : wait);
    }

    private BinanceError errorBody(String body) {
        try {
            return mapper.readValue(body, BinanceError.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Duration backoff(int retry) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(retry - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void pause(String path, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceUnavailableException("interrupted while retrying Binance GET " + path, e);
        }
    }

    private static long minuteOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }
}
