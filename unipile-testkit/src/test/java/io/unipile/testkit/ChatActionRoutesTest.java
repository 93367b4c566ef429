package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.MessagingEvent;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code PATCH /chats/{chat_id}}, {@code GET /chats/{chat_id}/sync} and {@code POST /messages/{id}/forward}. */
class ChatActionRoutesTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().webhookRetryDelays().build().start();
    private final Http http = new Http(server);
    private FakeAccount account;
    private FakeChat chat;

    @BeforeEach
    void seed() {
        account = server.state().addAccount(AccountType.LINKEDIN);
        chat = server.state().addChat(FakeChat.builder(account.id(), "ACoAAbob").unreadCount(0).build());
    }

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> patch(String chatId, String json) {
        return http.patchJson("/api/v1/chats/" + chatId, json);
    }

    @Test
    void settingTheReadStatusChangesWhatTheChatShows() {
        FakeMessage in = server.simulateIncomingMessage(chat.id(), "ACoAAbob", "Hi");
        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "Still there?");
        assertThat(Http.json(http.get("/api/v1/chats/" + chat.id())).get("unread_count").asInt()).isEqualTo(2);

        HttpResponse<String> read = patch(chat.id(), "{\"action\":\"setReadStatus\",\"value\":true}");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).get("object").asText()).isEqualTo("ChatPatched");
        assertThat(Http.json(http.get("/api/v1/chats/" + chat.id())).get("unread_count").asInt()).isZero();
        JsonNode message = Http.json(http.get("/api/v1/messages/" + in.id()));
        assertThat(message.get("seen").asInt()).isEqualTo(1);
        assertThat(message.get("seen_by").has(account.providerId())).isTrue();
        assertThat(Http.json(http.get("/api/v1/chats?unread=true")).get("items")).isEmpty();

        assertThat(patch(chat.id(), "{\"action\":\"setReadStatus\",\"value\":false}").statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/v1/chats/" + chat.id())).get("unread_count").asInt()).isEqualTo(1);
        assertThat(server.journal().requests(ChatRoutes.PATCH_CHAT)).extracting(RecordedRequest::applied)
                .containsExactly(true, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"action\":\"setMuteStatus\",\"value\":true}", "{\"action\":\"setReadStatus\"}",
            "{\"value\":true}", "{\"action\":\"setReadStatus\",\"value\":\"yes\"}",
            "{\"action\":\"setReadStatus\",\"value\":true,\"extra\":1}", "[]", "{"})
    void refusesWhatTheDocumentDoesNotDescribe(String body) {
        HttpResponse<String> answer = patch(chat.id(), body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Http.json(answer).get("type").asText()).isIn("errors/invalid_parameters",
                "errors/missing_parameters", "errors/malformed_request");
        assertThat(server.state().chat(chat.id()).orElseThrow().unreadCount()).isZero();
    }

    @Test
    void patchErrors() {
        assertThat(patch("unknown", "{\"action\":\"setReadStatus\",\"value\":true}").statusCode()).isEqualTo(404);
        HttpResponse<String> form = http.send(http.request("/api/v1/chats/" + chat.id())
                .header("Content-Type", "text/plain").method("PATCH",
                        java.net.http.HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(http.send(http.request("/api/v1/chats/" + chat.id()).DELETE().build()).headers()
                .firstValue("Allow")).hasValue("GET, PATCH");
    }

    @Test
    void aSyncStartsThenReportsDoneThenStartsAfresh() {
        String sync = "/api/v1/chats/" + chat.id() + "/sync";

        JsonNode started = Http.json(http.get(sync));
        assertThat(started.get("object").asText()).isEqualTo("ChatHistorySync");
        assertThat(started.get("chat_id").asText()).isEqualTo(chat.id());
        assertThat(started.get("status").asText()).isEqualTo("SYNC_STARTED");
        assertThat(Http.json(http.get(sync)).get("status").asText()).isEqualTo("SYNC_DONE");
        assertThat(Http.json(http.get(sync)).get("status").asText()).isEqualTo("SYNC_STARTED");

        assertThat(http.get("/api/v1/chats/unknown/sync").statusCode()).isEqualTo(404);
        assertThat(http.get(sync + "?limit=1").statusCode()).isEqualTo(400);
    }

    @Test
    void forwardingSendsACopyToTheTargetChatAndTellsWebhooks() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.MESSAGING).build());
            FakeChat target = server.state().addChat(account.id(), "ACoAAcarol");
            FakeAttachment pdf = FakeAttachment.of("cv.pdf", "application/pdf", FileContent.ofUtf8("%PDF"));
            FakeMessage original = server.state().addMessage(FakeMessage.builder(chat.id()).text("my cv")
                    .attachments(pdf).build());

            HttpResponse<String> answer = http.postJson("/api/v1/messages/" + original.id() + "/forward",
                    "{\"chat_id\":\"" + target.id() + "\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode json = Http.json(answer);
            assertThat(json.get("object").asText()).isEqualTo("MessageForwarded");
            FakeMessage copy = server.state().message(json.get("message_id").asText()).orElseThrow();
            assertThat(copy.chatId()).isEqualTo(target.id());
            assertThat(copy.text()).isEqualTo("my cv");
            assertThat(copy.fromSelf()).isTrue();
            assertThat(copy.origin()).isEqualTo(Origin.API);
            assertThat(copy.attachments()).singleElement().satisfies(a -> {
                assertThat(a.id()).isNotEqualTo(pdf.id());
                assertThat(a.content()).isEqualTo(pdf.content());
            });
            HttpResponse<byte[]> download = http.getBytes("/api/v1/messages/" + copy.id() + "/attachments/"
                    + copy.attachments().get(0).id());
            assertThat(download.body()).isEqualTo(pdf.content().bytes());

            WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(5)).get(0);
            MessagingEvent event = (MessagingEvent) WebhookEvents.parse(delivery.body());
            assertThat(event.messageId()).isEqualTo(copy.id());
            assertThat(event.chatId()).isEqualTo(target.id());
            assertThat(server.journal().requests(MessageRoutes.FORWARD_MESSAGE).get(0).applied()).isTrue();
        }
    }

    @Test
    void forwardErrors() {
        FakeMessage original = server.state().addMessage(chat.id(), "hi");
        FakeAccount other = server.state().addAccount(AccountType.WHATSAPP);
        FakeChat elsewhere = server.state().addChat(other.id(), "336");
        FakeChat readOnly = server.state().addChat(FakeChat.builder(account.id(), "ACoAAro").readOnly(true).build());
        String forward = "/api/v1/messages/" + original.id() + "/forward";

        assertThat(status(http.postJson("/api/v1/messages/unknown/forward", "{\"chat_id\":\"" + chat.id() + "\"}")))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(status(http.postJson(forward, "{\"chat_id\":\"unknown\"}")))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(status(http.postJson(forward, "{\"chat_id\":\"" + elsewhere.id() + "\"}")))
                .isEqualTo("403 errors/account_mismatch");
        assertThat(status(http.postJson(forward, "{\"chat_id\":\"" + readOnly.id() + "\"}")))
                .isEqualTo("422 errors/cant_send_message");
        assertThat(status(http.postJson(forward, "{}"))).isEqualTo("400 errors/missing_parameters");
        assertThat(status(http.postJson(forward, "{\"chat_id\":1}"))).isEqualTo("400 errors/invalid_parameters");
        assertThat(status(http.postJson(forward, "{\"chat_id\":\"x\",\"text\":\"y\"}")))
                .isEqualTo("400 errors/invalid_parameters");
        server.simulateMessageDeleted(original.id());
        assertThat(status(http.postJson(forward, "{\"chat_id\":\"" + chat.id() + "\"}")))
                .isEqualTo("422 errors/invalid_message");
        assertThat(server.state().sentMessages()).isEmpty();
    }

    private static String status(HttpResponse<String> answer) {
        return answer.statusCode() + " " + Http.json(answer).get("type").asText();
    }
}
