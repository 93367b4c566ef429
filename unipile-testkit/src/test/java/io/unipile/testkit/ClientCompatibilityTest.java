package io.unipile.testkit;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.attendees.ChatAttendee;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatHistorySync;
import io.unipile.chats.ChatSyncStatus;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.errors.NotFoundException;
import io.unipile.files.FileDownload;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.Message;
import io.unipile.messages.MessageForwarded;
import io.unipile.pagination.Page;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.Webhook;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library's own client against the fake: what it sends is accepted, and what the fake answers parses. */
@FakeUnipile
class ClientCompatibilityTest {
    private static final Instant T0 = Instant.parse("2025-04-01T08:00:00.000Z");

    private FakeAccount linkedin;
    private FakeAccount whatsapp;
    private FakeChat chat;

    @BeforeEach
    void seed(FakeUnipileServer server) {
        FakeUnipileState state = server.state();
        linkedin = state.addAccount(AccountType.LINKEDIN);
        whatsapp = state.addAccount(AccountType.WHATSAPP);
        chat = state.addChat(FakeChat.builder(linkedin.id(), "ACoAAbob").createdAt(T0).unreadCount(1).build());
        for (int i = 0; i < 5; i++) {
            state.addMessage(FakeMessage.builder(chat.id()).from("ACoAAbob").text("m" + i)
                    .timestamp(T0.plusSeconds(i)).build());
        }
        state.addChat(FakeChat.builder(whatsapp.id(), "33611").createdAt(T0.minusSeconds(60)).build());
    }

    @Test
    void listsChatsWithEveryFilterAndFollowsCursors(UnipileClient client) {
        Page<Chat> page = client.chats().list(ListChatsRequest.builder().unread(true)
                .before(Instant.parse("2030-01-01T00:00:00Z")).after(Instant.parse("2020-01-01T00:00:00Z"))
                .limit(50).accountType(AccountType.LINKEDIN).accountId(linkedin.id()).build());
        assertThat(page.items()).extracting(Chat::id).containsExactly(chat.id());
        assertThat(page.items().get(0).accountType()).isEqualTo(AccountType.LINKEDIN);
        assertThat(page.hasNextPage()).isFalse();

        List<Chat> all = client.chats().listAll(ListChatsRequest.builder().limit(1).build()).stream().toList();
        assertThat(all).hasSize(2);
    }

    @Test
    void listsMessagesOfAChatAndOfEveryChatPageByPage(UnipileClient client) {
        List<Message> ofChat = client.chats().listAllMessages(chat.id(), ListMessagesRequest.builder().limit(2)
                .senderId("ACoAAbob").before(T0.plusSeconds(4)).build()).stream().toList();
        assertThat(ofChat).extracting(Message::text).containsExactly("m3", "m2", "m1", "m0");

        List<Message> everywhere = client.messages().listAll(ListMessagesRequest.builder().accountId(linkedin.id())
                .after(T0).limit(3).build()).stream().toList();
        assertThat(everywhere).extracting(Message::text).containsExactly("m4", "m3", "m2", "m1");

        Message one = client.messages().get(ofChat.get(0).id());
        assertThat(one.text()).isEqualTo("m3");
        assertThat(one.chatId()).isEqualTo(chat.id());
        assertThatThrownBy(() -> client.messages().get("unknown")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void downloadsAnAttachment(FakeUnipileServer server, UnipileClient client) throws Exception {
        byte[] pdf = "%PDF-1.7 resume".getBytes(StandardCharsets.UTF_8);
        FakeAttachment file = FakeAttachment.of("cv.pdf", "application/pdf", FileContent.of(pdf));
        FakeMessage message = server.state().addMessage(FakeMessage.builder(chat.id()).attachments(file).build());

        try (FileDownload download = client.messages().downloadAttachment(message.id(), file.id())) {
            assertThat(download.contentType()).contains("application/pdf");
            assertThat(download.contentLength()).hasValue(pdf.length);
            assertThat(download.stream().readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> client.messages().downloadAttachment(message.id(), "unknown"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsAndGetsAttendees(FakeUnipileServer server, UnipileClient client) {
        List<ChatAttendee> ofAccount = client.attendees()
                .listAll(ListAttendeesRequest.builder().accountId(linkedin.id()).limit(1).build())
                .stream().toList();
        assertThat(ofAccount).extracting(ChatAttendee::providerId)
                .containsExactly(linkedin.providerId(), "ACoAAbob");
        assertThat(client.attendees().get(ofAccount.get(1).id()).name()).isEqualTo("ACoAAbob");
        assertThat(client.chats().listAttendees(chat.id()).items()).extracting(ChatAttendee::isSelf)
                .containsExactly(false, true);
    }

    @Test
    void deletesAnAccount(FakeUnipileServer server, UnipileClient client) {
        assertThat(client.accounts().delete(whatsapp.id()).object()).isEqualTo("AccountDeleted");

        assertThat(server.state().account(whatsapp.id())).isEmpty();
        assertThatThrownBy(() -> client.accounts().delete(whatsapp.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createsListsAndDeletesWebhooksWithEveryField(FakeUnipileServer server, UnipileClient client) {
        String id = client.webhooks().create(CreateWebhookRequest
                .builder("https://hooks.example.com/unipile?tenant=7", WebhookSource.MESSAGING)
                .name("inbox sync").format(WebhookFormat.JSON).addAccountId(linkedin.id()).addAccountId(whatsapp.id())
                .enabled(true).addHeader("Content-Type", "application/json").addHeader("X-Secret", "s3cr3t")
                .events(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ)
                .addData("chat", "chat_id").addData("who", "sender").build()).webhookId();
        client.webhooks().create(CreateWebhookRequest.builder("http://127.0.0.1:9/status", WebhookSource.ACCOUNT_STATUS)
                .build());

        List<Webhook> listed = client.webhooks().listAll(ListWebhooksRequest.builder().limit(1).build()).stream()
                .toList();

        assertThat(listed).hasSize(2);
        Webhook first = listed.get(0);
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.name()).isEqualTo("inbox sync");
        assertThat(first.enabled()).isTrue();
        assertThat(first.format()).isEqualTo(WebhookFormat.JSON);
        assertThat(first.accountIds()).extracting(Webhook.TargetAccount::id).containsExactly(linkedin.id(), whatsapp.id());
        assertThat(first.accountIds()).extracting(Webhook.TargetAccount::type)
                .containsExactly(AccountType.LINKEDIN, AccountType.WHATSAPP);
        assertThat(first.headers()).extracting(h -> h.key() + "=" + h.value())
                .containsExactly("Content-Type=application/json", "X-Secret=s3cr3t");
        assertThat(first.events()).containsExactly(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.MESSAGE_READ);
        assertThat(first.data()).extracting(d -> d.name() + "<-" + d.key()).containsExactly("chat<-chat_id", "who<-sender");
        assertThat(listed.get(1).events()).contains(WebhookEventType.DELETED).doesNotContain(WebhookEventType.OK);
        assertThat(server.state().webhooks()).extracting(FakeWebhook::origin).containsOnly(Origin.API);

        assertThat(client.webhooks().delete(id).object()).isEqualTo("WebhookDeleted");
        assertThat(server.state().webhook(id)).isEmpty();
        assertThatThrownBy(() -> client.webhooks().delete(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSixMessagingOperationsAddedOnTheEndpointShapeWorkAgainstTheFake(FakeUnipileServer server,
                                                                            UnipileClient client) throws Exception {
        FakeChat other = server.state().addChat(FakeChat.builder(linkedin.id(), "ACoAAcarol").createdAt(T0).build());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        FakeAttendee bob = server.state().attendee(linkedin.id(), "ACoAAbob").orElseThrow();
        server.state().addAttendee(bob.withPicture("image/png", FileContent.of(png)));

        client.chats().update(chat.id(), UpdateChatRequest.markRead());
        assertThat(client.chats().get(chat.id()).unreadCount()).isZero();

        ChatHistorySync sync = client.chats().syncHistory(chat.id());
        assertThat(sync.chatId()).isEqualTo(chat.id());
        assertThat(sync.status()).isEqualTo(ChatSyncStatus.SYNC_STARTED);

        String first = client.chats().listMessages(chat.id()).items().get(0).id();
        MessageForwarded forwarded = client.messages().forward(first, ForwardMessageRequest.to(other.id()));
        assertThat(client.messages().get(forwarded.messageId()).chatId()).isEqualTo(other.id());

        assertThat(client.attendees().listAllChats(bob.id()).stream().map(Chat::id)).containsExactly(chat.id());
        assertThat(client.attendees().listAllMessages(bob.id(), ListByAttendeeRequest.builder().limit(2).build())
                .stream().map(Message::text)).containsExactly("m4", "m3", "m2", "m1", "m0");
        try (FileDownload picture = client.attendees().downloadPicture(bob.id())) {
            assertThat(picture.contentType()).contains("image/png");
            assertThat(picture.stream().readAllBytes()).containsExactly(png);
        }
    }
}
