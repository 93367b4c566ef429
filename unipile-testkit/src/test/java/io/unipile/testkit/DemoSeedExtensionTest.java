package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static FakeUnipileServer demoServer() {
        FakeUnipileServer server = FakeUnipileServer.builder().build().start();
        DemoData.load(server.state());
        return server;
    }

    @Test
    void demoDataIsRealisticAndServedOverHttp() {
        try (FakeUnipileServer server = demoServer()) {
            Http http = new Http(server);

            JsonNode accounts = Http.json(http.get("/api/v1/accounts"));
            List<String> types = new ArrayList<>();
            accounts.get("items").forEach(a -> types.add(a.get("type").asText()));
            assertThat(types).containsExactlyInAnyOrder("LINKEDIN", "WHATSAPP", "MAIL", "GOOGLE_OAUTH", "OUTLOOK");

            JsonNode inbox = Http.json(http.get("/api/v1/emails?folder=INBOX&account_id=" + DemoData.GOOGLE_ACCOUNT_ID));
            assertThat(inbox.get("items").get(0).get("id").asText()).isEqualTo(DemoData.RESUME_EMAIL_ID);
            assertThat(inbox.get("items").get(0).get("read_date").isNull()).isTrue();
            assertThat(new String(http.getBytes("/api/v1/emails/" + DemoData.RESUME_EMAIL_ID + "/attachments/"
                    + DemoData.RESUME_EMAIL_ATTACHMENT_ID).body(), java.nio.charset.StandardCharsets.US_ASCII))
                    .startsWith("%PDF");
            assertThat(Http.json(http.get("/api/v1/emails/" + DemoData.DRAFT_EMAIL_ID)).get("role").asText())
                    .isEqualTo("drafts");
            assertThat(Http.json(http.get("/api/v1/emails?account_id=" + DemoData.OUTLOOK_ACCOUNT_ID)).get("items"))
                    .hasSize(3);

            JsonNode chat = Http.json(http.get("/api/v1/chats/" + DemoData.LINKEDIN_CHAT_ID));
            assertThat(chat.get("lastMessage").get("attachments").get(0).get("file_name").asText())
                    .isEqualTo("bob-durand-resume.pdf");
            JsonNode group = Http.json(http.get("/api/v1/chats/" + DemoData.WHATSAPP_CHAT_ID));
            assertThat(group.get("type").asInt()).isEqualTo(1);
            assertThat(server.state().attendees().stream().filter(a -> !a.self()).map(FakeAttendee::name)
                    .collect(Collectors.toList())).containsExactly("Bob Durand", "Erin Blanc", "Carol", "Dan");
        }
    }

    @Test
    void demoDataCoversTheListAndReadRoutes() {
        try (FakeUnipileServer server = demoServer()) {
            Http http = new Http(server);

            JsonNode chats = Http.json(http.get("/api/v1/chats"));
            assertThat(chats.get("items")).extracting(c -> c.get("id").asText())
                    .containsExactly(DemoData.WHATSAPP_CHAT_ID, DemoData.LINKEDIN_CHAT_ID, DemoData.ERIN_CHAT_ID);
            assertThat(Http.json(http.get("/api/v1/chats?unread=true")).get("items")).hasSize(1);

            JsonNode messages = Http.json(http.get("/api/v1/chats/" + DemoData.LINKEDIN_CHAT_ID + "/messages"));
            assertThat(messages.get("items")).hasSize(3);
            JsonNode resume = messages.get("items").get(0);
            assertThat(resume.get("id").asText()).isEqualTo(DemoData.RESUME_MESSAGE_ID);
            assertThat(resume.get("seen").asInt()).isEqualTo(1);
            assertThat(messages.get("items").get(1).get("reactions").get(0).get("value").asText()).isEqualTo("👍");
            assertThat(Http.json(http.get("/api/v1/messages")).get("items")).hasSize(6);

            java.net.http.HttpResponse<byte[]> pdf = http.getBytes("/api/v1/messages/" + DemoData.RESUME_MESSAGE_ID
                    + "/attachments/" + DemoData.RESUME_ATTACHMENT_ID);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");

            assertThat(Http.json(http.get("/api/v1/chats/" + DemoData.WHATSAPP_CHAT_ID + "/attendees")).get("items"))
                    .extracting(a -> a.get("name").asText()).containsExactly("Carol", "Dan", "+33 6 00 00 00 01");
            assertThat(Http.json(http.get("/api/v1/chat_attendees/" + DemoData.BOB_ATTENDEE_ID)).get("name").asText())
                    .isEqualTo("Bob Durand");
            assertThat(Http.json(http.get("/api/v1/chat_attendees?account_id=" + DemoData.WHATSAPP_ACCOUNT_ID))
                    .get("items")).hasSize(3);
            assertThat(Http.json(http.get("/api/v1/webhooks")).get("items")).isEmpty();
        }
    }

    @Test
    void demoDataAnswersTheChatActionAndAttendeeRoutes() {
        try (FakeUnipileServer server = demoServer()) {
            Http http = new Http(server);
            String bob = DemoData.BOB_ATTENDEE_ID;

            assertThat(Http.json(http.get("/api/v1/chat_attendees/" + bob + "/chats")).get("items"))
                    .extracting(c -> c.get("id").asText()).containsExactly(DemoData.LINKEDIN_CHAT_ID);
            assertThat(Http.json(http.get("/api/v1/chat_attendees/" + bob + "/messages")).get("items"))
                    .extracting(m -> m.get("text").asText()).containsExactly("Here it is.",
                            "Hi Alice, are you still looking for a backend engineer?");
            HttpResponse<byte[]> picture = http.getBytes("/api/v1/chat_attendees/" + bob + "/picture");
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(Arrays.copyOf(picture.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

            assertThat(Http.json(http.get("/api/v1/chats/" + DemoData.WHATSAPP_CHAT_ID + "/sync")).get("status")
                    .asText()).isEqualTo("SYNC_STARTED");
            assertThat(http.patchJson("/api/v1/chats/" + DemoData.WHATSAPP_CHAT_ID,
                    "{\"action\":\"setReadStatus\",\"value\":true}").statusCode()).isEqualTo(200);
            assertThat(Http.json(http.get("/api/v1/chats?unread=true")).get("items")).isEmpty();
            HttpResponse<String> forwarded = http.postJson("/api/v1/messages/" + DemoData.RESUME_MESSAGE_ID
                    + "/forward", "{\"chat_id\":\"" + DemoData.ERIN_CHAT_ID + "\"}");
            assertThat(forwarded.statusCode()).isEqualTo(200);
            assertThat(Http.json(http.get("/api/v1/chats/" + DemoData.ERIN_CHAT_ID)).get("lastMessage")
                    .get("attachments").get(0).get("file_name").asText()).isEqualTo("bob-durand-resume.pdf");
        }
    }
}
