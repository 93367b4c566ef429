package io.unipile.transport.resilience;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.errors.ServerException;
import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.resilience.RetryPolicy;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client wraps whichever transport it uses in this layer, found by {@link java.util.ServiceLoader}: here one
 * passed to the builder, which gets the same retries, per-operation idempotency and per-call deadline as the
 * bundled ones.
 */
class AnyTransportIsWrappedTest {
    private final ScriptedTransport scripted = new ScriptedTransport();
    private final ManualTime time = new ManualTime();
    private final UnipileClient client = UnipileClient.builder()
            .baseUrl("http://127.0.0.1:1")
            .apiKey("k")
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(200), 0, Duration.ofSeconds(5)))
            .requestTimeout(Duration.ofSeconds(120))
            .clock(time).sleeper(time)
            .transport(new UnipileTransportProvider() {
                @Override
                public String name() {
                    return "scripted";
                }

                @Override
                public UnipileTransport create(TransportConfig config) {
                    return scripted;
                }
            })
            .build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aTransportPassedToTheBuilderIsRetried() {
        scripted.reply(503).reply(200, ScriptedTransport.ACCOUNT);

        client.accounts().get("a1");

        assertThat(scripted.requests).hasSize(2);
    }

    @Test
    void aGetThatStartsASyncIsRetriedButAPatchIsNot() {
        scripted.reply(503).reply(200, ScriptedTransport.CHAT_HISTORY_SYNC).reply(503);

        client.chats().syncHistory("c1");
        assertThatThrownBy(() -> client.chats().update("c1", UpdateChatRequest.markRead()))
                .isInstanceOf(ServerException.class).hasMessageContaining("503");

        assertThat(scripted.requests).hasSize(3);
        assertThat(scripted.requests.get(2).idempotent()).isFalse();
    }

    @Test
    void aPerCallTimeoutBoundsEachAttemptBelowTheClientsRequestTimeout() {
        scripted.reply(200, ScriptedTransport.ACCOUNT);

        client.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).accounts().get("a1");

        assertThat(scripted.requests.get(0).timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void closingTheClientClosesTheWrappedTransport() {
        client.close();

        assertThat(scripted.closed).isTrue();
    }
}
