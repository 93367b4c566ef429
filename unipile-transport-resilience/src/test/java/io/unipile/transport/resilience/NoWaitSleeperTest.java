package io.unipile.transport.resilience;

import io.unipile.UnipileClient;
import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.Sleeper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests skip the waits between attempts with {@link Sleeper#NONE} or a lambda, on both paths. */
class NoWaitSleeperTest {
    private static final RetryPolicy SLOW = new RetryPolicy(3, Duration.ofSeconds(20), Duration.ofSeconds(40), 0,
            Duration.ofSeconds(60));

    private static UnipileClient client(ScriptedTransport scripted, Sleeper sleeper) {
        return UnipileClient.builder().baseUrl("http://127.0.0.1:1").apiKey("k").retryPolicy(SLOW).sleeper(sleeper)
                .transport(new UnipileTransportProvider() {
                    @Override
                    public String name() {
                        return "scripted";
                    }

                    @Override
                    public UnipileTransport create(TransportConfig config) {
                        return scripted;
                    }
                }).build();
    }

    @Test
    void aLambdaRecordsTheWaitsOfBothPathsWithoutWaiting() {
        ScriptedTransport scripted = new ScriptedTransport().reply(503).reply(200, ScriptedTransport.ACCOUNT)
                .reply(503).reply(200, ScriptedTransport.ACCOUNT);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();

        try (UnipileClient client = client(scripted, waits::add)) {
            client.accounts().get("a1");
            client.accounts().getAsync("a1").join();
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
        assertThat(scripted.requests).hasSize(4);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void noneRetriesAtOnce() {
        ScriptedTransport scripted = new ScriptedTransport().reply(503).reply(503)
                .reply(200, ScriptedTransport.ACCOUNT);
        long start = System.nanoTime();

        try (UnipileClient client = client(scripted, Sleeper.NONE)) {
            client.accounts().getAsync("a1").join();
        }

        assertThat(scripted.requests).hasSize(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
