package io.unipile.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.internal.Json;
import io.unipile.messages.MessageSent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@link RawCalls} on {@code java.net.http.HttpClient}, configured as the SDK's {@code jdk} transport configures
 * it (HTTP/1.1 on plain HTTP, no redirects, the same timeouts) but with the client's default executor.
 */
final class RawJdkCalls implements RawCalls {
    private static final ObjectMapper MAPPER = Json.mapper();

    private final HttpClient client;
    private final String apiUrl;
    private final String apiKey;
    private final Duration requestTimeout;

    RawJdkCalls(String baseUrl, String apiKey, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.apiUrl = baseUrl + "/api/v1/";
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Account getAccount(String accountId) throws IOException {
        return getJson("accounts/" + accountId, Account.class);
    }

    @Override
    public Chat getChat(String chatId) throws IOException {
        return getJson("chats/" + chatId, Chat.class);
    }

    @Override
    public MessageSent sendMessage(String chatId, String text, byte[] attachment) throws IOException {
        HandBuiltMultipart form = HandBuiltMultipart.of(text, attachment == null ? null : "file.bin");
        BodyPublisher body = attachment == null
                ? BodyPublishers.concat(BodyPublishers.ofByteArray(form.head()),
                BodyPublishers.ofByteArray(form.tail()))
                : BodyPublishers.concat(BodyPublishers.ofByteArray(form.head()), BodyPublishers.ofByteArray(attachment),
                BodyPublishers.ofByteArray(form.tail()));
        return post(chatId, form, body);
    }

    @Override
    public MessageSent sendMessage(String chatId, String text, InputStream attachment, long length)
            throws IOException {
        HandBuiltMultipart form = HandBuiltMultipart.of(text, "big.bin");
        BodyPublisher file = BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> attachment), length);
        return post(chatId, form, BodyPublishers.concat(BodyPublishers.ofByteArray(form.head()), file,
                BodyPublishers.ofByteArray(form.tail())));
    }

    @Override
    public long download(String messageId, String attachmentId) throws IOException {
        HttpResponse<InputStream> response = send(request("messages/" + messageId + "/attachments/" + attachmentId)
                .GET().build());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw RawCalls.unexpected("download", response.statusCode());
            }
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private MessageSent post(String chatId, HandBuiltMultipart form, BodyPublisher body) throws IOException {
        HttpResponse<InputStream> response = send(request("chats/" + chatId + "/messages")
                .header("Content-Type", form.contentType())
                .POST(body)
                .build());
        return read(response, 201, MessageSent.class);
    }

    private <T> T getJson(String path, Class<T> type) throws IOException {
        return read(send(request(path).GET().build()), 200, type);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(requestTimeout)
                .header("X-API-KEY", apiKey)
                .header("Accept", "application/json");
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    private static <T> T read(HttpResponse<InputStream> response, int expected, Class<T> type) throws IOException {
        try (InputStream in = response.body()) {
            if (response.statusCode() != expected) {
                throw RawCalls.unexpected(response.request().method() + " " + response.uri().getPath(),
                        response.statusCode());
            }
            return MAPPER.readValue(in, type);
        }
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has no close() before Java 21; its threads end once it is unreachable.
    }
}
