package io.unipile.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.Account;
import io.unipile.chats.Chat;
import io.unipile.internal.Json;
import io.unipile.messages.MessageSent;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * {@link RawCalls} on Apache HttpClient 5's classic {@link CloseableHttpClient}, with a pool of the SDK's default
 * size (64 connections) and what the SDK's {@code httpclient} transport switches off switched off here too
 * (automatic retries, redirects, content compression), so that both send the same bytes.
 */
final class RawApacheCalls implements RawCalls {
    private static final ObjectMapper MAPPER = Json.mapper();

    private final CloseableHttpClient client;
    private final String apiUrl;
    private final String apiKey;

    RawApacheCalls(String baseUrl, String apiKey, Duration requestTimeout) {
        Timeout timeout = Timeout.of(requestTimeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
        this.apiUrl = baseUrl + "/api/v1/";
        this.apiKey = apiKey;
    }

    @Override
    public Account getAccount(String accountId) throws IOException {
        return execute(new HttpGet(apiUrl + "accounts/" + accountId), 200, Account.class);
    }

    @Override
    public Chat getChat(String chatId) throws IOException {
        return execute(new HttpGet(apiUrl + "chats/" + chatId), 200, Chat.class);
    }

    @Override
    public MessageSent sendMessage(String chatId, String text, byte[] attachment) throws IOException {
        HandBuiltMultipart form = HandBuiltMultipart.of(text, attachment == null ? null : "file.bin");
        return post(chatId, new FormEntity(form, attachment, null, attachment == null ? 0 : attachment.length));
    }

    @Override
    public MessageSent sendMessage(String chatId, String text, InputStream attachment, long length)
            throws IOException {
        return post(chatId, new FormEntity(HandBuiltMultipart.of(text, "big.bin"), null, attachment, length));
    }

    @Override
    public long download(String messageId, String attachmentId) throws IOException {
        HttpGet get = new HttpGet(apiUrl + "messages/" + messageId + "/attachments/" + attachmentId);
        get.setHeader("X-API-KEY", apiKey);
        return client.execute(get, response -> {
            if (response.getCode() != 200) {
                throw RawCalls.unexpected("download", response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                return in.transferTo(OutputStream.nullOutputStream());
            }
        });
    }

    private MessageSent post(String chatId, FormEntity body) throws IOException {
        HttpPost post = new HttpPost(apiUrl + "chats/" + chatId + "/messages");
        post.setEntity(body);
        return execute(post, 201, MessageSent.class);
    }

    private <T> T execute(ClassicHttpRequest request, int expected, Class<T> type) throws IOException {
        request.setHeader("X-API-KEY", apiKey);
        request.setHeader("Accept", "application/json");
        // The handler form releases the connection to the pool once the body is read.
        HttpClientResponseHandler<T> handler = response -> {
            if (response.getCode() != expected) {
                throw RawCalls.unexpected(request.getMethod() + " " + request.getPath(), response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                return MAPPER.readValue(in, type);
            }
        };
        return client.execute(request, handler);
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    /** The hand-built multipart body: head, the file from its array or its stream, tail; written, never copied. */
    private static final class FormEntity extends AbstractHttpEntity {
        private final HandBuiltMultipart form;
        private final byte[] bytes;
        private final InputStream stream;
        private final long fileLength;

        FormEntity(HandBuiltMultipart form, byte[] bytes, InputStream stream, long fileLength) {
            super(form.contentType(), null, false);
            this.form = form;
            this.bytes = bytes;
            this.stream = stream;
            this.fileLength = fileLength;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(form.head());
            if (bytes != null) {
                out.write(bytes);
            } else if (stream != null) {
                stream.transferTo(out);
            }
            out.write(form.tail());
            out.flush();
        }

        @Override
        public long getContentLength() {
            return form.length(fileLength);
        }

        @Override
        public InputStream getContent() {
            throw new UnsupportedOperationException("written with writeTo only");
        }

        @Override
        public boolean isRepeatable() {
            return stream == null;
        }

        @Override
        public boolean isStreaming() {
            return stream != null;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
