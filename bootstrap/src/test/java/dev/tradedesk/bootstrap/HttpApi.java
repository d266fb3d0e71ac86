package dev.tradedesk.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for end-to-end tests: JDK HttpClient, JSON in and out. */
public final class HttpApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    public HttpApi(String base) {
        this.base = base;
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET().build());
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String bearer) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response send(String method, String path, String bearer, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = request(path, bearer).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** As {@link #send(String, String, String, String, HttpRequest.BodyPublisher)}, with extra headers. */
    public Response send(String method, String path, String bearer, String contentType, HttpRequest.BodyPublisher body,
                         Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, bearer).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "tradedesk-tests");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a fresh user and returns the registration response. */
    public Response register(String email, String password) {
        return post("/api/v1/auth/register", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
