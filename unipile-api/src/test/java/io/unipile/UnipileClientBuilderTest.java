package io.unipile;

import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnipileClientBuilderTest {
    private static final String KEY = "sk_live_9e8d7c6b5a";

    private UnipileClient.Builder valid(RecordingProvider p) {
        // No resilience layer is on this module's class path, so a client must be built without what it provides.
        return UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey(KEY).transport(p)
                .disableRetries().disableCircuitBreaker();
    }

    @Test
    void passesTimeoutsToTheTransportAndClosesItOnce() {
        RecordingProvider p = new RecordingProvider();
        UnipileClient client = valid(p).connectTimeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(9))
                .build();

        client.close();
        client.close();

        assertThat(p.configs).hasSize(1);
        assertThat(p.configs.get(0).connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.configs.get(0).requestTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(p.closed).isEqualTo(1);
    }

    @Test
    void sendsTheKeyAndUserAgentButNeverShowsTheKey() {
        RecordingProvider p = new RecordingProvider();
        try (UnipileClient client = valid(p).userAgentSuffix("crm-sync/2.1").build()) {
            assertThatThrownBy(() -> client.accounts().get("a1")).hasMessageNotContaining(KEY);

            TransportRequest sent = p.requests.get(0);
            assertThat(sent.uri()).hasToString("https://api1.unipile.com:13153/api/v1/accounts/a1");
            assertThat(sent.header("X-API-KEY")).contains(KEY);
            assertThat(sent.header("User-Agent").orElseThrow()).startsWith("unipile-java/")
                    .endsWith(" crm-sync/2.1");
            assertThat(sent.toString()).doesNotContain(KEY).contains("X-API-KEY=[REDACTED]");
            assertThat(client.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void callsAfterCloseFailAtOnceWithoutReachingTheTransport() {
        RecordingProvider p = new RecordingProvider();
        UnipileClient client = valid(p).build();
        client.close();

        assertThatThrownBy(() -> client.accounts().get("a1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(client.chats().getAsync("c1")).isCompletedExceptionally();
        assertThat(p.requests).isEmpty();
    }

    @Test
    void everyBadSettingIsNamedAtBuild() {
        RecordingProvider p = new RecordingProvider();
        assertThatThrownBy(() -> valid(p).baseUrl(null).build()).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> valid(p).baseUrl("ftp://x").build()).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> valid(p).apiKey(null).build()).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> valid(p).apiKey("  ").build()).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> valid(p).apiKey("abc\r\nX-Evil: 1").build())
                .hasMessageContaining("apiKey").hasMessageNotContaining("abc");
        assertThatThrownBy(() -> valid(p).connectTimeout(Duration.ZERO).build()).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> valid(p).requestTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> valid(p).requestTimeout(null).build()).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> valid(p).transport(" ").build()).hasMessageContaining("transport");
        assertThatThrownBy(() -> valid(p).userAgentSuffix("a\nb").build()).hasMessageContaining("userAgentSuffix");
        assertThat(p.configs).isEmpty();
    }

    @Test
    void withoutAResilienceLayerAClientThatAsksForRetriesIsRefusedNotBuiltWithout() {
        RecordingProvider p = new RecordingProvider();
        UnipileClient.Builder defaults = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey(KEY)
                .transport(p);
        assertThatThrownBy(defaults::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.unipile:unipile-transport-resilience");
        assertThatThrownBy(() -> valid(p).overallTimeout(Duration.ofSeconds(5)).build())
                .hasMessageContaining("io.unipile:unipile-transport-resilience");
        assertThat(p.closed).as("the transports created for refused clients are closed").isEqualTo(2);
        valid(p).build().close();
    }

    @Test
    void withoutATransportOnTheClassPathBuildSaysWhatToAdd() {
        assertThatThrownBy(() -> UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey(KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.unipile:unipile-transport-jdk");
    }
}
