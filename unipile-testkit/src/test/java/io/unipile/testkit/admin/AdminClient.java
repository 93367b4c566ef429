package io.unipile.testkit.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.testkit.FakeUnipileServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw HTTP calls to a fake's admin API and its Unipile API, as a script in another language would make them. */
final class AdminClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: the status, the body as JSON (null when it is not JSON) and the raw response. */
    record Response(int status, JsonNode json, HttpResponse<String> raw) {
        String field() {
            return json.path("field").asText(null);
        }
    }

    private final FakeUnipileServer server;
    private final String adminKey;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AdminClient(FakeUnipileServer server, String adminKey) {
        this.server = server;
        this.adminKey = adminKey;
    }

    Response get(String path) {
        return admin("GET", path, null);
    }

    Response post(String path, String json) {
        return admin("POST", path, json);
    }

    Response delete(String path) {
        return admin("DELETE", path, null);
    }

    /** A call to {@code /_admin...} with the admin key. */
    Response admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (adminKey != null) {
            request.header("X-Admin-Key", adminKey);
        }
        return send(request, method, json);
    }

    /** Any call with the given headers (name, value, name, value...). */
    Response raw(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, method, json);
    }

    private Response send(HttpRequest.Builder request, String method, String json) {
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (IOException e) {
                body = null;
            }
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
