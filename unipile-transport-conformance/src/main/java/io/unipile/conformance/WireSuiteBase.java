package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.conformance.MultipartParser.Part;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.http.UnipileTransportProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every wire-format suite shares: a real loopback server that records requests byte for byte, a client of the
 * transport under test without retries or breaker, the spec's reply examples as resources and the checks every
 * request must pass. {@link WireFormatSuite} covers the first groups; each later resource group has its own suite
 * (in {@code io.unipile.conformance.wire}), and a transport runs each through a subclass.
 */
@Timeout(60)
public abstract class WireSuiteBase {
    protected static final String API_KEY = "sk_test_6f1e0c2a9b";

    protected RecordingServer server;
    protected UnipileClient client;

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    @BeforeEach
    void startServer() throws IOException {
        server = new RecordingServer();
        client = newClient(server.baseUrl(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    /** A client without retries or circuit breaker: here each call must be exactly one request. */
    protected UnipileClient newClient(String baseUrl, Duration requestTimeout) {
        return UnipileClient.builder()
                .disableRetries()
                .disableCircuitBreaker()
                .baseUrl(baseUrl)
                .apiKey(API_KEY)
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(requestTimeout)
                .transport(transportProvider())
                .build();
    }

    /** A file of {@code src/main/resources/conformance}, as text. */
    protected static String resource(String name) {
        try (InputStream in = WireSuiteBase.class.getResourceAsStream("/conformance/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key, Accept and User-Agent every request carries. */
    protected static void assertCommonHeaders(Recorded r) {
        assertThat(r.header("X-API-KEY")).isEqualTo(API_KEY);
        assertThat(r.header("Accept")).isEqualTo("application/json");
        assertThat(r.header("User-Agent")).startsWith("unipile-java/");
    }

    /** The parts of a multipart request, after checking its declared length. */
    protected static List<Part> multipart(Recorded r) {
        assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length));
        return MultipartParser.parse(r.header("Content-Type"), r.body());
    }

    protected static List<String> names(List<Part> parts) {
        return parts.stream().map(Part::name).collect(Collectors.toList());
    }

    /** The one part named {@code name}. */
    protected static Part only(List<Part> parts, String name) {
        List<Part> found = parts.stream().filter(p -> p.name().equals(name)).collect(Collectors.toList());
        assertThat(found).as("parts named %s", name).hasSize(1);
        return found.get(0);
    }
}
