package io.unipile.transport.httpclient;

import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testsupport.CapturedLogs;

import io.unipile.http.HttpMethod;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportIOException;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.testkit.FakeUnipileServer;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The API key never reaches a log, even with Apache's own wire and header logging on: every logger is enabled at
 * TRACE ({@link CapturedLogs}) while the transport is built and used, on both paths, over HTTP and HTTPS.
 */
@Timeout(60)
class KeyNeverLoggedTest {
    private static final String KEY = "sk_live_NEVER_LOGGED_5b8e1f";
    private static final String BEARER = "bearer-NEVER-LOGGED-93ac";
    private static final String COOKIE = "session-NEVER-LOGGED-27d4";
    private static final List<String> SECRETS = List.of(KEY, BEARER, COOKIE);
    private static final String APACHE_HEADERS = "org.apache.hc.client5.http.headers";
    private static final String APACHE_WIRE = "org.apache.hc.client5.http.wire";

    private static TransportRequest listAccounts(FakeUnipileServer server) {
        return new TransportRequest(HttpMethod.GET, URI.create(server.apiUrl() + "/accounts"), Map.of(
                "X-API-KEY", List.of(KEY),
                "Authorization", List.of("Bearer " + BEARER),
                "Cookie", List.of("s=" + COOKIE),
                "Accept", List.of("application/json")), null);
    }

    private static TransportResponse send(HttpClientTransport t, boolean async, TransportRequest request)
            throws Exception {
        return async ? t.executeAsync(request).get(10, TimeUnit.SECONDS) : t.execute(request);
    }

    private static boolean from(String line, String logger) {
        return line.contains(" " + logger + ": ");
    }

    @ParameterizedTest(name = "{0} client over {1}")
    @CsvSource({"classic, http", "classic, https", "async, http", "async, https"})
    void theKeyIsInNoLogLineWhileTheRequestHeadIsStillLoggedRedacted(String client, String scheme) throws Exception {
        boolean async = client.equals("async");
        boolean https = scheme.equals("https");
        List<String> lines;
        try (FakeUnipileServer server = FakeUnipileServer.builder().https(https).apiKey(KEY).build().start();
             CapturedLogs.Capture capture = CapturedLogs.start()) {
            TransportConfig.Builder config = TransportConfig.builder()
                    .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5));
            if (https) {
                config.sslContext(server.clientSslContext());
            }
            try (HttpClientTransport t = new HttpClientTransport(config.build())) {
                for (int i = 0; i < 2; i++) { // a new connection, then a pooled one
                    try (TransportResponse r = send(t, async, listAccounts(server))) {
                        assertThat(r.statusCode()).as("the fake accepted the key, so it was sent").isEqualTo(200);
                        assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).contains("AccountList");
                    }
                }
                // A failed exchange too: the deadline cancels it while the server holds the response.
                server.faults().on(AccountRoutes.LIST_ACCOUNTS).delay(Duration.ofSeconds(2));
                Throwable timedOut = catchThrowable(() -> send(t, async,
                        listAccounts(server).withTimeout(Duration.ofMillis(300))));
                assertThat(timedOut).isNotNull();
                assertThat(async ? timedOut.getCause() : timedOut).isInstanceOf(TransportIOException.class);
            }
            lines = CapturedLogs.lines();
        }

        for (String secret : SECRETS) {
            assertThat(lines).as("lines containing %s", secret).noneMatch(l -> l.contains(secret));
        }
        assertThat(lines).as("Apache's wire log").noneMatch(l -> from(l, APACHE_WIRE));

        // Not vacuous: the request heads are logged, with the secret values replaced.
        String headerLog = async ? APACHE_HEADERS : RedactingConnectionFactory.HEADER_LOG;
        List<String> heads = lines.stream().filter(l -> l.startsWith("DEBUG ") && from(l, headerLog)).toList();
        assertThat(heads).as("request heads logged to %s", headerLog)
                .anyMatch(l -> l.endsWith(" >> GET /api/v1/accounts HTTP/1.1"))
                .anyMatch(l -> l.endsWith(" >> X-API-KEY: [REDACTED]"))
                .anyMatch(l -> l.endsWith(" >> Authorization: [REDACTED]"))
                .anyMatch(l -> l.endsWith(" >> Cookie: [REDACTED]"))
                .anyMatch(l -> l.endsWith(" >> Accept: application/json"));
        assertThat(heads.stream().filter(l -> l.endsWith(" >> X-API-KEY: [REDACTED]"))).as("one per request")
                .hasSize(3);
        if (!async) {
            assertThat(lines).as("Apache's own request-header lines, replaced by the transport's")
                    .noneMatch(l -> from(l, APACHE_HEADERS) && l.contains(" >> "));
        }
        assertThat(lines).as("Apache's debug logging was really on").anyMatch(l -> l.startsWith("DEBUG org.apache.hc."));
    }

    /** The control: with Apache's defaults, the same capture does see the key, so the test above can fail. */
    @Test
    void apachesDefaultClientsWouldLogTheKeyUnderTheSameCapture() throws Exception {
        List<String> lines;
        try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey(KEY).build().start();
             CapturedLogs.Capture capture = CapturedLogs.start()) {
            String url = server.apiUrl() + "/accounts";
            try (CloseableHttpClient classic = HttpClients.createDefault()) {
                HttpGet get = new HttpGet(url);
                get.addHeader("X-API-KEY", KEY);
                int status = classic.execute(get, r -> {
                    EntityUtils.consume(r.getEntity());
                    return r.getCode();
                });
                assertThat(status).isEqualTo(200);
            }
            try (CloseableHttpAsyncClient async = HttpAsyncClients.createDefault()) {
                async.start();
                SimpleHttpResponse r = async.execute(SimpleRequestBuilder.get(url).addHeader("X-API-KEY", KEY).build(),
                        null).get(10, TimeUnit.SECONDS);
                assertThat(r.getCode()).isEqualTo(200);
            }
            lines = CapturedLogs.lines();
        }

        assertThat(lines).anyMatch(l -> from(l, APACHE_WIRE) && l.contains(KEY))
                .anyMatch(l -> from(l, APACHE_HEADERS) && l.contains("X-API-KEY: " + KEY));
    }

    @Test
    void secretHeadersFollowTheLibrarysOneRule() {
        assertThat(List.of("X-API-KEY", "x-api-key", "Authorization", "AUTHORIZATION", "Cookie", "cookie"))
                .allMatch(Redaction::isSecret);
        assertThat(List.of("Accept", "Content-Type", "User-Agent", "Host", "X-Api-Key-Id"))
                .noneMatch(Redaction::isSecret);
        Header secret = Redaction.header("X-API-KEY", KEY);
        assertThat(secret.getValue()).as("still sent as is").isEqualTo(KEY);
        assertThat(secret.toString()).isEqualTo("X-API-KEY: [REDACTED]");
        assertThat(secret.isSensitive()).isTrue();
        Header plain = Redaction.header("Accept", "application/json");
        assertThat(plain.toString()).isEqualTo("Accept: application/json");
        assertThat(Redaction.describe(plain)).isEqualTo("Accept: application/json");
    }

    @Test
    void theKeyStillReachesTheServerOnBothPaths() throws Exception {
        try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey(KEY).build().start();
             HttpClientTransport t = new HttpClientTransport(TransportConfig.builder().build())) {
            TransportRequest wrong = new TransportRequest(HttpMethod.GET, URI.create(server.apiUrl() + "/accounts"),
                    Map.of("X-API-KEY", List.of(KEY + "x")), null);
            for (boolean async : new boolean[]{false, true}) {
                try (TransportResponse r = send(t, async, listAccounts(server))) {
                    assertThat(r.statusCode()).isEqualTo(200);
                }
                try (TransportResponse r = send(t, async, wrong)) {
                    assertThat(r.statusCode()).as("a wrong key is refused, so the right one was checked")
                            .isEqualTo(401);
                }
            }
        }
    }
}
