package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeUnipileExtension.class)
class DemoSeedExtensionTest {

    @Test
    void plainExtendWithUsesTheDefaults(FakeUnipileServer server) {
        assertThat(server.apiKey()).isEqualTo(FakeUnipileServer.DEFAULT_API_KEY);
        assertThat(server.isHttps()).isFalse();
        assertThat(server.state().accounts()).isEmpty();
    }

    @FakeUnipile(seed = FakeUnipile.Seed.DEMO, https = true)
    static class Demo {
    }

    @Test
    void demoDataIsRealisticAndServedOverHttp() {
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            DemoData.load(server.state());
            Http http = new Http(server);

            JsonNode accounts = Http.json(http.get("/api/v1/accounts"));
            List<String> types = new ArrayList<>();
            accounts.get("items").forEach(a -> types.add(a.get("type").asText()));
            assertThat(types).containsExactly("LINKEDIN", "WHATSAPP", "MAIL");

            JsonNode chat = Http.json(http.get("/api/v1/chats/" + DemoData.LINKEDIN_CHAT_ID));
            assertThat(chat.get("lastMessage").get("attachments").get(0).get("file_name").asText())
                    .isEqualTo("bob-durand-resume.pdf");
            JsonNode group = Http.json(http.get("/api/v1/chats/" + DemoData.WHATSAPP_CHAT_ID));
            assertThat(group.get("type").asInt()).isEqualTo(1);
            assertThat(server.state().attendees().stream().filter(a -> !a.self()).map(FakeAttendee::name)
                    .collect(Collectors.toList())).containsExactly("Bob Durand", "Carol", "Dan");
        }
    }
}
