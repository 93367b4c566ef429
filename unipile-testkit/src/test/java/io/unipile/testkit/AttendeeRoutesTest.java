package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An attendee's chats, messages and picture. */
class AttendeeRoutesTest {
    private static final Instant BASE = Instant.parse("2025-03-01T10:00:00.000Z");

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);
    private FakeAccount linkedin;
    private FakeAccount whatsapp;
    private FakeAttendee bob;
    private FakeChat oneToOne;
    private FakeChat group;
    private FakeChat withoutBob;

    @BeforeEach
    void seed() {
        linkedin = server.state().addAccount(AccountType.LINKEDIN);
        whatsapp = server.state().addAccount(AccountType.WHATSAPP);
        bob = server.state().addAttendee(FakeAttendee.of(linkedin.id(), "ACoAAbob", "Bob")
                .withPicture("image/jpeg", FileContent.of(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})));
        oneToOne = server.state().addChat(FakeChat.builder(linkedin.id(), "ACoAAbob").createdAt(BASE).build());
        group = server.state().addChat(FakeChat.builder(linkedin.id(), "ACoAAbob", "ACoAAcarol")
                .createdAt(BASE.plusSeconds(60)).build());
        withoutBob = server.state().addChat(FakeChat.builder(linkedin.id(), "ACoAAcarol")
                .createdAt(BASE.plusSeconds(120)).build());
        server.state().addChat(FakeChat.builder(whatsapp.id(), "ACoAAbob").createdAt(BASE.plusSeconds(180)).build());
    }

    @AfterEach
    void close() {
        server.close();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String type(HttpResponse<String> answer) {
        return answer.statusCode() + " " + Http.json(answer).get("type").asText();
    }

    @Test
    void listsTheChatsAnAttendeeTakesPartInLatestFirst() {
        String chats = "/api/v1/chat_attendees/" + bob.id() + "/chats";

        assertThat(ids(Http.json(http.get(chats)))).containsExactly(group.id(), oneToOne.id());
        assertThat(ids(Http.json(http.get(chats + "?after=2025-03-01T10:00:30.000Z")))).containsExactly(group.id());
        assertThat(ids(Http.json(http.get(chats + "?before=2025-03-01T10:00:30.000Z")))).containsExactly(oneToOne.id());

        JsonNode first = Http.json(http.get(chats + "?limit=1"));
        assertThat(ids(first)).containsExactly(group.id());
        JsonNode second = Http.json(http.get(chats + "?limit=1&cursor="
                + URLEncoder.encode(first.get("cursor").asText(), StandardCharsets.UTF_8)));
        assertThat(ids(second)).containsExactly(oneToOne.id());
        assertThat(second.get("cursor").isNull()).isTrue();
        assertThat(Http.json(http.get(chats)).get("object").asText()).isEqualTo("ChatList");
    }

    @Test
    void aProviderIdNamesTheAttendeeInEveryAccountAndIdsMayBeListed() {
        FakeAttendee carol = server.state().attendee(linkedin.id(), "ACoAAcarol").orElseThrow();

        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees/ACoAAbob/chats")))).hasSize(3);
        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees/ACoAAbob/chats?account_id=" + linkedin.id()))))
                .containsExactly(group.id(), oneToOne.id());
        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees/" + bob.id() + "," + carol.id() + "/chats"))))
                .containsExactly(withoutBob.id(), group.id(), oneToOne.id());
        FakeAttendee holder = server.state().attendees().stream()
                .filter(a -> a.self() && a.accountId().equals(linkedin.id())).findFirst().orElseThrow();
        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees/" + holder.id() + "/chats")))).hasSize(3);
    }

    @Test
    void chatListErrors() {
        String chats = "/api/v1/chat_attendees/" + bob.id() + "/chats";

        assertThat(type(http.get("/api/v1/chat_attendees/unknown/chats"))).isEqualTo("404 errors/resource_not_found");
        assertThat(type(http.get("/api/v1/chat_attendees/" + bob.id() + ",/chats")))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(type(http.get(chats + "?account_id=nope"))).isEqualTo("404 errors/resource_not_found");
        for (String bad : new String[] {"limit=0", "limit=251", "before=2025-03-01", "cursor=eA%3D%3D", "unread=true",
                "account_id=a,,b"}) {
            assertThat(type(http.get(chats + "?" + bad))).as(bad).isEqualTo("400 errors/invalid_parameters");
        }
    }

    @Test
    void listsTheMessagesAnAttendeeSent() {
        FakeMessage first = server.state().addMessage(FakeMessage.builder(oneToOne.id()).from("ACoAAbob")
                .text("first").timestamp(BASE.plusSeconds(1)).build());
        FakeMessage inGroup = server.state().addMessage(FakeMessage.builder(group.id()).from("ACoAAbob")
                .text("group").timestamp(BASE.plusSeconds(70)).build());
        server.state().addMessage(FakeMessage.builder(group.id()).from("ACoAAcarol").text("carol")
                .timestamp(BASE.plusSeconds(80)).build());
        server.state().addMessage(FakeMessage.builder(oneToOne.id()).fromSelf().text("mine")
                .timestamp(BASE.plusSeconds(90)).build());
        String messages = "/api/v1/chat_attendees/" + bob.id() + "/messages";

        JsonNode all = Http.json(http.get(messages));
        assertThat(all.get("object").asText()).isEqualTo("MessageList");
        assertThat(ids(all)).containsExactly(inGroup.id(), first.id());
        assertThat(ids(Http.json(http.get(messages + "?before=2025-03-01T10:00:30.000Z"))))
                .containsExactly(first.id());
        JsonNode page = Http.json(http.get(messages + "?limit=1"));
        assertThat(ids(page)).containsExactly(inGroup.id());
        assertThat(ids(Http.json(http.get(messages + "?cursor="
                + URLEncoder.encode(page.get("cursor").asText(), StandardCharsets.UTF_8))))).containsExactly(first.id());
        assertThat(ids(Http.json(http.get("/api/v1/chat_attendees/ACoAAbob/messages?account_id=" + whatsapp.id()))))
                .isEmpty();

        assertThat(type(http.get("/api/v1/chat_attendees/unknown/messages"))).isEqualTo("404 errors/resource_not_found");
        assertThat(type(http.get(messages + "?sender_id=x"))).isEqualTo("400 errors/invalid_parameters");
        assertThat(type(http.get(messages + "?after=yesterday"))).isEqualTo("400 errors/invalid_parameters");
    }

    @Test
    void sendsThePictureWithItsContentTypeOr404() {
        HttpResponse<byte[]> picture = http.getBytes("/api/v1/chat_attendees/" + bob.id() + "/picture");

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(picture.body()).containsExactly((byte) 0xFF, (byte) 0xD8, 1, 2);

        FakeAttendee carol = server.state().attendee(linkedin.id(), "ACoAAcarol").orElseThrow();
        assertThat(type(http.get("/api/v1/chat_attendees/" + carol.id() + "/picture")))
                .isEqualTo("404 errors/resource_not_found");
        assertThat(type(http.get("/api/v1/chat_attendees/unknown/picture"))).isEqualTo("404 errors/resource_not_found");
        assertThat(type(http.get("/api/v1/chat_attendees/" + bob.id() + "/picture?size=2")))
                .isEqualTo("400 errors/invalid_parameters");
    }
}
