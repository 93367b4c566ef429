package io.unipile.benchmarks;

import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.messages.MessageSent;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The baseline of every comparison: the same requests the SDK makes, written by hand on the raw HTTP client under
 * the SDK's transport, decoding the same JSON into the same model classes with the SDK's own mapper (so decoding is
 * identical and the difference is what the SDK adds around it: request building, validation, the resilience layer,
 * error mapping).
 *
 * <p>Like a careful hand-written client: one pooled client shared by all threads, HTTP/1.1, no redirects, no
 * automatic retries, bodies read as streams, each status checked. What it leaves out is what the SDK is for: retries,
 * the circuit breaker, deadlines, typed errors.
 */
interface RawCalls extends AutoCloseable {

    /** {@code GET /api/v1/accounts/{id}}. */
    Account getAccount(String accountId) throws IOException;

    /** {@code GET /api/v1/chats/{id}}. */
    Chat getChat(String chatId) throws IOException;

    /** {@code POST /api/v1/chats/{id}/messages} with {@code text} and, unless null, one attachment from memory. */
    MessageSent sendMessage(String chatId, String text, byte[] attachment) throws IOException;

    /** The same with an attachment of {@code length} bytes streamed from {@code attachment}. */
    MessageSent sendMessage(String chatId, String text, InputStream attachment, long length) throws IOException;

    /**
     * {@code GET /api/v1/messages/{id}/attachments/{id}}, read to the end and discarded.
     *
     * @return how many bytes arrived
     */
    long download(String messageId, String attachmentId) throws IOException;

    @Override
    void close();

    /**
     * The raw counterpart of the SDK transport named {@code transport}: {@code java.net.http.HttpClient} for
     * {@code jdk}, Apache HttpClient 5's classic client for {@code httpclient}.
     */
    static RawCalls forTransport(String transport, String baseUrl, String apiKey, Duration requestTimeout) {
        return switch (transport) {
            case "jdk" -> new RawJdkCalls(baseUrl, apiKey, requestTimeout);
            case "httpclient" -> new RawApacheCalls(baseUrl, apiKey, requestTimeout);
            default -> throw new IllegalArgumentException("no raw client for transport '" + transport + "'");
        };
    }

    /** What a raw call does with a status it did not expect: fail loudly, so a broken baseline cannot look fast. */
    static IOException unexpected(String what, int status) {
        return new IOException(what + " answered HTTP " + status);
    }
}
