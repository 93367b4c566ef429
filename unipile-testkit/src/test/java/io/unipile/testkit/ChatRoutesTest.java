package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatRoutesTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);
    private FakeAccount linkedin;

    @BeforeEach
    void seed() {
        linkedin = server.state().addAccount(AccountType.LINKEDIN);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void startsAChatWithRepeatedAttendeesTextSubjectAndFiles() {
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        HttpResponse<String> response = http.post("/api/v1/chats", new Multipart()
                .field("account_id", linkedin.id())
                .field("attendees_ids", "ACoAA1")
                .field("attendees_ids", "ACoAA2")
                .field("text", "Hello, both — ça va ?")
                .field("subject", "Intro")
                .file("attachments", "cv.pdf", "application/pdf", pdf)
                .file("attachments", "photo.png", "image/png", png));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode json = Http.json(response);
        assertThat(json.get("object").asText()).isEqualTo("ChatStarted");
        FakeChat chat = server.state().startedChats().get(0);
        assertThat(json.get("chat_id").asText()).isEqualTo(chat.id());
        assertThat(chat.attendeeProviderIds()).containsExactly("ACoAA1", "ACoAA2");
        assertThat(chat.subject()).isEqualTo("Intro");
        assertThat(chat.accountId()).isEqualTo(linkedin.id());
        assertThat(chat.linkedin()).isNull();
        assertThat(chat.origin()).isEqualTo(Origin.API);

        FakeMessage first = server.state().messages(chat.id()).get(0);
        assertThat(json.get("message_id").asText()).isEqualTo(first.id());
        assertThat(first.text()).isEqualTo("Hello, both — ça va ?");
        assertThat(first.fromSelf()).isTrue();
        assertThat(first.senderProviderId()).isEqualTo(linkedin.providerId());
        assertThat(first.attachments()).extracting(FakeAttachment::fileName, FakeAttachment::contentType,
                        FakeAttachment::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cv.pdf", "application/pdf", FakeAttachment.Type.FILE),
                        org.assertj.core.groups.Tuple.tuple("photo.png", "image/png", FakeAttachment.Type.IMG));
        assertThat(first.attachments().get(0).content().bytes()).isEqualTo(pdf);
        assertThat(first.attachments().get(1).content().bytes()).isEqualTo(png);
        assertThat(server.state().attendee(linkedin.id(), "ACoAA2")).isPresent();
    }

    @Test
    void startsAChatWithRecruiterOptionsAndAFollowUp() {
        HttpResponse<String> response = http.post("/api/v1/chats", new Multipart()
                .field("account_id", linkedin.id())
                .field("attendees_ids", "ACoAA1")
                .field("text", "<strong>Hi</strong>")
                .field("linkedin[api]", "recruiter")
                .field("linkedin[signature]", "Jane, Acme")
                .field("linkedin[hiring_project_id]", "hp-1")
                .field("linkedin[job_posting_id]", "job-1")
                .field("linkedin[email_address]", "x@example.com")
                .field("linkedin[visibility]", "PROJECT")
                .field("linkedin[follow_up][subject]", "Following up")
                .field("linkedin[follow_up][text]", "Any news?")
                .field("linkedin[follow_up][scheduled_time][days]", "3")
                .field("linkedin[follow_up][scheduled_time][timezone]", "Europe/Paris")
                .file("linkedin[follow_up][attachments]", "jd.txt", "text/plain", "JD".getBytes(StandardCharsets.UTF_8))
                .file("voice_message", "hello.m4a", "audio/mp4", new byte[] {1, 2, 3})
                .file("video_message", "hello.mp4", "video/mp4", new byte[] {4, 5}));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        FakeChat chat = server.state().startedChats().get(0);
        FakeLinkedinOptions options = chat.linkedin();
        assertThat(options.api()).isEqualTo(FakeLinkedinOptions.Api.RECRUITER);
        assertThat(options.signature()).isEqualTo("Jane, Acme");
        assertThat(options.hiringProjectId()).isEqualTo("hp-1");
        assertThat(options.jobPostingId()).isEqualTo("job-1");
        assertThat(options.emailAddress()).isEqualTo("x@example.com");
        assertThat(options.visibility()).isEqualTo(FakeLinkedinOptions.Visibility.PROJECT);
        assertThat(options.followUp().subject()).isEqualTo("Following up");
        assertThat(options.followUp().text()).isEqualTo("Any news?");
        assertThat(options.followUp().days()).isEqualTo(3);
        assertThat(options.followUp().weeks()).isNull();
        assertThat(options.followUp().timezone()).isEqualTo("Europe/Paris");
        assertThat(options.followUp().attachments()).singleElement()
                .satisfies(a -> assertThat(a.content().asUtf8()).isEqualTo("JD"));
        FakeMessage first = server.state().messages(chat.id()).get(0);
        assertThat(first.voiceMessage().voiceNote()).isTrue();
        assertThat(first.voiceMessage().content().bytes()).containsExactly(1, 2, 3);
        assertThat(first.videoMessage().fileName()).isEqualTo("hello.mp4");
    }

    @Test
    void startsAChatWithoutAMessageWhenThereIsNothingToSend() {
        HttpResponse<String> response = http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "ACoAA1"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode json = Http.json(response);
        assertThat(json.get("message_id").isNull()).isTrue();
        assertThat(server.state().messages()).isEmpty();
        assertThat(Http.json(http.get("/api/v1/chats/" + json.get("chat_id").asText())).get("lastMessage").isNull())
                .isTrue();
    }

    @Test
    void startsAClassicInmailChat() {
        http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "ACoAA1").field("text", "Hi").field("linkedin[inmail]", "true")
                .field("linkedin[topic]", "careers"));

        FakeChat chat = server.state().startedChats().get(0);
        assertThat(chat.linkedin().inmail()).isTrue();
        assertThat(chat.linkedin().api()).isNull();
        assertThat(chat.linkedin().topic()).isEqualTo("careers");
        JsonNode json = Http.json(http.get("/api/v1/chats/" + chat.id()));
        assertThat(json.get("content_type").asText()).isEqualTo("inmail");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no account_id | missing_parameters | account_id=",
        "no attendees | missing_parameters | attendees_ids=",
        "empty attendee | invalid_parameters | attendees_ids=''",
        "attendees as one JSON array | invalid_parameters | attendees_ids=;+attendees_ids=[\"ACoAA1\",\"ACoAA2\"]",
        "attendees as a spaced JSON array | invalid_parameters | attendees_ids=;+attendees_ids= [\"ACoAA1\"] ",
        "unknown field | invalid_parameters | +attendee_ids=x",
        "repeated account | invalid_parameters | +account_id=again",
        "bad api | invalid_parameters | +linkedin[api]=premium",
        "bad inmail | invalid_parameters | +linkedin[inmail]=yes",
        "bad topic | invalid_parameters | +linkedin[topic]=jobs",
        "unknown linkedin field | invalid_parameters | +linkedin[foo]=1",
        "recruiter field on classic | invalid_parameters | +linkedin[signature]=S",
        "classic field on recruiter | invalid_parameters | +linkedin[api]=recruiter;+linkedin[topic]=other",
        "bad visibility | invalid_parameters | +linkedin[api]=recruiter;+linkedin[visibility]=ALL",
        "days out of range | invalid_parameters | +linkedin[api]=recruiter;+linkedin[follow_up][subject]=s;"
            + "+linkedin[follow_up][text]=t;+linkedin[follow_up][scheduled_time][days]=2;"
            + "+linkedin[follow_up][scheduled_time][timezone]=UTC",
        "weeks out of range | invalid_parameters | +linkedin[api]=recruiter;+linkedin[follow_up][subject]=s;"
            + "+linkedin[follow_up][text]=t;+linkedin[follow_up][scheduled_time][weeks]=5;"
            + "+linkedin[follow_up][scheduled_time][timezone]=UTC",
        "days and weeks | invalid_parameters | +linkedin[api]=recruiter;+linkedin[follow_up][subject]=s;"
            + "+linkedin[follow_up][text]=t;+linkedin[follow_up][scheduled_time][weeks]=2;"
            + "+linkedin[follow_up][scheduled_time][days]=4;+linkedin[follow_up][scheduled_time][timezone]=UTC",
        "follow-up without timezone | missing_parameters | +linkedin[api]=recruiter;"
            + "+linkedin[follow_up][subject]=s;+linkedin[follow_up][text]=t;"
            + "+linkedin[follow_up][scheduled_time][weeks]=2",
    })
    void rejectsInvalidStartChatForms(String description, String type, String edits) {
        HttpResponse<String> response = http.post("/api/v1/chats", form(edits));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/" + type);
        assertThat(server.state().chats()).isEmpty();
    }

    /** A valid start-chat form changed by edits: {@code name=} drops a field, {@code +name=v} adds one. */
    private Multipart form(String edits) {
        java.util.Map<String, String> base = new java.util.LinkedHashMap<>();
        base.put("account_id", linkedin.id());
        base.put("attendees_ids", "ACoAA1");
        base.put("text", "Hi");
        Multipart form = new Multipart();
        java.util.List<String[]> added = new java.util.ArrayList<>();
        for (String edit : edits.split(";")) {
            if (edit.isEmpty()) {
                continue;
            }
            String[] kv = edit.split("=", 2);
            if (kv[0].startsWith("+")) {
                added.add(new String[] {kv[0].substring(1), kv[1]});
            } else if (kv[1].equals("''")) {
                base.put(kv[0], "");
            } else {
                base.remove(kv[0]);
            }
        }
        base.forEach(form::field);
        added.forEach(kv -> form.field(kv[0], kv[1]));
        return form;
    }

    @Test
    void rejectsTextSentAsAFileAndFilesSentAsText() {
        HttpResponse<String> textAsFile = http.post("/api/v1/chats", form("").file("text", "t.txt", null, new byte[1]));
        HttpResponse<String> fileAsText = http.post("/api/v1/chats", form("+attachments=x"));

        assertThat(textAsFile.statusCode()).isEqualTo(400);
        assertThat(fileAsText.statusCode()).isEqualTo(400);
        assertThat(Http.json(fileAsText).get("detail").asText()).contains("file part");
    }

    @Test
    void rejectsBodiesThatAreNotMultipart() {
        HttpResponse<String> response = http.send(http.request("/api/v1/chats")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"account_id\":\"x\"}")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/malformed_request");
    }

    @Test
    void unknownAccountIsNotFoundAndMailAccountsCannotChat() {
        HttpResponse<String> unknown = http.post("/api/v1/chats", new Multipart().field("account_id", "nope")
                .field("attendees_ids", "A"));
        FakeAccount mail = server.state().addAccount(AccountType.MAIL);
        HttpResponse<String> notMessaging = http.post("/api/v1/chats", new Multipart().field("account_id", mail.id())
                .field("attendees_ids", "A"));
        FakeAccount whatsapp = server.state().addAccount(AccountType.WHATSAPP);
        HttpResponse<String> linkedinOnWhatsapp = http.post("/api/v1/chats", new Multipart()
                .field("account_id", whatsapp.id()).field("attendees_ids", "A").field("linkedin[inmail]", "true"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notMessaging.statusCode()).isEqualTo(422);
        assertThat(Http.json(notMessaging).get("type").asText()).isEqualTo("errors/invalid_account");
        assertThat(linkedinOnWhatsapp.statusCode()).isEqualTo(400);
    }

    @Test
    void unreachableAttendeeGets422AndNothingIsStored() {
        server.state().markUnreachable("ACoAAgone");

        HttpResponse<String> response = http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "ACoAAgone").field("text", "Hi"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/user_unreachable");
        assertThat(server.state().chats()).isEmpty();
        assertThat(server.state().attendee(linkedin.id(), "ACoAAgone")).isEmpty();
    }

    @Test
    void getsAChatWithItsLastMessage() {
        FakeChat chat = server.state().addChat(FakeChat.builder(linkedin.id(), "ACoAAbob").name("Bob")
                .createdAt(Instant.parse("2025-01-01T00:00:00Z")).build());
        server.state().addMessage(FakeMessage.builder(chat.id()).text("old")
                .timestamp(Instant.parse("2025-01-01T10:00:00Z")).build());
        FakeMessage latest = server.state().addMessage(FakeMessage.builder(chat.id()).text("latest")
                .timestamp(Instant.parse("2025-01-02T10:00:00.123Z")).build());

        JsonNode json = Http.json(http.get("/api/v1/chats/" + chat.id()));

        assertThat(json.get("object").asText()).isEqualTo("Chat");
        assertThat(json.get("account_type").asText()).isEqualTo("LINKEDIN");
        assertThat(json.get("attendee_provider_id").asText()).isEqualTo("ACoAAbob");
        assertThat(json.get("type").asInt()).isZero();
        assertThat(json.get("timestamp").asText()).isEqualTo("2025-01-02T10:00:00.123Z");
        JsonNode last = json.get("lastMessage");
        assertThat(last.get("id").asText()).isEqualTo(latest.id());
        assertThat(last.get("text").asText()).isEqualTo("latest");
        assertThat(last.get("is_sender").asInt()).isZero();
        assertThat(last.get("sender_id").asText()).isEqualTo("ACoAAbob");
        assertThat(last.get("sender_attendee_id").asText())
                .isEqualTo(server.state().attendee(linkedin.id(), "ACoAAbob").orElseThrow().id());
    }

    @Test
    void chatWithoutMessagesHasANullLastMessageAndLeavesAbsentOptionalsOut() {
        FakeChat chat = server.state().addChat(linkedin.id(), "A", "B");

        JsonNode json = Http.json(http.get("/api/v1/chats/" + chat.id()));

        assertThat(json.get("lastMessage").isNull()).isTrue();
        assertThat(json.get("name").isNull()).isTrue();
        assertThat(json.get("type").asInt()).isEqualTo(1);
        assertThat(json.has("subject")).isFalse();
        assertThat(json.has("attendee_provider_id")).isFalse();
    }

    @Test
    void findsAChatByProviderIdWithinAnAccount() {
        FakeChat chat = server.state().addChat(FakeChat.builder(linkedin.id(), "A").providerId("2-abc").build());

        assertThat(http.get("/api/v1/chats/2-abc").statusCode()).isEqualTo(404);
        assertThat(Http.json(http.get("/api/v1/chats/2-abc?account_id=" + linkedin.id())).get("id").asText())
                .isEqualTo(chat.id());
    }

    @Test
    void accountMismatchIsForbidden() {
        FakeChat chat = server.state().addChat(linkedin.id(), "A");
        FakeAccount other = server.state().addAccount(AccountType.WHATSAPP);

        HttpResponse<String> get = http.get("/api/v1/chats/" + chat.id() + "?account_id=" + other.id());
        HttpResponse<String> send = http.post("/api/v1/chats/" + chat.id() + "/messages",
                new Multipart().field("account_id", other.id()).field("text", "x"));

        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(Http.json(get).get("type").asText()).isEqualTo("errors/account_mismatch");
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(server.state().messages()).isEmpty();
    }

    @Test
    void sendsAMessageWithQuoteThreadAndAttachments() {
        FakeChat chat = server.state().addChat(linkedin.id(), "ACoAAbob");
        FakeMessage quoted = server.state().addMessage(chat.id(), "Can you send it?");
        byte[] big = new byte[3 * 1024 * 1024 + 7];
        new java.util.Random(42).nextBytes(big);

        HttpResponse<String> response = http.post("/api/v1/chats/" + chat.id() + "/messages", new Multipart()
                .field("text", "Here it is")
                .field("account_id", linkedin.id())
                .field("quote_id", quoted.id())
                .field("thread_id", "th-1")
                .file("attachments", "data.bin", "application/octet-stream", big)
                .file("attachments", "clip.mp4", "video/mp4", new byte[] {9}));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = Http.json(response);
        assertThat(json.get("object").asText()).isEqualTo("MessageSent");
        FakeMessage sent = server.state().message(json.get("message_id").asText()).orElseThrow();
        assertThat(sent.text()).isEqualTo("Here it is");
        assertThat(sent.quoteId()).isEqualTo(quoted.id());
        assertThat(sent.threadId()).isEqualTo("th-1");
        assertThat(sent.attachments()).hasSize(2);
        assertThat(sent.attachments().get(0).content().contentEquals(big)).isTrue();
        assertThat(server.state().sentMessages()).containsExactly(sent);

        JsonNode last = Http.json(http.get("/api/v1/chats/" + chat.id())).get("lastMessage");
        assertThat(last.get("is_sender").asInt()).isEqualTo(1);
        assertThat(last.get("quoted").get("text").asText()).isEqualTo("Can you send it?");
        assertThat(last.get("attachments").get(0).get("type").asText()).isEqualTo("file");
        assertThat(last.get("attachments").get(0).get("file_name").asText()).isEqualTo("data.bin");
        assertThat(last.get("attachments").get(0).get("file_size").asInt()).isEqualTo(big.length);
        assertThat(last.get("attachments").get(1).get("type").asText()).isEqualTo("video");
    }

    @Test
    void rejectsInvalidSends() {
        FakeChat chat = server.state().addChat(linkedin.id(), "A");
        FakeChat readOnly = server.state().addChat(FakeChat.builder(linkedin.id(), "B").readOnly(true).build());
        UnaryOperator<String> messages = id -> "/api/v1/chats/" + id + "/messages";

        assertThat(http.post(messages.apply("nope"), new Multipart().field("text", "x")).statusCode()).isEqualTo(404);
        HttpResponse<String> empty = http.post(messages.apply(chat.id()), new Multipart().field("account_id",
                linkedin.id()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).get("type").asText()).isEqualTo("errors/missing_parameters");
        assertThat(http.post(messages.apply(chat.id()), new Multipart().field("text", "x").field("quote_id", "nope"))
                .statusCode()).isEqualTo(404);
        assertThat(http.post(messages.apply(chat.id()), new Multipart().field("text", "x")
                .field("linkedin[api]", "classic")).statusCode()).isEqualTo(400);
        HttpResponse<String> closed = http.post(messages.apply(readOnly.id()), new Multipart().field("text", "x"));
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(Http.json(closed).get("type").asText()).isEqualTo("errors/cant_send_message");
        assertThat(server.state().messages()).isEmpty();
    }

    @Test
    void capsTheUploadSizeAndStillAnswers() {
        try (FakeUnipileServer small = FakeUnipileServer.builder().maxRequestBodyBytes(1024).build().start()) {
            FakeAccount account = small.state().addAccount(AccountType.WHATSAPP);
            FakeChat chat = small.state().addChat(account.id(), "A");

            HttpResponse<String> response = new Http(small).post("/api/v1/chats/" + chat.id() + "/messages",
                    new Multipart().file("attachments", "big.bin", null, new byte[200_000]));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/content_too_large");
            assertThat(small.state().messages()).isEmpty();
            assertThat(small.journal().last().orElseThrow().bodySize()).isGreaterThan(200_000);
        }
    }

    @Test
    void acceptsALargeChunkedUpload() {
        FakeChat chat = server.state().addChat(linkedin.id(), "A");
        byte[] video = new byte[24 * 1024 * 1024];
        new java.util.Random(1).nextBytes(video);
        Multipart body = new Multipart().field("text", "big").file("video_message", "v.mp4", "video/mp4", video);
        byte[] bytes = body.bytes();

        HttpResponse<String> response = http.send(http.request("/api/v1/chats/" + chat.id() + "/messages")
                .header("Content-Type", body.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(server.journal().last().orElseThrow().header("transfer-encoding")).hasValue("chunked");
        FakeAttachment stored = server.state().sentMessages().get(0).videoMessage();
        assertThat(stored.size()).isEqualTo(video.length);
        assertThat(stored.content().contentEquals(video)).isTrue();
        assertThat(stored.type()).isEqualTo(FakeAttachment.Type.VIDEO);
    }
}
