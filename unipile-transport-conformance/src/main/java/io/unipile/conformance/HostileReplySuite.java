package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.errors.AuthenticationException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipilePaginationException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileDownload;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.internal.RetryAfter;
import io.unipile.pagination.PagedIterable;
import io.unipile.raw.RawRequest;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Replies a hostile or broken server sends, over real HTTP, for every transport: echoed keys, cursor cycles, endless
 * and oversized bodies, undecodable bytes, absurd {@code Retry-After}, lying lengths. Each ends in a typed exception
 * that tells the truth, promptly, and shows no secret.
 */
public abstract class HostileReplySuite {
    private static final String KEY = "sk_live_h0st1le_5ecret_42";
    private static final String EMPTY_PAGE = "{\"object\":\"AccountList\",\"items\":[],\"cursor\":%s}";

    protected RawReplyServer server;
    protected UnipileClient client;

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    @BeforeEach
    void start() throws IOException {
        server = new RawReplyServer();
        client = builder().build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private UnipileClient.Builder builder() {
        return UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).disableRetries().disableCircuitBreaker()
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(10))
                .transport(transportProvider());
    }

    private static void assertNoKey(Throwable e) {
        assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 12));
        assertThat(e.toString()).doesNotContain(KEY);
        if (e instanceof UnipileApiException api) {
            assertThat(api.bodyExcerpt()).doesNotContain(KEY);
            assertThat(api.details().toString()).doesNotContain(KEY);
            assertThat(Stream.of(api.title(), api.detail(), api.instance(), api.type()))
                    .allSatisfy(o -> assertThat(o.orElse("")).doesNotContain(KEY));
        }
        if (e instanceof UnipileResponseFormatException f) {
            assertThat(f.bodyExcerpt()).doesNotContain(KEY);
        }
    }

    // ---- the key echoed back ----

    @Test
    void aGatewayNamingTheBadKeyInA401ShowsNoKey() {
        server.enqueue(RawReplyServer.json(401, "{\"title\":\"Invalid API key " + KEY + "\",\"detail\":\"X-API-KEY: "
                + KEY + "\",\"type\":\"errors/invalid_credentials\",\"status\":401}"));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> client.accounts().get("a1"));

        assertNoKey(e);
        assertThat(e.title()).contains("Invalid API key [REDACTED]");
    }

    @Test
    void aProxyEchoingTheHeadersInAnHtml200ShowsNoKey() {
        server.enqueue(RawReplyServer.raw(200, "text/html", ("<html><pre>GET /api/v1/accounts/a1 HTTP/1.1\r\n"
                + "X-API-KEY: " + KEY + "\r\nAccept: application/json</pre></html>").getBytes(StandardCharsets.UTF_8),
                -1));

        UnipileResponseFormatException e = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("a1"));

        assertNoKey(e);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.bodyExcerpt()).contains("X-API-KEY: [REDACTED]");
    }

    @Test
    void aTextErrorBodyEchoingTheKeyShowsNoKey() {
        server.enqueue(RawReplyServer.raw(500, "text/plain", ("upstream said: bad key " + KEY)
                .getBytes(StandardCharsets.UTF_8), -1));

        ServerException e = catchThrowableOfType(ServerException.class, () -> client.accounts().get("a1"));

        assertNoKey(e);
    }

    // ---- cursors that never end ----

    @Test
    void aCursorCycleStopsTheIterationWithATypedException() {
        server.enqueue(RawReplyServer.json(200, EMPTY_PAGE.formatted("\"A\"")),
                RawReplyServer.json(200, EMPTY_PAGE.formatted("\"B\"")),
                RawReplyServer.json(200, EMPTY_PAGE.formatted("\"A\"")));

        assertThatThrownBy(() -> client.accounts().listAll().stream().count())
                .isInstanceOf(UnipilePaginationException.class);
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void endlessEmptyPagesWithFreshCursorsStopAfterTheBound() {
        int[] n = {0};
        server.otherwise(out -> RawReplyServer.json(200, "{\"object\":\"UserList\",\"items\":[],\"cursor\":\"c"
                + (++n[0]) + "\"}").write(out));

        Iterator<?> it = client.raw().listAll(RawRequest.get("/users/relations").query("account_id", "a").build())
                .iterator();

        assertThatThrownBy(it::hasNext).isInstanceOf(UnipilePaginationException.class);
        assertThat(server.requests()).isEqualTo(PagedIterable.MAX_EMPTY_PAGES + 1);
    }

    // ---- bodies too large, endless or undecodable ----

    @Test
    void aReplyDeclaringMoreThanTheCapFailsBeforeItIsRead() {
        UnipileClient capped = builder().maxResponseBytes(1024 * 1024).build();
        server.enqueue(RawReplyServer.declaring(200, "{\"object\":\"Account\"", 300L * 1024 * 1024));

        try (capped) {
            UnipileResponseFormatException e = catchThrowableOfType(UnipileResponseFormatException.class,
                    () -> capped.accounts().get("a1"));
            assertThat(e.getMessage()).contains("larger than the client's limit of 1048576 bytes");
            assertThat(e.statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Timeout(30)
    void anEndlessBodyIsCutAtTheCapAsAFormatError() {
        UnipileClient capped = builder().maxResponseBytes(1024 * 1024).build();
        server.enqueue(RawReplyServer.endless(200, "{\"object\":\"AccountList\",\"items\":[", " "));

        try (capped) {
            UnipileResponseFormatException e = catchThrowableOfType(UnipileResponseFormatException.class,
                    () -> capped.accounts().list());
            assertThat(e.getMessage()).contains("larger than the client's limit");
            assertThat(e.bodyExcerpt()).startsWith("{\"object\":\"AccountList\"");
        }
    }

    @Test
    void bytesThatAreNotTextAreAFormatErrorNotATransportFailure() {
        byte[] utf32 = {0, 0, 0, '{', 0, 0, 0, '"', 0, 0, 0, 'x', (byte) 0xD8, 0, 0, 0};
        server.enqueue(RawReplyServer.raw(200, "application/json", utf32, -1));

        Throwable e = catchThrowableOfType(UnipileResponseFormatException.class, () -> client.accounts().get("a1"));

        assertThat(e).isNotInstanceOf(UnipileTransportException.class);
        assertThat(((UnipileResponseFormatException) e).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplyMissingARequiredFieldIsAFormatErrorNamingIt() {
        server.enqueue(RawReplyServer.json(200, "{\"object\":\"Account\",\"type\":\"LINKEDIN\"}"));

        UnipileResponseFormatException e = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("a1"));

        assertThat(e.getMessage()).containsAnyOf("'connection_params'", "'id'", "'name'", "'created_at'");
    }

    // ---- Retry-After too large to honour ----

    @Test
    void aTwentyDigitRetryAfterFailsAtOnceAndSaysSo() {
        UnipileClient retrying = builder().retryPolicy(new RetryPolicy(3, Duration.ofMillis(10),
                Duration.ofMillis(20), 0, Duration.ofSeconds(60))).sleeper(Sleeper.NONE).build();
        // The body is whole: a short one would be a transport failure, which a GET may rightly retry.
        byte[] body = "{\"title\":\"Too many\",\"type\":\"errors/too_many_requests\",\"status\":429}"
                .getBytes(StandardCharsets.US_ASCII);
        server.enqueue(out -> {
            out.write(("HTTP/1.1 429 X\r\nRetry-After: 99999999999999999999\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
        });

        try (retrying) {
            RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> retrying.accounts().get("a"));
            assertThat(e.retryAfter()).contains(RetryAfter.UNREASONABLE);
        }
        assertThat(server.requests()).as("not retried, not waited for").isEqualTo(1);
    }

    // ---- a download that lies about its length ----

    @Test
    void aTruncatedDownloadLeavesTheExistingFileWhole(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("contract.pdf"), "the signed contract");
        server.enqueue(RawReplyServer.raw(200, "application/pdf", new byte[40], 100));

        // The transport may see the body cut short before it hands out the response, or while it is saved.
        assertThatThrownBy(() -> {
            try (FileDownload d = client.messages().downloadAttachment("m1", "a1")) {
                d.saveTo(target);
            }
        }).isInstanceOf(UnipileTransportException.class);

        assertThat(Files.readString(target)).isEqualTo("the signed contract");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCompleteReplyStillParses() {
        server.enqueue(RawReplyServer.json(200, "{\"object\":\"Account\",\"type\":\"MAIL\",\"connection_params\":{},"
                + "\"id\":\"a1\",\"name\":\"Ann\",\"created_at\":\"2025-01-01T00:00:00.000Z\",\"groups\":[],"
                + "\"sources\":[]}"));

        Account a = client.accounts().get("a1");

        assertThat(a.id()).isEqualTo("a1");
    }
}
