package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FakeUnipileMainTest {

    @Test
    void parsesEveryOption() {
        FakeUnipileMain.Options options = FakeUnipileMain.Options.parse("--port", "8123", "--api-key=k1",
                "--seed", "demo", "--https", "--host", "::1");

        assertThat(options.port).isEqualTo(8123);
        assertThat(options.apiKey).isEqualTo("k1");
        assertThat(options.demo).isTrue();
        assertThat(options.https).isTrue();
        assertThat(options.host.getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(FakeUnipileMain.Options.parse().host.isLoopbackAddress()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port", "--port=x", "--port=70000", "--seed=full", "--api-key=", "--verbose", "port"})
    void rejectsBadArguments(String arg) {
        assertThatThrownBy(() -> FakeUnipileMain.Options.parse(arg)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsTheBaseUrlFirstAndServesTheDemoData() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FakeUnipileMain.Options options = FakeUnipileMain.Options.parse("--seed", "demo", "--api-key", "sk-never-printed");
        try (FakeUnipileServer server = FakeUnipileMain.start(options, new PrintStream(printed, true,
                StandardCharsets.UTF_8))) {
            String firstLine = printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

            assertThat(firstLine).isEqualTo("Fake Unipile listening on " + server.baseUrl());
            assertThat(server.apiKey()).isEqualTo("sk-never-printed");
            assertThat(server.state().accounts()).hasSize(5); // LinkedIn, WhatsApp, IMAP, Google, Outlook
            assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("sk-never-printed");
        }
    }

    private static Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeUnipileMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void runsAsAProcessUntilTerminated() throws Exception {
        Process process = launch("--seed", "demo", "--api-key", "proc-key");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("Fake Unipile listening on http://127\\.0\\.0\\.1:\\d+");
            String baseUrl = first.substring("Fake Unipile listening on ".length());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/api/v1/accounts/" + DemoData.MAIL_ACCOUNT_ID))
                    .header("X-API-KEY", "proc-key").timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWithTwo() throws Exception {
        Process process = launch("--port", "nope");
        try {
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(err).contains("--port takes a number").contains("Usage: java -jar unipile-fake-server.jar");
            assertThat(process.getInputStream().readAllBytes()).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }
}
