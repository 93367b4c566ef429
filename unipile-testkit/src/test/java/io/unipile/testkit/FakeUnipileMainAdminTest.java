package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone jar's {@code --admin-key}: off unless given, then the admin API answers with that key. */
class FakeUnipileMainAdminTest {

    @Test
    void theHelpMentionsTheFlag() {
        assertThat(FakeUnipileMain.USAGE).contains("--admin-key KEY").contains("/_admin").contains("X-Admin-Key");
    }

    @Test
    void parsesTheFlag() {
        assertThat(FakeUnipileMain.Options.parse().adminKey).isNull();
        assertThat(FakeUnipileMain.Options.parse("--admin-key", "a1").adminKey).isEqualTo("a1");
        assertThat(FakeUnipileMain.Options.parse("--admin-key=a2").adminKey).isEqualTo("a2");
        assertThatThrownBy(() -> FakeUnipileMain.Options.parse("--admin-key")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeUnipileMain.Options.parse("--admin-key=")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeUnipileMain.Options.parse("--api-key", "k", "--admin-key", "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
    }

    @Test
    void servesTheAdminApiWithTheDemoSeed() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FakeUnipileMain.Options options = FakeUnipileMain.Options.parse("--seed", "demo", "--admin-key", "adm");
        try (FakeUnipileServer server = FakeUnipileMain.start(options, new PrintStream(printed, true,
                StandardCharsets.UTF_8))) {
            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output.lines().findFirst().orElseThrow()).isEqualTo("Fake Unipile listening on "
                    + server.baseUrl());
            assertThat(output).contains("Admin API: " + server.baseUrl() + "/_admin (key in X-Admin-Key)")
                    .doesNotContain("adm)");

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> state = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/_admin/state")).header("X-Admin-Key", "adm").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(state.statusCode()).isEqualTo(200);
            assertThat(state.body()).contains(DemoData.LINKEDIN_ACCOUNT_ID);
        }
    }

    @Test
    void withoutTheFlagTheAdminApiIsNotThere() throws Exception {
        FakeUnipileMain.Options options = FakeUnipileMain.Options.parse();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (FakeUnipileServer server = FakeUnipileMain.start(options, new PrintStream(printed, true,
                StandardCharsets.UTF_8))) {
            assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Admin API");
            HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.baseUrl() + "/_admin/state")).header("X-Admin-Key", "adm").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(state.statusCode()).isEqualTo(404);
        }
    }
}
