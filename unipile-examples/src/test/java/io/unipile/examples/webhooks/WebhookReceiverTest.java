package io.unipile.examples.webhooks;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.WebhookDelivery;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.MessagingEvent;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receiver tested end to end with the fake: the webhook is created through the client, the fake simulates
 * an incoming message, POSTs Unipile's payload to the receiver, and the application gets a typed event.
 */
@FakeUnipile(webhookRetryDelaysMillis = {20, 40}, webhookTimeoutMillis = 2000)
class WebhookReceiverTest {
    FakeUnipileServer server;
    UnipileClient client;

    private final BlockingQueue<WebhookEvent> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToSimulate = new AtomicInteger();
    private WebhookReceiver receiver;
    private FakeChat chat;

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver("s3cr3t-" + System.nanoTime(), event -> {
            if (failuresToSimulate.getAndDecrement() > 0) {
                throw new IllegalStateException("database briefly down");
            }
            received.add(event);
        });
        FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
        chat = server.state().addChat(account.id(), "33611111111@s.whatsapp.net");
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url(), WebhookSource.MESSAGING)
                .name("inbox")
                .addHeader(WebhookReceiver.SECRET_HEADER, receiver.secret())
                .addHeader("Content-Type", "application/json")
                .events(WebhookEventType.MESSAGE_RECEIVED)
                .build());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aSimulatedIncomingMessageArrivesAsATypedEvent() throws InterruptedException {
        FakeMessage incoming = server.simulateIncomingMessage(chat.id(), "33611111111@s.whatsapp.net", "Are we on?");

        WebhookEvent event = received.poll(5, TimeUnit.SECONDS);

        assertThat(event).isInstanceOf(MessagingEvent.class);
        MessagingEvent message = (MessagingEvent) event;
        assertThat(message.event()).isEqualTo(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(message.message()).isEqualTo("Are we on?");
        assertThat(message.chatId()).isEqualTo(chat.id());
        assertThat(message.messageId()).isEqualTo(incoming.id());
        assertThat(message.webhookName()).isEqualTo("inbox");
        assertThat(message.sender().attendeeProviderId()).isEqualTo("33611111111@s.whatsapp.net");
        assertThat(server.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(5)))
                .extracting(WebhookDelivery::status).containsExactly(WebhookDelivery.Status.DELIVERED);
    }

    @Test
    void aReceiverThatFailsIsRetriedByUnipileAndGetsTheEventOnce() throws InterruptedException {
        failuresToSimulate.set(1);

        server.simulateIncomingMessage(chat.id(), "33611111111@s.whatsapp.net", "Second try");

        WebhookEvent event = received.poll(5, TimeUnit.SECONDS);
        assertThat(((MessagingEvent) event).message()).isEqualTo("Second try");
        List<WebhookDelivery> deliveries = server.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(5));
        assertThat(deliveries.get(0).attempts()).extracting(WebhookDelivery.Attempt::statusCode)
                .containsExactly(503, 200);
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void deliveriesWithoutTheSecretAreRefused() throws InterruptedException {
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url(), WebhookSource.MESSAGING)
                .name("forged").events(WebhookEventType.MESSAGE_RECEIVED).build());

        server.simulateIncomingMessage(chat.id(), "33611111111@s.whatsapp.net", "hello");

        List<WebhookDelivery> deliveries = server.webhookDeliveries().awaitSettled(2, Duration.ofSeconds(5));
        assertThat(deliveries).filteredOn(d -> d.webhookName().equals("forged"))
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(WebhookDelivery.Status.FAILED);
                    assertThat(d.attempts()).extracting(WebhookDelivery.Attempt::statusCode).containsOnly(401);
                });
        assertThat(received.poll(2, TimeUnit.SECONDS)).isInstanceOf(MessagingEvent.class);
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
}
