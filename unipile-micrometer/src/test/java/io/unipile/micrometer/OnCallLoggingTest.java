package io.unipile.micrometer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.resilience.RetryPolicy;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testsupport.CapturedLogs;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Over real HTTP, with metrics and observations on and every logger at TRACE: a call that gives up after retrying
 * is one WARN line naming the operation's template, and the API key is in no line.
 */
@Timeout(60)
class OnCallLoggingTest {
    private static final String KEY = "sk_live_NEVER_LOGGED_c0ffee";

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void givingUpIsOneWarnLineWithTheTemplateAndNeverTheKey(String transport) {
        List<String> lines;
        try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey(KEY).build().start();
             CapturedLogs.Capture capture = CapturedLogs.start()) {
            FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
            FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");
            ManualTime time = new ManualTime();
            ObservationRegistry observations = ObservationRegistry.create();
            observations.observationConfig().observationHandler(new FakeTracer());
            try (UnipileClient unipile = UnipileMicrometer.builder().meterRegistry(new SimpleMeterRegistry())
                    .observationRegistry(observations).build()
                    .bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).transport(transport)
                            .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3)).clock(time).sleeper(time))
                    .build()) {
                server.faults().on(ChatRoutes.GET_CHAT).next(3).respond(503);
                assertThat(catchThrowable(() -> unipile.chats().get(chat.id()))).isNotNull();
            }
            lines = CapturedLogs.lines();
        }

        assertThat(lines.stream().filter(l -> l.startsWith("WARN ")).toList()).containsExactly(
                "WARN io.unipile.transport.resilience.ResilientTransport: Unipile GET /api/v1/chats/{chat_id} gave up "
                        + "after 3 attempts: HTTP 503");
        assertThat(lines).as("not vacuous: debug lines were captured").anyMatch(l -> l.startsWith("DEBUG "));
        assertThat(lines).noneMatch(l -> l.contains(KEY));
    }
}
