package io.unipile.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.ChatHistorySync;
import io.unipile.chats.ChatSyncStatus;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.internal.Json;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.raw.RawRequest;
import io.unipile.accounts.Account;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.attendees.ChatAttendee;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.LinkedInTopic;
import io.unipile.chats.RecruiterVisibility;
import io.unipile.chats.StartChatRequest;
import io.unipile.conformance.MultipartParser.Part;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.errors.AuthenticationException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.errors.UnipileTimeoutException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.files.FileDownload;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.pagination.Page;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.WebhookCreated;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every transport must put on the wire for the Messaging, Accounts (first operations) and Webhooks groups, and
 * how every reply is read back. A transport's test extends this class.
 */
public abstract class WireFormatSuite extends WireSuiteBase {

    // ---- list accounts ----

    @Test
    void listAccountsSendsAPlainGetAndParsesEveryAccountType() throws Exception {
        server.enqueue(Reply.json(200, resource("account-list.json")));

        Page<Account> page = client.accounts().list();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(page.object()).isEqualTo("AccountList");
        assertThat(page.items()).extracting(Account::type).containsExactly(
                AccountType.MOBILE, AccountType.MAIL, AccountType.GOOGLE_OAUTH, AccountType.ICLOUD,
                AccountType.OUTLOOK, AccountType.GOOGLE_CALENDAR, AccountType.WHATSAPP, AccountType.LINKEDIN,
                AccountType.SLACK, AccountType.TWITTER, AccountType.EXCHANGE, AccountType.TELEGRAM,
                AccountType.INSTAGRAM, AccountType.MESSENGER);
        assertThat(page.cursor()).isNull();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void listAccountsSendsCursorAndLimit() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"AccountList\",\"items\":[],\"cursor\":\"bmV4dA==\"}"));

        Page<Account> page = client.accounts()
                .list(ListAccountsRequest.builder().cursor("Y3Vyc29y+/=").limit(250).build());

        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts");
        assertThat(r.rawQuery()).isEqualTo("cursor=Y3Vyc29y%2B%2F%3D&limit=250");
        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).contains("bmV4dA==");
    }

    @Test
    void listAllFollowsCursorsLazilyAndStopsOnNull() throws Exception {
        String account = resource("account.json");
        server.enqueue(
                Reply.json(200, "{\"object\":\"AccountList\",\"items\":[" + account + "," + account + "],\"cursor\":\"p2\"}"),
                Reply.json(200, "{\"object\":\"AccountList\",\"items\":[" + account + "],\"cursor\":null}"));

        List<Account> all = client.accounts().listAll(ListAccountsRequest.builder().limit(2).build()).stream()
                .collect(Collectors.toList());

        assertThat(all).hasSize(3);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=2");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=p2&limit=2");
        assertThat(server.pendingRequests()).isZero();
    }

    @Test
    void listAccountsAsync() throws Exception {
        server.enqueue(Reply.json(200, resource("account-list.json")));

        Page<Account> page = client.accounts().listAsync(ListAccountsRequest.builder().limit(10).build()).get();

        assertThat(page.items()).hasSize(14);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("limit=10");
    }

    // ---- retrieve account ----

    @Test
    void getAccountEncodesTheIdAsOneSegment() throws Exception {
        server.enqueue(Reply.json(200, resource("account.json")));

        Account a = client.accounts().get("acc/../chats?x=1#f");

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts/acc%2F..%2Fchats%3Fx%3D1%23f");
        assertThat(r.rawQuery()).isNull();
        assertCommonHeaders(r);
        assertThat(a.type()).isEqualTo(AccountType.MOBILE);
        assertThat(a.id()).isEqualTo("string");
    }

    @Test
    void getAccountAsync() throws Exception {
        server.enqueue(Reply.json(200, resource("account.json")));

        Account a = client.accounts().getAsync("acc_1").get();

        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/accounts/acc_1");
        assertThat(a.name()).isEqualTo("string");
    }

    // ---- retrieve chat ----

    @Test
    void getChatWithAndWithoutAccountId() throws Exception {
        server.enqueue(Reply.json(200, resource("chat.json")), Reply.json(200, resource("chat.json")));

        Chat chat = client.chats().get("chat 1");
        client.chats().get("urn:li:thread:1", "acc_1");

        Recorded first = server.takeRequest();
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.rawPath()).isEqualTo("/api/v1/chats/chat%201");
        assertThat(first.rawQuery()).isNull();
        assertCommonHeaders(first);
        Recorded second = server.takeRequest();
        assertThat(second.rawPath()).isEqualTo("/api/v1/chats/urn%3Ali%3Athread%3A1");
        assertThat(second.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(chat.accountType()).isEqualTo(AccountType.WHATSAPP);
        assertThat(chat.lastMessage()).isNotNull();
        assertThat(chat.lastMessage().attachments()).hasSize(6);
    }

    @Test
    void getChatAsync() throws Exception {
        server.enqueue(Reply.json(200, resource("chat.json")));

        Chat chat = client.chats().getAsync("c1", "acc_1").get();

        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(chat.object()).isEqualTo("Chat");
    }

    // ---- start chat ----

    @Test
    void startChatSendsEveryFieldAsMultipart(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("offer.pdf"), "%PDF-1.7 offer".getBytes(StandardCharsets.UTF_8));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        server.enqueue(Reply.json(201, resource("chat-started.json")));

        ChatStarted started = client.chats().start(StartChatRequest.builder("acc_1", "ACoAA1", "ACoAA2")
                .text("Hello, here is the offer")
                .subject("Offer")
                .addAttachment(FileInput.of(pdf))
                .addAttachment(FileInput.of(png, "logo.png"))
                .voiceMessage(FileInput.of(new ByteArrayInputStream(new byte[]{7, 7}), 2, "voice.m4a"))
                .videoMessage(FileInput.of(new byte[]{8}, "clip.mp4").withContentType("video/webm"))
                .linkedin(LinkedInOptions.classic().inmail(true).topic(LinkedInTopic.CAREERS)
                        .applicantId("app_1").invitationId("inv_1").build())
                .build());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/chats");
        assertThat(r.rawQuery()).isNull();
        assertCommonHeaders(r);
        List<Part> parts = multipart(r);
        assertThat(names(parts)).containsExactly("account_id", "attendees_ids", "attendees_ids", "text", "subject",
                "attachments", "attachments", "voice_message", "video_message", "linkedin[api]", "linkedin[topic]",
                "linkedin[applicant_id]", "linkedin[invitation_id]", "linkedin[inmail]");
        assertThat(only(parts, "account_id").text()).isEqualTo("acc_1");
        assertThat(parts.get(1).text()).isEqualTo("ACoAA1");
        assertThat(parts.get(2).text()).isEqualTo("ACoAA2");
        assertThat(only(parts, "text").text()).isEqualTo("Hello, here is the offer");
        assertThat(only(parts, "subject").text()).isEqualTo("Offer");
        Part first = parts.get(5);
        assertThat(first.fileName()).isEqualTo("offer.pdf");
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.text()).isEqualTo("%PDF-1.7 offer");
        Part second = parts.get(6);
        assertThat(second.fileName()).isEqualTo("logo.png");
        assertThat(second.contentType()).isEqualTo("image/png");
        assertThat(second.content()).containsExactly(png);
        Part voice = only(parts, "voice_message");
        assertThat(voice.fileName()).isEqualTo("voice.m4a");
        assertThat(voice.contentType()).isEqualTo("audio/mp4");
        assertThat(voice.content()).containsExactly(7, 7);
        Part video = only(parts, "video_message");
        assertThat(video.contentType()).isEqualTo("video/webm");
        assertThat(video.content()).containsExactly(8);
        assertThat(only(parts, "linkedin[api]").text()).isEqualTo("classic");
        assertThat(only(parts, "linkedin[topic]").text()).isEqualTo("careers");
        assertThat(only(parts, "linkedin[applicant_id]").text()).isEqualTo("app_1");
        assertThat(only(parts, "linkedin[invitation_id]").text()).isEqualTo("inv_1");
        assertThat(only(parts, "linkedin[inmail]").text()).isEqualTo("true");
        for (Part p : parts) {
            if (p.fileName() == null) {
                assertThat(p.contentType()).as("text field %s", p.name()).isNull();
            }
        }
        assertThat(started.chatId()).isEqualTo("string");
        assertThat(started.messageId()).isEqualTo("string");
    }

    @Test
    void startChatWithRecruiterOptionsAndAFollowUp() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"ChatStarted\",\"chat_id\":null,\"message_id\":null}"));

        ChatStarted started = client.chats().start(StartChatRequest.builder("acc_1", "ACoAA1")
                .text("<strong>Hi</strong>")
                .linkedin(LinkedInOptions.recruiter()
                        .signature("Jane, Talent")
                        .hiringProjectId("hp_1")
                        .jobPostingId("job_1")
                        .emailAddress("cand@example.com")
                        .visibility(RecruiterVisibility.PROJECT)
                        .followUp(new LinkedInOptions.FollowUp("Following up", "Any news?",
                                List.of(FileInput.of("x".getBytes(StandardCharsets.UTF_8), "jd.txt")),
                                LinkedInOptions.ScheduledTime.days(3, "Europe/Paris")))
                        .build())
                .build());

        List<Part> parts = multipart(server.takeRequest());
        assertThat(names(parts)).containsExactly("account_id", "attendees_ids", "text", "linkedin[api]",
                "linkedin[signature]", "linkedin[hiring_project_id]", "linkedin[job_posting_id]",
                "linkedin[email_address]", "linkedin[visibility]", "linkedin[follow_up][subject]",
                "linkedin[follow_up][text]", "linkedin[follow_up][attachments]",
                "linkedin[follow_up][scheduled_time][days]", "linkedin[follow_up][scheduled_time][timezone]");
        assertThat(only(parts, "linkedin[api]").text()).isEqualTo("recruiter");
        assertThat(only(parts, "linkedin[signature]").text()).isEqualTo("Jane, Talent");
        assertThat(only(parts, "linkedin[hiring_project_id]").text()).isEqualTo("hp_1");
        assertThat(only(parts, "linkedin[job_posting_id]").text()).isEqualTo("job_1");
        assertThat(only(parts, "linkedin[email_address]").text()).isEqualTo("cand@example.com");
        assertThat(only(parts, "linkedin[visibility]").text()).isEqualTo("PROJECT");
        assertThat(only(parts, "linkedin[follow_up][subject]").text()).isEqualTo("Following up");
        assertThat(only(parts, "linkedin[follow_up][text]").text()).isEqualTo("Any news?");
        Part jd = only(parts, "linkedin[follow_up][attachments]");
        assertThat(jd.fileName()).isEqualTo("jd.txt");
        assertThat(jd.contentType()).isEqualTo("text/plain");
        assertThat(jd.text()).isEqualTo("x");
        assertThat(only(parts, "linkedin[follow_up][scheduled_time][days]").text()).isEqualTo("3");
        assertThat(only(parts, "linkedin[follow_up][scheduled_time][timezone]").text()).isEqualTo("Europe/Paris");
        assertThat(started.chatId()).isNull();
        assertThat(started.messageId()).isNull();
    }

    @Test
    void startChatWithSalesNavigatorAndWeeklyFollowUpFields() throws Exception {
        server.enqueue(Reply.json(201, resource("chat-started.json")),
                Reply.json(201, resource("chat-started.json")));

        client.chats().start(StartChatRequest.builder("acc_1", "ACoAA1").text("Hi")
                .linkedin(LinkedInOptions.salesNavigator()).build());
        client.chats().startAsync(StartChatRequest.builder("acc_1", "ACoAA1").text("Hi")
                .linkedin(LinkedInOptions.recruiter().followUp(LinkedInOptions.FollowUp.of("S", "T",
                        LinkedInOptions.ScheduledTime.weeks(2, "America/Phoenix"))).build()).build()).get();

        List<Part> sales = multipart(server.takeRequest());
        assertThat(names(sales)).containsExactly("account_id", "attendees_ids", "text", "linkedin[api]");
        assertThat(only(sales, "linkedin[api]").text()).isEqualTo("sales_navigator");
        List<Part> weekly = multipart(server.takeRequest());
        assertThat(only(weekly, "linkedin[follow_up][scheduled_time][weeks]").text()).isEqualTo("2");
        assertThat(names(weekly)).doesNotContain("linkedin[follow_up][scheduled_time][days]");
    }

    // ---- send message ----

    @Test
    void sendMessageSendsEveryFieldAsMultipart() throws Exception {
        server.enqueue(Reply.json(201, resource("message-sent.json")));

        MessageSent sent = client.chats().sendMessage("chat/1", SendMessageRequest.builder()
                .text("Thanks! 👍")
                .accountId("acc_1")
                .threadId("th_1")
                .quoteId("msg_0")
                .addAttachment(FileInput.of(new byte[]{1, 2}, "a.bin"))
                .addAttachment(FileInput.of(new byte[]{3}, "b.gif"))
                .voiceMessage(FileInput.of(new byte[]{4}, "v.ogg"))
                .videoMessage(FileInput.of(new byte[]{5}, "v.mp4"))
                .build());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/chats/chat%2F1/messages");
        assertThat(r.rawQuery()).isNull();
        assertCommonHeaders(r);
        List<Part> parts = multipart(r);
        assertThat(names(parts)).containsExactly("text", "account_id", "thread_id", "quote_id", "attachments",
                "attachments", "voice_message", "video_message");
        assertThat(only(parts, "text").text()).isEqualTo("Thanks! 👍");
        assertThat(only(parts, "account_id").text()).isEqualTo("acc_1");
        assertThat(only(parts, "thread_id").text()).isEqualTo("th_1");
        assertThat(only(parts, "quote_id").text()).isEqualTo("msg_0");
        assertThat(parts.get(4).fileName()).isEqualTo("a.bin");
        assertThat(parts.get(4).contentType()).isEqualTo("application/octet-stream");
        assertThat(parts.get(4).content()).containsExactly(1, 2);
        assertThat(parts.get(5).fileName()).isEqualTo("b.gif");
        assertThat(parts.get(5).contentType()).isEqualTo("image/gif");
        assertThat(only(parts, "voice_message").contentType()).isEqualTo("audio/ogg");
        assertThat(only(parts, "video_message").contentType()).isEqualTo("video/mp4");
        assertThat(sent.object()).isEqualTo("MessageSent");
        assertThat(sent.messageId()).isEqualTo("string");
    }

    @Test
    void sendMessageAsyncWithTextOnly() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"MessageSent\",\"message_id\":\"m_9\",\"new_field\":1}"));

        MessageSent sent = client.chats().sendMessageAsync("c1", SendMessageRequest.ofText("hi")).get();

        List<Part> parts = multipart(server.takeRequest());
        assertThat(names(parts)).containsExactly("text");
        assertThat(sent.messageId()).isEqualTo("m_9");
        assertThat(sent.extra()).containsKey("new_field");
    }

    // ---- list chats, messages, attachments ----

    @Test
    void listChatsSendsEveryFilter() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"ChatList\",\"items\":[" + resource("chat.json")
                + "],\"cursor\":\"n2\"}"));

        Page<Chat> page = client.chats().list(ListChatsRequest.builder()
                .unread(true)
                .before(Instant.parse("2025-02-01T00:00:00Z"))
                .after(Instant.parse("2025-01-01T10:20:30.456Z"))
                .limit(50)
                .accountType(AccountType.LINKEDIN)
                .accountId("acc_1")
                .cursor("c+1")
                .build());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/chats");
        assertThat(r.rawQuery()).isEqualTo("unread=true&before=2025-02-01T00%3A00%3A00.000Z"
                + "&after=2025-01-01T10%3A20%3A30.456Z&limit=50&account_type=LINKEDIN&account_id=acc_1&cursor=c%2B1");
        assertCommonHeaders(r);
        assertThat(page.items()).hasSize(1);
        assertThat(page.nextCursor()).contains("n2");
    }

    /** A message with every field the spec requires. */
    private static final String MESSAGE = "{\"object\":\"Message\",\"id\":\"m1\",\"account_id\":\"a\","
            + "\"chat_id\":\"c1\",\"chat_provider_id\":\"p\",\"provider_id\":\"pm\",\"sender_id\":\"s\","
            + "\"text\":\"hi\",\"attachments\":[],\"timestamp\":\"2025-01-01T00:00:00.000Z\",\"is_sender\":0,"
            + "\"reactions\":[],\"seen\":0,\"seen_by\":{},\"hidden\":0,\"deleted\":0,\"edited\":0,\"is_event\":0,"
            + "\"delivered\":1,\"behavior\":null,\"original\":\"{}\",\"sender_attendee_id\":\"att\"}";

    @Test
    void listAllChatsAndAChatsMessagesFollowCursors() throws Exception {
        String message = MESSAGE;
        server.enqueue(
                Reply.json(200, "{\"object\":\"ChatList\",\"items\":[" + resource("chat.json") + "],\"cursor\":\"x\"}"),
                Reply.json(200, "{\"object\":\"ChatList\",\"items\":[],\"cursor\":null}"),
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[" + message + "],\"cursor\":\"y\"}"),
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[" + message + "],\"cursor\":null}"));

        assertThat(client.chats().listAll(ListChatsRequest.builder().accountId("acc_1").build())).hasSize(1);
        List<Message> messages = client.chats().listAllMessages("chat/1", ListMessagesRequest.builder()
                .senderId("s 1").before(Instant.parse("2025-03-01T00:00:00Z")).limit(1).build())
                .stream().collect(Collectors.toList());

        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1&cursor=x");
        Recorded first = server.takeRequest();
        assertThat(first.rawPath()).isEqualTo("/api/v1/chats/chat%2F1/messages");
        assertThat(first.rawQuery()).isEqualTo("before=2025-03-01T00%3A00%3A00.000Z&limit=1&sender_id=s%201");
        assertThat(server.takeRequest().rawQuery())
                .isEqualTo("before=2025-03-01T00%3A00%3A00.000Z&limit=1&sender_id=s%201&cursor=y");
        assertThat(messages).extracting(Message::text).containsExactly("hi", "hi");
    }

    @Test
    void listAllMessagesAndGetOne() throws Exception {
        server.enqueue(
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[],\"cursor\":null}"),
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[],\"cursor\":null}"));

        client.messages().list(ListMessagesRequest.builder().accountId("acc 1").senderId("s").limit(250)
                .after(Instant.parse("2024-12-31T23:59:59.999Z")).cursor("c").build());
        client.messages().listAsync(ListMessagesRequest.builder().build()).get();

        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/messages");
        assertThat(r.rawQuery()).isEqualTo("after=2024-12-31T23%3A59%3A59.999Z&limit=250&sender_id=s&cursor=c"
                + "&account_id=acc%201");
        assertThat(server.takeRequest().rawQuery()).isNull();
        assertThatThrownBy(() -> client.chats().listMessages("c1", ListMessagesRequest.builder().accountId("a").build()))
                .hasMessageContaining("accountId");
    }

    @Test
    void downloadAttachmentStreamsTheBytes() throws Exception {
        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8);
        server.enqueue(Reply.bytes(200, "application/pdf", pdf), Reply.bytes(200, "image/png", new byte[]{1, 2}),
                Reply.json(404, "{\"title\":\"Not found\",\"type\":\"errors/resource_not_found\",\"status\":404}"));

        try (FileDownload d = client.messages().downloadAttachment("msg/1", "att 1")) {
            assertThat(d.contentType()).contains("application/pdf");
            assertThat(d.contentLength()).hasValue(pdf.length);
            assertThat(d.stream().readAllBytes()).containsExactly(pdf);
        }
        try (FileDownload d = client.messages().downloadAttachmentAsync("m", "a").get()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertThat(d.transferTo(out)).isEqualTo(2);
            assertThat(out.toByteArray()).containsExactly(1, 2);
        }
        assertThatThrownBy(() -> client.messages().downloadAttachment("m", "gone"))
                .isInstanceOf(NotFoundException.class);

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/messages/msg%2F1/attachments/att%201");
        assertCommonHeaders(r);
    }

    @Test
    void getMessage() throws Exception {
        server.enqueue(Reply.json(200, MESSAGE.replace("\"text\":\"hi\"", "\"text\":\"yo\"")));

        Message m = client.messages().getAsync("m1").get();

        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/messages/m1");
        assertThat(m.text()).isEqualTo("yo");
    }

    // ---- attendees, account deletion, webhooks ----

    private static final String ATTENDEE = "{\"object\":\"ChatAttendee\",\"id\":\"att_1\",\"account_id\":\"acc_1\","
            + "\"provider_id\":\"ACoAA1\",\"name\":\"Ann\",\"is_self\":0,\"hidden\":0,"
            + "\"specifics\":{\"provider\":\"LINKEDIN\",\"member_urn\":\"urn:li:member:1\"}}";

    @Test
    void attendeesAreListedPagedAndRetrieved() throws Exception {
        server.enqueue(
                Reply.json(200, "{\"object\":\"ChatAttendeeList\",\"items\":[" + ATTENDEE + "],\"cursor\":\"n\"}"),
                Reply.json(200, "{\"object\":\"ChatAttendeeList\",\"items\":[" + ATTENDEE + "],\"cursor\":null}"),
                Reply.json(200, ATTENDEE),
                Reply.json(200, "{\"object\":\"ChatAttendeeList\",\"items\":[" + ATTENDEE + "],\"cursor\":null}"));

        List<ChatAttendee> all = client.attendees()
                .listAll(ListAttendeesRequest.builder().accountId("acc_1").limit(1).build())
                .stream().collect(Collectors.toList());
        ChatAttendee one = client.attendees().getAsync("att/1").get();
        Page<ChatAttendee> ofChat = client.chats().listAttendees("chat 1");

        assertThat(all).hasSize(2);
        assertThat(one.name()).isEqualTo("Ann");
        assertThat(ofChat.items()).extracting(ChatAttendee::providerId).containsExactly("ACoAA1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1&limit=1");
        Recorded second = server.takeRequest();
        assertThat(second.rawPath()).isEqualTo("/api/v1/chat_attendees");
        assertThat(second.rawQuery()).isEqualTo("account_id=acc_1&limit=1&cursor=n");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/chat_attendees/att%2F1");
        Recorded chat = server.takeRequest();
        assertThat(chat.rawPath()).isEqualTo("/api/v1/chats/chat%201/attendees");
        assertThat(chat.rawQuery()).isNull();
    }

    @Test
    void deleteAnAccount() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"AccountDeleted\"}"), Reply.json(200, "{\"object\":\"AccountDeleted\"}"));

        assertThat(client.accounts().delete("acc_1").object()).isEqualTo("AccountDeleted");
        client.accounts().deleteAsync("acc_2").get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("DELETE");
        assertThat(r.rawPath()).isEqualTo("/api/v1/accounts/acc_1");
        assertThat(r.bodyLength()).isZero();
        assertCommonHeaders(r);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/accounts/acc_2");
    }

    @Test
    void webhooksAreCreatedWithEveryFieldAsJsonListedAndDeleted() throws Exception {
        server.enqueue(
                Reply.json(201, "{\"object\":\"WebhookCreated\",\"webhook_id\":\"wh_1\"}"),
                Reply.json(200, "{\"object\":\"WebhookList\",\"items\":[],\"cursor\":null}"),
                Reply.json(200, "{\"object\":\"WebhookDeleted\"}"));

        WebhookCreated created = client.webhooks().create(CreateWebhookRequest
                .builder("https://hooks.example.com/unipile?tenant=7", WebhookSource.MESSAGING)
                .name("inbox sync")
                .format(WebhookFormat.JSON)
                .addAccountId("acc_1").addAccountId("acc_2")
                .enabled(true)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Secret", "s3cr3t")
                .events(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ)
                .addData("chat", "chat_id")
                .addData("who", "sender")
                .build());
        client.webhooks().list(ListWebhooksRequest.builder().limit(10).cursor("c").build());
        client.webhooks().delete("wh_1");

        Recorded create = server.takeRequest();
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.rawPath()).isEqualTo("/api/v1/webhooks");
        assertThat(create.header("Content-Type")).isEqualTo("application/json");
        assertCommonHeaders(create);
        assertThat(create.bodyText()).isEqualTo("{\"request_url\":\"https://hooks.example.com/unipile?tenant=7\","
                + "\"source\":\"messaging\",\"name\":\"inbox sync\",\"format\":\"json\","
                + "\"account_ids\":[\"acc_1\",\"acc_2\"],\"enabled\":true,"
                + "\"headers\":[{\"key\":\"Content-Type\",\"value\":\"application/json\"},"
                + "{\"key\":\"X-Secret\",\"value\":\"s3cr3t\"}],"
                + "\"events\":[\"message_received\",\"message_read\"],"
                + "\"data\":[{\"name\":\"chat\",\"key\":\"chat_id\"},{\"name\":\"who\",\"key\":\"sender\"}]}");
        assertThat(created.webhookId()).isEqualTo("wh_1");
        Recorded list = server.takeRequest();
        assertThat(list.rawQuery()).isEqualTo("limit=10&cursor=c");
        Recorded delete = server.takeRequest();
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.rawPath()).isEqualTo("/api/v1/webhooks/wh_1");
    }

    // ---- the six Messaging operations added on the endpoint shape ----

    private static final String CHAT = "{\"object\":\"Chat\",\"id\":\"c1\",\"account_id\":\"acc_1\","
            + "\"account_type\":\"LINKEDIN\",\"provider_id\":\"p\",\"attendee_provider_id\":\"ap\",\"name\":null,"
            + "\"type\":0,\"timestamp\":null,\"unread_count\":0,\"archived\":0,\"muted_until\":null,"
            + "\"read_only\":0,\"disabledFeatures\":[],\"subject\":null,\"organization_id\":null,"
            + "\"mailbox_id\":null,\"content_type\":null,\"folder\":[],\"pinned\":0}";

    @Test
    void updateAChatSendsTheActionAsJsonAndIsNeverRepeated() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"ChatPatched\"}"), Reply.json(200, "{\"object\":\"ChatPatched\"}"));

        assertThat(client.chats().update("chat/1", UpdateChatRequest.markRead()).object()).isEqualTo("ChatPatched");
        client.chats().updateAsync("c2", UpdateChatRequest.markUnread()).get();

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("PATCH");
        assertThat(r.rawPath()).isEqualTo("/api/v1/chats/chat%2F1");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.bodyText()).isEqualTo("{\"action\":\"setReadStatus\",\"value\":true}");
        assertCommonHeaders(r);
        assertThat(server.takeRequest().bodyText()).isEqualTo("{\"action\":\"setReadStatus\",\"value\":false}");
    }

    @Test
    void anAttendeesChatsAndMessagesAreListedWithEveryFilterAndPaged() throws Exception {
        Instant t = Instant.parse("2025-06-01T10:00:00Z");
        String msg = MESSAGE;
        server.enqueue(
                Reply.json(200, "{\"object\":\"ChatList\",\"items\":[" + CHAT + "],\"cursor\":\"n2\"}"),
                Reply.json(200, "{\"object\":\"ChatList\",\"items\":[" + CHAT + "],\"cursor\":null}"),
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[" + msg + "],\"cursor\":null}"));

        List<Chat> chats = client.attendees().listAllChats("att/1", ListByAttendeeRequest.builder()
                .before(t).after(t.minusSeconds(60)).limit(1).accountId("acc_1,acc_2").build()).stream().toList();
        Page<Message> messages = client.attendees().listMessagesAsync("att_2", ListByAttendeeRequest.builder()
                .cursor("c0").build()).get();

        assertThat(chats).extracting(Chat::id).containsExactly("c1", "c1");
        assertThat(messages.items()).extracting(Message::text).containsExactly("hi");
        Recorded first = server.takeRequest();
        assertThat(first.rawPath()).isEqualTo("/api/v1/chat_attendees/att%2F1/chats");
        assertThat(first.rawQuery()).isEqualTo("before=2025-06-01T10%3A00%3A00.000Z&after=2025-06-01T09%3A59%3A00.000Z"
                + "&limit=1&account_id=acc_1%2Cacc_2");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("cursor=n2&before=2025-06-01T10%3A00%3A00.000Z"
                + "&after=2025-06-01T09%3A59%3A00.000Z&limit=1&account_id=acc_1%2Cacc_2");
        Recorded byMessages = server.takeRequest();
        assertThat(byMessages.rawPath()).isEqualTo("/api/v1/chat_attendees/att_2/messages");
        assertThat(byMessages.rawQuery()).isEqualTo("cursor=c0");
    }

    @Test
    void syncingAChatsHistoryReadsTheStatusAndKeepsAnUnknownOne() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"ChatHistorySync\",\"chat_id\":\"c1\",\"status\":\"SYNC_STARTED\"}"),
                Reply.json(200, "{\"object\":\"ChatHistorySync\",\"chat_id\":\"c1\",\"status\":\"SYNC_QUEUED\","
                        + "\"eta\":3}"));

        ChatHistorySync started = client.chats().syncHistory("c1");
        ChatHistorySync queued = client.chats().syncHistoryAsync("c1").get();

        assertThat(started.status()).isEqualTo(ChatSyncStatus.SYNC_STARTED);
        assertThat(queued.status().value()).isEqualTo("SYNC_QUEUED");
        assertThat(queued.status().isKnown()).isFalse();
        assertThat(queued.extra()).containsKey("eta");
        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/chats/c1/sync");
    }

    @Test
    void forwardingAMessageSendsTheTargetChatAsJson() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"MessageForwarded\",\"message_id\":\"m9\"}"));

        assertThat(client.messages().forward("m 1", ForwardMessageRequest.to("c2")).messageId()).isEqualTo("m9");

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/messages/m%201/forward");
        assertThat(r.bodyText()).isEqualTo("{\"chat_id\":\"c2\"}");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void anAttendeesPictureStreamsItsBytes(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        server.enqueue(Reply.bytes(200, "image/png", png), Reply.bytes(200, "image/jpeg", new byte[]{9}),
                Reply.json(404, "{\"title\":\"Not found\",\"type\":\"errors/resource_not_found\",\"status\":404}"));

        Path saved = dir.resolve("ann.png");
        try (FileDownload d = client.attendees().downloadPicture("att/1")) {
            assertThat(d.contentType()).contains("image/png");
            assertThat(d.saveTo(saved)).isEqualTo(png.length);
        }
        try (FileDownload d = client.attendees().downloadPictureAsync("att_2").get()) {
            assertThat(d.stream().readAllBytes()).containsExactly(9);
        }
        assertThatThrownBy(() -> client.attendees().downloadPicture("none")).isInstanceOf(NotFoundException.class);

        assertThat(Files.readAllBytes(saved)).containsExactly(png);
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/chat_attendees/att%2F1/picture");
    }

    // ---- per-call options and raw calls ----

    @Test
    void optionsReachTheWireOnlyForTheViewThatCarriesThem() throws Exception {
        server.enqueue(Reply.json(200, CHAT), Reply.json(200, CHAT),
                Reply.json(201, "{\"object\":\"MessageSent\",\"message_id\":\"m1\"}"));
        UnipileClient view = client.withOptions(RequestOptions.builder()
                .header("X-Correlation-Id", "corr-7")
                .extraQuery("include", "new stuff")
                .build());

        view.chats().get("c1");
        client.chats().get("c1");
        // A form field on a view used for a read would be dropped silently, so it is refused there.
        UnipileClient form = client.withOptions(RequestOptions.builder()
                .extraFormField("linkedin[new_option]", "yes").build());
        assertThatThrownBy(() -> form.chats().get("c1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extraFormFields");
        form.chats().sendMessage("c1", SendMessageRequest.ofText("hello"));

        Recorded withOptions = server.takeRequest();
        assertThat(withOptions.header("X-Correlation-Id")).isEqualTo("corr-7");
        assertThat(withOptions.rawQuery()).isEqualTo("include=new%20stuff");
        assertCommonHeaders(withOptions);
        Recorded without = server.takeRequest();
        assertThat(without.header("X-Correlation-Id")).isNull();
        assertThat(without.rawQuery()).isNull();
        List<Part> parts = multipart(server.takeRequest());
        assertThat(names(parts)).containsExactly("text", "linkedin[new_option]");
        assertThat(only(parts, "linkedin[new_option]").text()).isEqualTo("yes");
    }

    @Test
    void aPerCallTimeoutEndsASlowCallEvenWhenTheClientWaitsLonger() throws Exception {
        server.enqueue(Reply.json(200, CHAT).after(Duration.ofSeconds(5)));
        UnipileClient hurried = client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> hurried.chats().get("c1")).isInstanceOf(UnipileTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aRawCallGoesThroughTheSamePipeline() throws Exception {
        server.enqueue(
                Reply.json(200, "{\"object\":\"UserProfile\",\"provider_id\":\"p1\",\"first_name\":\"Ann\"}"),
                Reply.json(200, "{\"object\":\"UserRelationsList\",\"items\":[{\"n\":1},{\"n\":2}],\"cursor\":\"x\"}"),
                Reply.json(200, "{\"object\":\"UserRelationsList\",\"items\":[{\"n\":3}],\"cursor\":null}"),
                Reply.json(201, "{\"object\":\"UserInvitationSent\",\"invitation_id\":\"i1\"}"),
                Reply.bytes(200, "application/pdf", new byte[]{1, 2, 3}),
                Reply.json(422, "{\"title\":\"Cannot resend yet\",\"type\":\"errors/cannot_resend_yet\",\"status\":422}"));

        JsonNode profile = client.raw().call(RawRequest.get("/users/{identifier}")
                .pathParam("identifier", "ann/doe").query("account_id", "acc_1").build());
        List<Integer> relations = client.raw().listAll(RawRequest.get("/users/relations").query("account_id", "acc_1")
                .build()).stream().map(n -> n.get("n").asInt()).toList();
        JsonNode invited = client.raw().callAsync(RawRequest.post("/users/invite")
                .jsonBody(java.util.Map.of("provider_id", "p1", "account_id", "acc_1")).build()).get();
        byte[] resume;
        try (FileDownload d = client.raw().download(RawRequest.get("/linkedin/jobs/applicants/{applicant_id}/resume")
                .pathParam("applicant_id", "a1").query("account_id", "acc_1").build())) {
            resume = d.stream().readAllBytes();
        }
        UnipileApiException error = catchThrowableOfType(UnipileApiException.class, () -> client.raw()
                .call(RawRequest.post("/users/invite").jsonBody(java.util.Map.of("provider_id", "p2")).build()));

        assertThat(profile.get("first_name").asText()).isEqualTo("Ann");
        assertThat(relations).containsExactly(1, 2, 3);
        assertThat(invited.get("invitation_id").asText()).isEqualTo("i1");
        assertThat(resume).containsExactly(1, 2, 3);
        assertThat(error.statusCode()).isEqualTo(422);
        assertThat(error.type()).contains("errors/cannot_resend_yet");
        Recorded get = server.takeRequest();
        assertThat(get.rawPath()).isEqualTo("/api/v1/users/ann%2Fdoe");
        assertThat(get.rawQuery()).isEqualTo("account_id=acc_1");
        assertCommonHeaders(get);
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1&cursor=x");
        Recorded post = server.takeRequest();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(Json.mapper().readTree(post.bodyText()))
                .isEqualTo(Json.mapper().readTree("{\"provider_id\":\"p1\",\"account_id\":\"acc_1\"}"));
    }

    // ---- invalid input never reaches the network ----

    @Test
    void invalidArgumentsFailBeforeAnyRequestNamingTheField() {
        assertThatThrownBy(() -> client.accounts().get(" ")).hasMessageContaining("accountId");
        assertThatThrownBy(() -> client.chats().get(null)).hasMessageContaining("chatId");
        assertThatThrownBy(() -> client.chats().get("c1", "")).hasMessageContaining("accountId");
        assertThatThrownBy(() -> client.chats().sendMessage("", SendMessageRequest.ofText("x")))
                .hasMessageContaining("chatId");
        assertThatThrownBy(() -> client.chats().sendMessage("c1", null)).hasMessageContaining("request");
        assertThatThrownBy(() -> client.accounts().list(null)).hasMessageContaining("request");
        assertThatThrownBy(() -> client.chats().start(null)).hasMessageContaining("request");
        assertThat(server.pendingRequests()).isZero();
    }

    // ---- errors ----

    @Test
    void errorBodiesBecomeTypedExceptionsWithoutTheKey() {
        server.enqueue(
                Reply.json(404, "{\"title\":\"Resource not found.\",\"detail\":\"Chat c1 not found\","
                        + "\"type\":\"errors/resource_not_found\",\"status\":404}"),
                Reply.json(401, "{\"title\":\"Invalid credentials\",\"type\":\"errors/invalid_credentials\",\"status\":401}"),
                Reply.json(429, "{\"title\":\"Too many requests\",\"type\":\"errors/too_many_requests\",\"status\":429}")
                        .withHeader("Retry-After", "3"),
                Reply.of(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        NotFoundException notFound = catchThrowableOfType(NotFoundException.class, () -> client.chats().get("c1"));
        AuthenticationException auth = catchThrowableOfType(AuthenticationException.class,
                () -> client.accounts().list());
        RateLimitException limited = catchThrowableOfType(RateLimitException.class,
                () -> client.chats().sendMessage("c1", SendMessageRequest.ofText("x")));
        ServerException bad = catchThrowableOfType(ServerException.class, () -> client.accounts().get("a"));

        assertThat(notFound.type()).contains("errors/resource_not_found");
        assertThat(notFound.detail()).contains("Chat c1 not found");
        assertThat(notFound.method()).isEqualTo("GET");
        assertThat(notFound.path()).isEqualTo("/chats/c1");
        assertThat(auth.errorCode()).contains("invalid_credentials");
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(bad.statusCode()).isEqualTo(502);
        assertThat(bad.type()).isEmpty();
        assertThat(bad.bodyExcerpt()).contains("502 Bad Gateway");
        for (UnipileApiException e : List.of(notFound, auth, limited, bad)) {
            assertThat(e.getMessage()).doesNotContain(API_KEY);
            assertThat(e.toString()).doesNotContain(API_KEY);
        }
    }

    @Test
    void asyncFormsFailWithTheSameTypedExceptions() {
        server.enqueue(Reply.json(404, "{\"title\":\"nf\",\"type\":\"errors/resource_not_found\",\"status\":404}"));

        assertThatThrownBy(() -> client.chats().getAsync("c1").join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void aSuccessfulStatusWithAnUnexpectedBodyIsAResponseFormatError() {
        server.enqueue(
                Reply.of(200, "text/html", "<!DOCTYPE html><html><body>Login to the corporate proxy</body></html>"),
                Reply.json(200, "{\"object\":\"Account\",\"type\":\"LINKEDIN\",\"id\":\"a1\",\"na"),
                Reply.json(200, "{\"object\":\"AccountList\",\"items\":\"not a list\",\"cursor\":null}"),
                Reply.json(200, "{\"object\":\"AccountList\",\"cursor\":null}"),
                Reply.json(201, ""),
                Reply.json(200, "null"));

        UnipileResponseFormatException html = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("a1"));
        UnipileResponseFormatException truncated = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("a1"));
        UnipileResponseFormatException wrongType = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().list());
        UnipileResponseFormatException missingItems = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().list());
        UnipileResponseFormatException empty = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.chats().sendMessage("c1", SendMessageRequest.ofText("x")));
        UnipileResponseFormatException jsonNull = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.chats().get("c1"));

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.bodyExcerpt()).startsWith("<!DOCTYPE html>");
        assertThat(truncated.bodyExcerpt()).contains("\"id\":\"a1\"");
        assertThat(wrongType.getMessage()).contains("HTTP 200").contains("not a list");
        assertThat(missingItems.getMessage()).contains("items");
        assertThat(empty.statusCode()).isEqualTo(201);
        assertThat(jsonNull.getMessage()).contains("null");
    }

    @Test
    void aReplyWithoutARequiredFieldIsAResponseFormatErrorNamingIt() {
        String messageWithoutId = MESSAGE.replace("\"id\":\"m1\",", "");
        server.enqueue(Reply.json(200, "{}"),
                Reply.json(200, "{\"object\":\"MessageList\",\"items\":[" + messageWithoutId + "],\"cursor\":null}"));

        UnipileResponseFormatException account = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.accounts().get("a1"));
        UnipileResponseFormatException page = catchThrowableOfType(UnipileResponseFormatException.class,
                () -> client.messages().list(ListMessagesRequest.builder().build()));

        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.getMessage()).contains("GET /accounts/a1").contains("HTTP 200").contains("'object'");
        assertThat(account.bodyExcerpt()).isEqualTo("{}");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getMessage()).contains("GET /messages").contains("HTTP 200").contains("'id'");
        assertThat(page.bodyExcerpt()).startsWith("{\"object\":\"MessageList\",\"items\":[{\"object\":\"Message\","
                + "\"account_id\":\"a\"");
    }

    // ---- transport failures ----

    @Test
    void aRefusedConnectionIsReportedAsNotSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (UnipileClient c = newClient("http://127.0.0.1:" + port, Duration.ofSeconds(5))) {
            UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                    () -> c.chats().sendMessage("c1", SendMessageRequest.ofText("x")));

            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.getMessage()).contains("POST /chats/c1/messages").contains("not sent")
                    .doesNotContain(API_KEY);
        }
    }

    @Test
    void aSlowServerTimesOutAndTheWriteIsReportedAsUnknown() throws Exception {
        server.enqueue(Reply.json(201, resource("message-sent.json")).after(Duration.ofSeconds(3)));
        try (UnipileClient c = newClient(server.baseUrl(), Duration.ofMillis(300))) {
            UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                    () -> c.chats().sendMessage("c1", SendMessageRequest.ofText("x")));

            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(e.getMessage()).contains("outcome is unknown");
        }
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/chats/c1/messages");
    }

    private String runInSmallHeap(String mode, long size) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                HugeTransferProbe.class.getName(), mode, server.baseUrl(), API_KEY, Long.toString(size),
                transportProvider().name())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    @Timeout(240)
    void aGibibyteAttachmentStreamsOutOfA64MiBHeap() throws Exception {
        long size = 1L << 30;
        server.countBodiesOnly().enqueue(Reply.json(201, "{\"object\":\"MessageSent\",\"message_id\":\"big_1\"}"));

        assertThat(runInSmallHeap("upload", size)).contains("SENT big_1");

        Recorded r = server.takeRequest();
        assertThat(r.bodyLength()).isGreaterThan(size).isEqualTo(Long.parseLong(r.header("Content-Length")));
    }

    @Test
    @Timeout(240)
    void aGibibyteFileDownloadsIntoA64MiBHeap() throws Exception {
        long size = 1L << 30;
        server.enqueue(Reply.generated(200, "application/octet-stream", size));

        assertThat(runInSmallHeap("download", size)).contains("RECEIVED " + size);

        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/messages/m1/attachments/att1");
    }

    @Test
    void sequentialCallsReuseOneConnection() throws Exception {
        // Enough calls that a parser stopping at the closing brace, before the transport saw the body end, would
        // cost a connection now and then (the JDK body used to cancel such a body, and with it the connection).
        int calls = 40;
        for (int i = 0; i < calls; i++) {
            server.enqueue(Reply.json(200, resource("account.json")));
        }
        for (int i = 0; i < calls; i++) {
            client.accounts().get("a" + i);
        }
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (int i = 0; i < calls; i++) {
            ports.add(server.takeRequest().remotePort());
        }
        assertThat(ports).hasSizeBetween(1, connectionsForSequentialCalls());
    }

    /**
     * How many connections {@link #sequentialCallsReuseOneConnection} may see for 40 calls made one after the other:
     * one, unless the transport hands a finished connection back to its pool on a thread of its own, when a call that
     * follows at once may find the pool empty and open a second one (then both are reused; one per call is churn).
     */
    protected int connectionsForSequentialCalls() {
        return 1;
    }

    @Test
    void theClientNeverShowsTheKey() {
        assertThat(client.toString()).doesNotContain(API_KEY).contains("127.0.0.1");
        assertThat(UnipileClient.builder().apiKey(API_KEY).toString()).doesNotContain(API_KEY);
    }
}
