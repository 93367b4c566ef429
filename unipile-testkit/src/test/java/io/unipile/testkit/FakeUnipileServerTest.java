package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unipile.accounts.AccountType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FakeUnipileServerTest {

    @Test
    void startsOnLoopbackWithAFreePortAndServesTheApi() {
        try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey("test-key").build().start()) {
            assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(server.port()).isPositive();
            assertThat(server.apiUrl()).isEqualTo(server.baseUrl() + "/api/v1");
            assertThat(server.apiKey()).isEqualTo("test-key");

            HttpResponse<String> response = new Http(server).get("/api/v1/accounts");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(response.body()).isEqualTo("{\"object\":\"AccountList\",\"items\":[],\"cursor\":null}");
        }
    }

    @Test
    void closeReleasesThePortAndItsThreads() throws IOException {
        FakeUnipileServer server = FakeUnipileServer.builder().build().start();
        int port = server.port();
        new Http(server).get("/api/v1/accounts");

        server.close();
        server.close();

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        // A pool's termination is reported a moment before its last worker thread has exited: wait briefly.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        java.util.function.Supplier<java.util.List<Thread>> serverThreads = () -> Thread.getAllStackTraces().keySet()
                .stream().filter(t -> t.getName().startsWith("fake-unipile-" + port + "-") && t.isAlive()).toList();
        while (!serverThreads.get().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(serverThreads.get()).isEmpty();
        assertThatThrownBy(server::baseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bindsTheRequestedPort() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        try (FakeUnipileServer server = FakeUnipileServer.builder().port(free).build().start()) {
            assertThat(server.port()).isEqualTo(free);
        }
    }

    @Test
    void serversAreIsolatedFromEachOther() {
        try (FakeUnipileServer first = FakeUnipileServer.builder().build().start();
             FakeUnipileServer second = FakeUnipileServer.builder().build().start()) {
            first.state().addAccount(AccountType.LINKEDIN);
            new Http(first).get("/api/v1/accounts");

            assertThat(second.state().accounts()).isEmpty();
            assertThat(second.journal().requests()).isEmpty();
            assertThat(Http.json(new Http(second).get("/api/v1/accounts")).get("items")).isEmpty();
        }
    }

    @Test
    void servesHttpsWithACertificateOnlyItsOwnContextTrusts() throws Exception {
        try (FakeUnipileServer server = FakeUnipileServer.builder().https(true).build().start()) {
            assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(server.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");

            assertThat(new Http(server).get("/api/v1/accounts").statusCode()).isEqualTo(200);

            HttpClient untrusting = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.apiUrl() + "/accounts"))
                    .timeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> untrusting.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void plainServersHaveNoCertificate() {
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            assertThat(server.isHttps()).isFalse();
            assertThatThrownBy(server::clientSslContext).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void neverShowsTheApiKey() {
        FakeUnipileServer.Builder builder = FakeUnipileServer.builder().apiKey("sk-secret-123");
        try (FakeUnipileServer server = builder.build().start()) {
            new Http(server).get("/api/v1/accounts");

            assertThat(builder.toString()).doesNotContain("sk-secret-123");
            assertThat(server.toString()).doesNotContain("sk-secret-123");
            assertThat(server.journal().requests().toString()).doesNotContain("sk-secret-123");
            assertThat(server.journal().last().orElseThrow().header("X-API-KEY")).hasValue(RecordedRequest.MASK);
        }
    }

    @Test
    void startsAndStopsInMilliseconds() {
        FakeUnipileServer.builder().https(true).build().start().close(); // class loading is not what we measure
        for (boolean https : new boolean[] {false, true}) {
            long start = System.nanoTime();
            try (FakeUnipileServer server = FakeUnipileServer.builder().https(https).build().start()) {
                assertThat(server.port()).isPositive();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("https=%s", https)
                    .isLessThan(Duration.ofMillis(300));
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> FakeUnipileServer.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeUnipileServer.builder().apiKey("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeUnipileServer.builder().maxRequestBodyBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
