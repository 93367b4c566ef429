package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.AccountType;
import io.unipile.messages.FileAttachment;
import io.unipile.webhooks.AccountStatusEvent;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.MessagingEvent;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookFormat;
import io.unipile.webhooks.WebhookSource;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery over real HTTP: what the fake POSTs, to whom, and how it retries. */
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final FakeUnipileServer server = FakeUnipileServer.builder()
            .webhookRetryDelays(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(60),
                    Duration.ofMillis(80), Duration.ofMillis(100))
            .webhookTimeout(Duration.ofMillis(500))
            .build().start();
    private final Http http = new Http(server);
    private FakeAccount linkedin;
    private FakeChat chat;

    @BeforeEach
    void seed() {
        linkedin = server.state().addAccount(AccountType.LINKEDIN);
        server.state().addAttendee(linkedin.id(), "ACoAAbob", "Bob Durand");
        chat = server.state().addChat(linkedin.id(), "ACoAAbob");
    }

    @AfterEach
    void close() {
        server.close();
        receiver.close();
    }

    private FakeWebhook messagingWebhook(WebhookEventType... events) {
        return server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/hook"), WebhookSource.MESSAGING)
                .name("inbox").events(events).build());
    }

    private static MessagingEvent messaging(String body) {
        WebhookEvent event = WebhookEvents.parse(body);
        assertThat(event).isInstanceOf(MessagingEvent.class);
        return (MessagingEvent) event;
    }

    @Test
    void anIncomingMessageIsStoredReadableAndPostedAsTheClientParsesIt() throws Exception {
        assertThat(http.postJson("/api/v1/webhooks", "{\"request_url\":\"" + receiver.url("/in?t=1")
                + "\",\"source\":\"messaging\",\"name\":\"inbox\",\"headers\":[{\"key\":\"X-Secret\",\"value\":\"s3\"}]}")
                .statusCode()).isEqualTo(201);
        byte[] pdf = "%PDF-1.4 cv".getBytes(StandardCharsets.UTF_8);
        FakeAttachment cv = FakeAttachment.of("cv.pdf", "application/pdf", FileContent.of(pdf));

        long before = System.nanoTime();
        FakeMessage message = server.simulateIncomingMessage(FakeMessage.builder(chat.id()).from("ACoAAbob")
                .text("Here is my CV").attachments(cv).build());
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));

        WebhookReceiver.Received request = receiver.await(1, WAIT).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/in?t=1");
        assertThat(request.header("X-Secret")).isEqualTo("s3");
        assertThat(request.header("Content-Type")).as("API-made webhooks send no JSON content type").isNull();
        MessagingEvent event = messaging(request.body());
        assertThat(event.event()).isEqualTo(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(event.accountId()).isEqualTo(linkedin.id());
        assertThat(event.accountType()).isEqualTo(AccountType.LINKEDIN);
        assertThat(event.chatId()).isEqualTo(chat.id());
        assertThat(event.messageId()).isEqualTo(message.id());
        assertThat(event.message()).isEqualTo("Here is my CV");
        assertThat(event.webhookName()).isEqualTo("inbox");
        assertThat(event.timestampInstant()).contains(message.timestamp());
        assertThat(event.sender().attendeeProviderId()).isEqualTo("ACoAAbob");
        assertThat(event.sender().attendeeName()).isEqualTo("Bob Durand");
        assertThat(event.sender().attendeeId()).isEqualTo(message.senderAttendeeId());
        assertThat(event.attendees()).extracting(a -> a.attendeeProviderId())
                .containsExactly("ACoAAbob", linkedin.providerId());
        assertThat(event.attachments()).singleElement().isInstanceOfSatisfying(FileAttachment.class, f -> {
            assertThat(f.id()).isEqualTo(cv.id());
            assertThat(f.fileName()).isEqualTo("cv.pdf");
        });
        assertThat(event.providerChatId()).isEqualTo(chat.providerId());
        assertThat(event.providerMessageId()).isEqualTo(message.providerId());
        assertThat(event.isGroup()).isFalse();
        assertThat(event.extra()).isEmpty();

        assertThat(message.origin()).isEqualTo(Origin.SIMULATED);
        assertThat(server.state().chat(chat.id()).orElseThrow().unreadCount()).isEqualTo(1);
        JsonNode stored = Http.json(http.get("/api/v1/messages/" + message.id()));
        assertThat(stored.get("text").asText()).isEqualTo("Here is my CV");
        assertThat(http.getBytes("/api/v1/messages/" + message.id() + "/attachments/" + cv.id()).body()).isEqualTo(pdf);

        WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, WAIT).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.event()).isEqualTo(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(delivery.body()).isEqualTo(request.body());
        assertThat(delivery.attempts()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo(1);
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(a.succeeded()).isTrue();
        });
    }

    @Test
    void reactionsReadsEditsDeletionsAndDeliveriesAreStoredAndPosted() throws Exception {
        messagingWebhook(WebhookEventType.MESSAGE_REACTION, WebhookEventType.MESSAGE_READ,
                WebhookEventType.MESSAGE_EDITED, WebhookEventType.MESSAGE_DELETED, WebhookEventType.MESSAGE_DELIVERED);
        FakeMessage mine = server.state().addMessage(FakeMessage.builder(chat.id()).fromSelf().text("Hello").build());

        server.simulateMessageDelivered(mine.id());
        server.webhookDeliveries().awaitSettled(1, WAIT);
        server.simulateMessageRead(mine.id(), "ACoAAbob");
        server.webhookDeliveries().awaitSettled(2, WAIT);
        server.simulateReaction(mine.id(), "ACoAAbob", "❤️");
        server.webhookDeliveries().awaitSettled(3, WAIT);
        server.simulateMessageEdited(mine.id(), "Hello!");
        server.webhookDeliveries().awaitSettled(4, WAIT);
        FakeMessage last = server.simulateMessageDeleted(mine.id());

        List<WebhookDelivery> deliveries = server.webhookDeliveries().awaitSettled(5, WAIT);
        assertThat(deliveries).extracting(WebhookDelivery::event).containsExactly(WebhookEventType.MESSAGE_DELIVERED,
                WebhookEventType.MESSAGE_READ, WebhookEventType.MESSAGE_REACTION, WebhookEventType.MESSAGE_EDITED,
                WebhookEventType.MESSAGE_DELETED);
        assertThat(deliveries).extracting(WebhookDelivery::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        List<MessagingEvent> events = deliveries.stream().map(d -> messaging(d.body())).toList();
        assertThat(events).extracting(MessagingEvent::messageId).containsOnly(mine.id());
        assertThat(events.get(0).sender().attendeeProviderId()).isEqualTo(linkedin.providerId());
        MessagingEvent reaction = events.get(2);
        assertThat(reaction.reaction()).isEqualTo("❤️");
        assertThat(reaction.reactionSender().attendeeProviderId()).isEqualTo("ACoAAbob");
        assertThat(events.get(3).message()).isEqualTo("Hello!");
        assertThat(receiver.received()).hasSize(5);

        assertThat(last.delivered()).isTrue();
        assertThat(last.seenBy()).containsOnlyKeys("ACoAAbob");
        assertThat(last.reactions()).containsExactly(new FakeMessage.Reaction("❤️", "ACoAAbob", false));
        assertThat(last.edited()).isTrue();
        assertThat(last.deleted()).isTrue();
        assertThat(last.text()).isEqualTo("Hello!");
        assertThat(server.state().message(mine.id())).contains(last);
    }

    @Test
    void onlyEnabledWebhooksOfTheSourceEventAndAccountGetTheEvent() throws Exception {
        FakeAccount other = server.state().addAccount(AccountType.WHATSAPP);
        FakeChat otherChat = server.state().addChat(other.id(), "33611");
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/default"), WebhookSource.MESSAGING)
                .build());
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/reads"), WebhookSource.MESSAGING)
                .events(WebhookEventType.MESSAGE_READ).build());
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/disabled"), WebhookSource.MESSAGING)
                .enabled(false).build());
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/other"), WebhookSource.MESSAGING)
                .addAccountId(other.id()).build());
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/status"), WebhookSource.ACCOUNT_STATUS)
                .build());

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "one");
        server.webhookDeliveries().awaitSettled(1, WAIT);
        server.simulateIncomingMessage(otherChat.id(), "33611", "two");
        server.webhookDeliveries().awaitSettled(3, WAIT);

        assertThat(server.webhookDeliveries().all()).extracting(WebhookDelivery::requestUrl)
                .containsExactly(receiver.url("/default"), receiver.url("/default"), receiver.url("/other"));
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void aFailingReceiverIsRetriedWithGrowingDelaysUntilItAccepts() throws Exception {
        messagingWebhook();
        receiver.respond(500, 503, 404);

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "retry me");

        WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, WAIT).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 503, 404, 200);
        assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::failure)
                .containsExactly("HTTP 500", "HTTP 503", "HTTP 404", null);
        List<Instant> starts = delivery.attempts().stream().map(WebhookDelivery.Attempt::startedAt).toList();
        assertThat(Duration.between(starts.get(0), starts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(Duration.between(starts.get(1), starts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(40));
        assertThat(Duration.between(starts.get(2), starts.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::body).containsOnly(delivery.body());
    }

    @Test
    void aDeliveryFailsAfterFiveRetries() throws Exception {
        messagingWebhook();
        receiver.respond(500, 500, 500, 500, 500, 500, 500);

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "never");

        WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, WAIT).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::number).containsExactly(1, 2, 3, 4, 5, 6);
        Thread.sleep(300);
        assertThat(receiver.received()).hasSize(6);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() throws Exception {
        messagingWebhook();
        receiver.stallNext(Duration.ofSeconds(3));

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "slow");

        WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, WAIT).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.attempts()).hasSize(2);
        assertThat(delivery.attempts().get(0).statusCode()).isZero();
        assertThat(delivery.attempts().get(0).failure()).isEqualTo("No answer within PT0.5S");
    }

    @Test
    void anUnreachableReceiverFailsWithoutAStatus() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        server.state().addWebhook(CreateWebhookRequest.builder("http://127.0.0.1:" + closedPort + "/x",
                WebhookSource.MESSAGING).build());

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "nobody home");

        WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, WAIT).get(0);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(delivery.attempts()).hasSize(6).allSatisfy(a -> {
            assertThat(a.statusCode()).isZero();
            assertThat(a.failure()).contains("ConnectException");
        });
    }

    @Test
    void formWebhooksGetFormFieldsAndRenamedDataFieldsLandUnderTheirNewNames() throws Exception {
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/form"), WebhookSource.MESSAGING)
                .format(WebhookFormat.FORM).addData("conversation", "chat_id").build());

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "a&b=c");

        WebhookReceiver.Received request = receiver.await(1, WAIT).get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.body().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(fields).containsEntry("message", "a&b=c").containsEntry("conversation", chat.id())
                .containsEntry("event", "message_received").doesNotContainKey("chat_id");
        assertThat(new ObjectMapper().readTree(fields.get("sender")).get("attendee_provider_id").asText())
                .isEqualTo("ACoAAbob");
    }

    @Test
    void renamedFieldsOfAJsonWebhookLandInTheEventsExtra() throws Exception {
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/json"), WebhookSource.MESSAGING)
                .addData("conversation", "chat_id").build());

        server.simulateIncomingMessage(chat.id(), "ACoAAbob", "hi");

        MessagingEvent event = messaging(receiver.await(1, WAIT).get(0).body());
        assertThat(event.chatId()).isNull();
        assertThat(event.extra().get("conversation").asText()).isEqualTo(chat.id());
    }

    @Test
    void messagesSentThroughTheApiAreDeliveredToo() throws Exception {
        messagingWebhook();

        String messageId = Http.json(http.post("/api/v1/chats/" + chat.id() + "/messages",
                new Multipart().field("text", "from the API"))).get("message_id").asText();

        MessagingEvent event = messaging(server.webhookDeliveries().awaitSettled(1, WAIT).get(0).body());
        assertThat(event.messageId()).isEqualTo(messageId);
        assertThat(event.sender().attendeeProviderId()).isEqualTo(linkedin.providerId());
        assertThat(event.message()).isEqualTo("from the API");
    }

    @Test
    void accountStatusChangesAndDeletionsArePostedAsAccountStatus() throws Exception {
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/status"), WebhookSource.ACCOUNT_STATUS)
                .addAccountId(linkedin.id()).events(WebhookEventType.CREDENTIALS, WebhookEventType.DELETED).build());

        server.simulateAccountStatus(linkedin.id(), AccountStatusMessage.CREDENTIALS);
        server.simulateAccountStatus(linkedin.id(), AccountStatusMessage.OK); // not subscribed
        server.webhookDeliveries().awaitSettled(1, WAIT);
        assertThat(server.state().account(linkedin.id()).orElseThrow().sources())
                .extracting(FakeAccount.Source::status).containsOnly(FakeAccount.SourceStatus.OK);
        assertThat(http.delete("/api/v1/accounts/" + linkedin.id()).statusCode()).isEqualTo(200);

        List<WebhookDelivery> deliveries = server.webhookDeliveries().awaitSettled(2, WAIT);
        assertThat(deliveries).extracting(WebhookDelivery::event)
                .containsExactly(WebhookEventType.CREDENTIALS, WebhookEventType.DELETED);
        List<AccountStatusEvent.AccountStatus> statuses = deliveries.stream()
                .map(d -> ((AccountStatusEvent) WebhookEvents.parse(d.body())).accountStatus()).toList();
        assertThat(statuses).extracting(AccountStatusEvent.AccountStatus::message)
                .containsExactly(AccountStatusMessage.CREDENTIALS, AccountStatusMessage.DELETED);
        assertThat(statuses).extracting(AccountStatusEvent.AccountStatus::accountId).containsOnly(linkedin.id());
        assertThat(statuses).extracting(AccountStatusEvent.AccountStatus::accountType).containsOnly(AccountType.LINKEDIN);
        assertThat(statuses.get(0).extra()).isEmpty();
    }

    /** A second server whose one delivery failed once and waits ten minutes for its retry. */
    private FakeUnipileServer serverWithAPendingRetry() throws InterruptedException {
        FakeUnipileServer slow = FakeUnipileServer.builder().webhookRetryDelays(Duration.ofMinutes(10)).build().start();
        FakeAccount account = slow.state().addAccount(FakeAccount.builder(AccountType.LINKEDIN).id("slow").build());
        slow.state().addChat(FakeChat.builder(account.id(), "ACoAAbob").id("slow-chat").build());
        slow.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/x"), WebhookSource.MESSAGING).build());
        receiver.respond(500);
        slow.simulateIncomingMessage("slow-chat", "ACoAAbob", "pending");
        slow.webhookDeliveries().await(d -> d.attempts().size() == 1, 1, WAIT);
        return slow;
    }

    @Test
    void closeCancelsPendingRetriesAndStopsTheDeliveryThreads() throws Exception {
        try (FakeUnipileServer slow = serverWithAPendingRetry()) {
            int slowPort = slow.port();

            slow.close();

            assertThat(slow.webhookDeliveries().all()).extracting(WebhookDelivery::status)
                    .containsExactly(WebhookDelivery.Status.CANCELLED);
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().startsWith("fake-unipile-" + slowPort + "-") && t.isAlive());
            assertThatThrownBy(() -> slow.simulateIncomingMessage("slow-chat", "ACoAAbob", "late"))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void resetCancelsAndForgetsDeliveries() throws Exception {
        try (FakeUnipileServer slow = serverWithAPendingRetry()) {
            List<WebhookDelivery> before = slow.webhookDeliveries().all();

            slow.reset();

            assertThat(before).extracting(WebhookDelivery::status).containsExactly(WebhookDelivery.Status.PENDING);
            assertThat(slow.webhookDeliveries().all()).isEmpty();
            assertThat(slow.state().webhooks()).isEmpty();
        }
    }

    @Test
    void simulationsRefuseUnknownIdsAndOutsiders() {
        FakeMessage message = server.state().addMessage(chat.id(), "hi");

        assertThatThrownBy(() -> server.simulateIncomingMessage(FakeMessage.builder("nope").text("x").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.simulateReaction("nope", "ACoAAbob", "👍"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.simulateMessageRead(message.id(), "ACoAAstranger"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in chat");
        assertThatThrownBy(() -> server.simulateAccountStatus("nope", AccountStatusMessage.OK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.webhookDeliveries().all()).isEmpty();
    }

    @Test
    void theHolderReadingAMessageLowersTheUnreadCountOnce() {
        FakeMessage incoming = server.simulateIncomingMessage(chat.id(), "ACoAAbob", "read me");
        assertThat(server.state().chat(chat.id()).orElseThrow().unreadCount()).isEqualTo(1);

        server.simulateMessageRead(incoming.id(), linkedin.providerId());
        server.simulateMessageRead(incoming.id(), linkedin.providerId());

        assertThat(server.state().chat(chat.id()).orElseThrow().unreadCount()).isZero();
        assertThat(Http.json(http.get("/api/v1/chats?unread=true")).get("items")).isEmpty();
    }

    @Test
    void seededWebhooksAreCheckedLikeCreatedOnes() {
        assertThatThrownBy(() -> server.state().addWebhook(CreateWebhookRequest.builder("http://x",
                WebhookSource.MESSAGING).addAccountId("nope").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> server.state().addWebhook(CreateWebhookRequest.builder("http://x",
                WebhookSource.ACCOUNT_STATUS).addData("a", "chat_id").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.state().addWebhook(CreateWebhookRequest.builder("http://x",
                WebhookSource.MESSAGING).addHeader("Host", "evil").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");

        FakeWebhook webhook = server.state().addWebhook(CreateWebhookRequest.builder("http://x",
                WebhookSource.MESSAGING).build());
        assertThat(webhook.events()).containsExactly(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(webhook.format()).isEqualTo(WebhookFormat.JSON);
        assertThat(webhook.enabled()).isTrue();
        assertThat(webhook.origin()).isEqualTo(Origin.SEEDED);
    }

    @Test
    void timestampsAreIsoWithMilliseconds() throws Exception {
        messagingWebhook();
        server.simulateIncomingMessage(FakeMessage.builder(chat.id()).text("t")
                .timestamp(Instant.parse("2025-05-06T07:08:09.010Z")).build());

        MessagingEvent event = messaging(server.webhookDeliveries().awaitSettled(1, WAIT).get(0).body());

        assertThat(event.timestamp()).isEqualTo("2025-05-06T07:08:09.010Z");
    }
}
