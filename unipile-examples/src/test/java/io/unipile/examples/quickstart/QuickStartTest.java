package io.unipile.examples.quickstart;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.chats.ChatRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartTest {
    private static final String KEY = "qs-secret-key-4711";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private FakeUnipileServer remote;

    @BeforeEach
    void startRemote() {
        remote = FakeUnipileServer.builder().apiKey(KEY).build().start();
    }

    @AfterEach
    void stopRemote() {
        remote.close();
    }

    private int run(Map<String, String> env, String... args) {
        return new QuickStart(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, env);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> remoteEnv() {
        return Map.of("UNIPILE_DSN", remote.baseUrl(), "UNIPILE_API_KEY", KEY);
    }

    @Test
    void withoutADsnItRunsTheFiveStepsAgainstAnEmbeddedFake() {
        int code = run(Map.of());

        assertThat(code).as(output()).isZero();
        assertThat(output()).contains("embedded fake Unipile", "1. list accounts", "2. retrieve account",
                "3. start a chat with " + QuickStart.DEMO_ATTENDEE, "4. retrieve chat", "5. send a message", "Done.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void theSystemPropertyPicksEitherTransportItCarries(String transport) {
        String before = System.getProperty("unipile.transport");
        System.setProperty("unipile.transport", transport);
        try {
            assertThat(run(Map.of())).as(output()).isZero();
            assertThat(output()).contains("transport=" + transport + "]", "Done.");
        } finally {
            if (before == null) {
                System.clearProperty("unipile.transport");
            } else {
                System.setProperty("unipile.transport", before);
            }
        }
    }

    @Test
    void againstARealServerItStaysReadOnlyWithoutTo() {
        remote.state().addAccount(AccountType.WHATSAPP);

        int code = run(remoteEnv());

        assertThat(code).as(output()).isZero();
        assertThat(output()).contains("1. list accounts", "2. retrieve account", "Read-only run")
                .doesNotContain("3. start", KEY);
        assertThat(remote.journal().requests()).extracting(r -> r.method()).containsOnly("GET");
    }

    @Test
    void withToItStartsAChatAndSendsASecondMessageWithTextFilesAndInmail(@TempDir Path dir) throws IOException {
        remote.state().addAccount(AccountType.LINKEDIN);
        Path cv = Files.writeString(dir.resolve("cv.pdf"), "%PDF cv");

        int code = run(remoteEnv(), "--to", "ACoAAcarol", "--text", "Hi Carol", "--attach", cv.toString(), "--inmail");

        assertThat(code).as(output()).isZero();
        assertThat(remote.state().startedChats()).hasSize(1);
        assertThat(remote.state().startedChats().get(0).attendeeProviderIds()).containsExactly("ACoAAcarol");
        assertThat(remote.state().startedChats().get(0).linkedin().inmail()).isTrue();
        assertThat(remote.state().sentMessages()).extracting(FakeMessage::text)
                .containsExactly("Hi Carol", "Hi Carol (second message)");
        assertThat(remote.state().sentMessages()).allSatisfy(m -> {
            assertThat(m.attachments()).hasSize(1);
            assertThat(m.attachments().get(0).fileName()).isEqualTo("cv.pdf");
        });
        assertThat(output()).doesNotContain(KEY);
    }

    @Test
    void aFailingStepIsNamedAndTheExitCodeIsOne() {
        remote.state().addAccount(AccountType.LINKEDIN);
        remote.faults().on(ChatRoutes.START_CHAT).respond(422);

        int code = run(remoteEnv(), "--to", "ACoAAcarol");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Step 3 (start a chat with ACoAAcarol) failed")
                .contains("HTTP 422").doesNotContain(KEY);
    }

    @Test
    void aWrongKeyFailsAtStepOneWithoutShowingIt() {
        int code = run(Map.of("UNIPILE_DSN", remote.baseUrl(), "UNIPILE_API_KEY", "wrong-key-123"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Step 1 (list accounts) failed", "HTTP 401")
                .doesNotContain("wrong-key-123");
    }

    @Test
    void badArgumentsPrintUsageAndExitTwo() {
        assertThat(run(Map.of(), "--bogus")).isEqualTo(2);
        assertThat(run(Map.of(), "--to")).isEqualTo(2);
        assertThat(run(Map.of(), "--attach", "/no/such/file.pdf")).isEqualTo(2);
        assertThat(run(Map.of("UNIPILE_DSN", "api1.unipile.com:13153"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "UNIPILE_API_KEY is not");
    }
}
