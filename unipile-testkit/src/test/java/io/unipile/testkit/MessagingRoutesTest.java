package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.messages.MessageRoutes;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read routes of chats, messages, attachments and attendees, and account deletion, over HTTP. */
class MessagingRoutesTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.000Z");

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);
    private FakeUnipileState state;
    private FakeAccount linkedin;
    private FakeAccount whatsapp;

    @BeforeEach
    void seed() {
        state = server.state();
        linkedin = state.addAccount(AccountType.LINKEDIN);
        whatsapp = state.addAccount(AccountType.WHATSAPP);
    }

    @AfterEach
    void close() {
        server.close();
    }

    private FakeChat chatAt(FakeAccount account, Instant createdAt, int unread) {
        return state.addChat(FakeChat.builder(account.id(), "P" + ThreadLocalRandom.current().nextInt(1_000_000))
                .createdAt(createdAt).unreadCount(unread).build());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Follows cursors to the end; every page but the last is full and the last has a null cursor. */
    private List<String> pageThrough(String path, int limit) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        String separator = path.contains("?") ? "&" : "?";
        do {
            String query = separator + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = Http.json(http.get(path + query));
            assertThat(page.get("cursor").isNull() || page.get("items").size() == limit).isTrue();
            all.addAll(ids(page));
            cursor = page.get("cursor").isNull() ? null : page.get("cursor").asText();
        } while (cursor != null);
        return all;
    }

    @Test
    void listsChatsByLatestActivityAndPagesToANullCursor() {
        FakeChat old = chatAt(linkedin, T0, 0);
        FakeChat recent = chatAt(linkedin, T0.plusSeconds(60), 0);
        FakeChat revived = chatAt(whatsapp, T0.minusSeconds(60), 0);
        state.addMessage(FakeMessage.builder(revived.id()).text("back").timestamp(T0.plusSeconds(120)).build());

        JsonNode all = Http.json(http.get("/api/v1/chats"));

        assertThat(all.get("object").asText()).isEqualTo("ChatList");
        assertThat(ids(all)).containsExactly(revived.id(), recent.id(), old.id());
        assertThat(all.get("items").get(0).get("timestamp").asText()).isEqualTo("2025-03-01T10:02:00.000Z");
        assertThat(all.get("items").get(0).has("lastMessage")).isFalse();
        assertThat(all.get("cursor").isNull()).isTrue();
        assertThat(pageThrough("/api/v1/chats", 2)).containsExactly(revived.id(), recent.id(), old.id());
        assertThat(pageThrough("/api/v1/chats", 1)).containsExactly(revived.id(), recent.id(), old.id());
    }

    @Test
    void filtersChatsByUnreadTypeAccountsAndAnExclusiveTimeWindow() {
        FakeChat unread = chatAt(linkedin, T0, 3);
        FakeChat read = chatAt(linkedin, T0.plusSeconds(10), 0);
        FakeChat other = chatAt(whatsapp, T0.plusSeconds(20), 1);

        assertThat(ids(Http.json(http.get("/api/v1/chats?unread=true")))).containsExactly(other.id(), unread.id());
        assertThat(ids(Http.json(http.get("/api/v1/chats?unread=false")))).containsExactly(read.id());
        assertThat(ids(Http.json(http.get("/api/v1/chats?account_type=WHATSAPP")))).containsExactly(other.id());
        assertThat(ids(Http.json(http.get("/api/v1/chats?account_id=" + linkedin.id()))))
                .containsExactly(read.id(), unread.id());
        assertThat(ids(Http.json(http.get("/api/v1/chats?account_id=" + whatsapp.id() + "," + linkedin.id()))))
                .hasSize(3);
        // Both bounds are exclusive: a chat exactly at a bound is left out.
        assertThat(ids(Http.json(http.get("/api/v1/chats?after=2025-03-01T10:00:00.000Z"
                + "&before=2025-03-01T10:00:20.000Z")))).containsExactly(read.id());
        assertThat(ids(Http.json(http.get("/api/v1/chats?after=2025-03-01T09:59:59.999Z"
                + "&before=2025-03-01T10:00:00.001Z")))).containsExactly(unread.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unread=1", "before=2025-03-01T10:00:00Z", "after=2025-03-01", "before=2025-02-30T10:00:00.000Z",
            "account_type=MAIL", "account_type=linkedin", "account_id=", "account_id=a,", "limit=0", "limit=251",
            "cursor=bm9wZQ%3D%3D", "sort=asc", "unread=true&unread=false"})
    void refusesMalformedChatListParameters(String query) {
        HttpResponse<String> response = http.get("/api/v1/chats?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/invalid_parameters");
    }

    @Test
    void anUnknownAccountInAFilterIsNotFound() {
        for (String path : List.of("/api/v1/chats?account_id=" + linkedin.id() + ",nope", "/api/v1/messages?account_id=nope",
                "/api/v1/chat_attendees?account_id=nope")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/resource_not_found");
        }
    }

    @Test
    void aCursorBelongsToItsList() {
        chatAt(linkedin, T0, 0);
        chatAt(linkedin, T0, 0);
        String chatCursor = Http.json(http.get("/api/v1/chats?limit=1")).get("cursor").asText();

        HttpResponse<String> response = http.get("/api/v1/messages?cursor="
                + URLEncoder.encode(chatCursor, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asText()).contains("cursor");
    }

    @Test
    void listsAChatsMessagesNewestFirstFilteredBySenderAndTime() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob", "ACoAAcarol");
        FakeMessage first = state.addMessage(FakeMessage.builder(chat.id()).from("ACoAAbob").text("1")
                .timestamp(T0).build());
        FakeMessage second = state.addMessage(FakeMessage.builder(chat.id()).from("ACoAAcarol").text("2")
                .timestamp(T0.plusSeconds(1)).build());
        FakeMessage third = state.addMessage(FakeMessage.builder(chat.id()).fromSelf().text("3")
                .timestamp(T0.plusSeconds(2)).build());
        FakeChat elsewhere = state.addChat(linkedin.id(), "ACoAAdan");
        state.addMessage(elsewhere.id(), "not here");
        String path = "/api/v1/chats/" + chat.id() + "/messages";

        JsonNode all = Http.json(http.get(path));

        assertThat(all.get("object").asText()).isEqualTo("MessageList");
        assertThat(ids(all)).containsExactly(third.id(), second.id(), first.id());
        assertThat(all.get("items").get(0).get("object").asText()).isEqualTo("Message");
        assertThat(all.get("items").get(0).get("is_sender").asInt()).isEqualTo(1);
        assertThat(pageThrough(path, 2)).containsExactly(third.id(), second.id(), first.id());
        assertThat(ids(Http.json(http.get(path + "?sender_id=ACoAAbob")))).containsExactly(first.id());
        assertThat(ids(Http.json(http.get(path + "?sender_id=" + linkedin.providerId())))).containsExactly(third.id());
        assertThat(ids(Http.json(http.get(path + "?after=2025-03-01T10:00:00.000Z")))).containsExactly(third.id(),
                second.id());
        assertThat(ids(Http.json(http.get(path + "?before=2025-03-01T10:00:01.000Z")))).containsExactly(first.id());
        assertThat(http.get("/api/v1/chats/unknown/messages").statusCode()).isEqualTo(404);
    }

    @Test
    void pagingSurvivesMessagesArrivingAndLeavingBetweenPages() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, state.addMessage(FakeMessage.builder(chat.id()).text("m" + i)
                    .timestamp(T0.plusSeconds(i)).build()).id());
        }
        String path = "/api/v1/chats/" + chat.id() + "/messages?limit=2";
        JsonNode first = Http.json(http.get(path));
        assertThat(ids(first)).isEqualTo(expected.subList(0, 2));

        state.addMessage(FakeMessage.builder(chat.id()).text("newer").timestamp(T0.plusSeconds(60)).build());
        JsonNode second = Http.json(http.get(path + "&cursor="
                + URLEncoder.encode(first.get("cursor").asText(), StandardCharsets.UTF_8)));

        assertThat(ids(second)).isEqualTo(expected.subList(2, 4));
    }

    @Test
    void listsEveryChatsMessagesFilteredByAccount() {
        FakeChat a = state.addChat(linkedin.id(), "ACoAAbob");
        FakeChat b = state.addChat(whatsapp.id(), "33611");
        FakeMessage inA = state.addMessage(FakeMessage.builder(a.id()).text("a").timestamp(T0).build());
        FakeMessage inB = state.addMessage(FakeMessage.builder(b.id()).text("b").timestamp(T0.plusSeconds(1)).build());

        assertThat(ids(Http.json(http.get("/api/v1/messages")))).containsExactly(inB.id(), inA.id());
        assertThat(ids(Http.json(http.get("/api/v1/messages?account_id=" + linkedin.id())))).containsExactly(inA.id());
        assertThat(ids(Http.json(http.get("/api/v1/messages?sender_id=33611")))).containsExactly(inB.id());
    }

    @Test
    void getsAMessageWithItsReactionsReadsAndFlags() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        FakeMessage quoted = state.addMessage(chat.id(), "original");
        FakeMessage message = state.addMessage(FakeMessage.builder(chat.id()).fromSelf().text("reply")
                .quoteId(quoted.id()).build());
        server.simulateReaction(message.id(), "ACoAAbob", "👍");
        server.simulateMessageRead(message.id(), "ACoAAbob");
        server.simulateMessageEdited(message.id(), "reply, edited");

        JsonNode json = Http.json(http.get("/api/v1/messages/" + message.id()));

        assertThat(json.get("object").asText()).isEqualTo("Message");
        assertThat(json.get("text").asText()).isEqualTo("reply, edited");
        assertThat(json.get("edited").asInt()).isEqualTo(1);
        assertThat(json.get("deleted").asInt()).isZero();
        assertThat(json.get("quoted").get("text").asText()).isEqualTo("original");
        assertThat(json.get("reactions").get(0).get("value").asText()).isEqualTo("👍");
        assertThat(json.get("reactions").get(0).get("sender_id").asText()).isEqualTo("ACoAAbob");
        assertThat(json.get("reactions").get(0).get("is_sender").asBoolean()).isFalse();
        assertThat(json.get("seen").asInt()).isEqualTo(1);
        assertThat(json.get("seen_by").has("ACoAAbob")).isTrue();

        server.simulateMessageDeleted(message.id());
        assertThat(Http.json(http.get("/api/v1/messages/" + message.id())).get("deleted").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/messages/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void downloadsAttachmentsAsTheStoredBytesWithTheirContentType() {
        byte[] big = new byte[6 * 1024 * 1024];
        ThreadLocalRandom.current().nextBytes(big);
        FakeAttachment video = FakeAttachment.of("clip.mp4", "video/mp4", FileContent.of(big));
        FakeAttachment untyped = FakeAttachment.of("blob", null, FileContent.ofUtf8("raw"));
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        FakeMessage message = state.addMessage(FakeMessage.builder(chat.id()).attachments(video, untyped).build());
        String base = "/api/v1/messages/" + message.id() + "/attachments/";

        HttpResponse<byte[]> download = http.getBytes(base + video.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(big.length);
        assertThat(download.body()).isEqualTo(big);

        HttpResponse<byte[]> raw = http.getBytes(base + untyped.id());
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(new String(raw.body(), StandardCharsets.UTF_8)).isEqualTo("raw");

        assertThat(http.get(base + "unknown").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/messages/unknown/attachments/" + video.id()).statusCode()).isEqualTo(404);
        assertThat(server.journal().requests(MessageRoutes.GET_ATTACHMENT)).hasSize(4);
    }

    @Test
    void aSentAttachmentCanBeDownloadedAgain() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        byte[] pdf = "%PDF-1.4 sent".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> sent = http.post("/api/v1/chats/" + chat.id() + "/messages",
                new Multipart().file("attachments", "cv.pdf", "application/pdf", pdf));
        String messageId = Http.json(sent).get("message_id").asText();
        String attachmentId = Http.json(http.get("/api/v1/messages/" + messageId)).get("attachments").get(0)
                .get("id").asText();

        HttpResponse<byte[]> download = http.getBytes("/api/v1/messages/" + messageId + "/attachments/" + attachmentId);

        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void listsAttendeesOfAChatAndOfEveryAccount() {
        FakeAttendee bob = state.addAttendee(linkedin.id(), "ACoAAbob", "Bob");
        FakeChat group = state.addChat(linkedin.id(), "ACoAAbob", "ACoAAcarol");
        FakeAttendee waSelf = state.attendee(whatsapp.id(), whatsapp.providerId()).orElseThrow();

        JsonNode ofChat = Http.json(http.get("/api/v1/chats/" + group.id() + "/attendees"));
        assertThat(ofChat.get("object").asText()).isEqualTo("ChatAttendeeList");
        assertThat(ofChat.get("cursor").isNull()).isTrue();
        List<String> providers = new ArrayList<>();
        ofChat.get("items").forEach(a -> providers.add(a.get("provider_id").asText() + "/" + a.get("is_self").asInt()));
        assertThat(providers).containsExactly("ACoAAbob/0", "ACoAAcarol/0", linkedin.providerId() + "/1");
        assertThat(http.get("/api/v1/chats/unknown/attendees").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/chats/" + group.id() + "/attendees?limit=1").statusCode()).isEqualTo(400);

        List<String> everyone = pageThrough("/api/v1/chat_attendees", 2);
        assertThat(everyone).containsExactlyElementsOf(state.attendees().stream().map(FakeAttendee::id).toList());
        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees?account_id=" + whatsapp.id()))))
                .containsExactly(waSelf.id());

        JsonNode one = Http.json(http.get("/api/v1/chat_attendees/" + bob.id()));
        assertThat(one.get("object").asText()).isEqualTo("ChatAttendee");
        assertThat(one.get("name").asText()).isEqualTo("Bob");
        assertThat(one.get("account_id").asText()).isEqualTo(linkedin.id());
        assertThat(http.get("/api/v1/chat_attendees/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void deletingAnAccountRemovesItsChatsMessagesAndAttendees() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        FakeMessage message = state.addMessage(chat.id(), "hi");
        FakeChat kept = state.addChat(whatsapp.id(), "33611");

        HttpResponse<String> deleted = http.delete("/api/v1/accounts/" + linkedin.id());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"object\":\"AccountDeleted\"}");
        assertThat(state.account(linkedin.id())).isEmpty();
        assertThat(http.get("/api/v1/accounts/" + linkedin.id()).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/chats/" + chat.id()).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/messages/" + message.id()).statusCode()).isEqualTo(404);
        assertThat(ids(Http.json(http.get("/api/v1/chats")))).containsExactly(kept.id());
        assertThat(state.attendees()).allMatch(a -> a.accountId().equals(whatsapp.id()));
        assertThat(server.journal().requests(AccountRoutes.DELETE_ACCOUNT).get(0).applied()).isTrue();

        HttpResponse<String> again = http.delete("/api/v1/accounts/" + linkedin.id());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Http.json(again).get("type").asText()).isEqualTo("errors/resource_not_found");
        assertThat(server.journal().requests(AccountRoutes.DELETE_ACCOUNT).get(1).applied()).isFalse();
    }

    @Test
    void faultsAndTheJournalWorkPerNewRoute() {
        FakeChat chat = state.addChat(linkedin.id(), "ACoAAbob");
        server.faults().on(ChatRoutes.LIST_CHAT_MESSAGES).respond(503);

        assertThat(http.get("/api/v1/chats/" + chat.id() + "/messages").statusCode()).isEqualTo(503);
        assertThat(http.get("/api/v1/chats/" + chat.id() + "/messages").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/chats").statusCode()).isEqualTo(200);
        assertThat(server.journal().requests(ChatRoutes.LIST_CHAT_MESSAGES)).extracting(RecordedRequest::responseStatus)
                .containsExactly(503, 200);
        assertThat(server.journal().count(ChatRoutes.LIST_CHATS)).isEqualTo(1);
    }
}
