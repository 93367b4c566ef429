package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.unipile.accounts.AccountType;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The webhook settings of {@link FakeUnipile}. */
@FakeUnipile(webhookRetryDelaysMillis = {5, 10}, webhookTimeoutMillis = 2_000)
class WebhookExtensionTest {

    @Test
    void theAnnotationsRetryDelaysReachTheServer(FakeUnipileServer server) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().respond(500, 500, 500)) {
            FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
            FakeChat chat = server.state().addChat(account.id(), "33611");
            server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/"), WebhookSource.MESSAGING).build());

            server.simulateIncomingMessage(chat.id(), "33611", "hi");

            WebhookDelivery delivery = server.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(10)).get(0);
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
            assertThat(delivery.attempts()).hasSize(3);
        }
    }

    @Test
    void theAnnotationsDefaultsAreTheServers() throws Exception {
        long[] delays = (long[]) FakeUnipile.class.getMethod("webhookRetryDelaysMillis").getDefaultValue();

        assertThat(Arrays.stream(delays).mapToObj(Duration::ofMillis).collect(Collectors.toList()))
                .isEqualTo(FakeUnipileServer.DEFAULT_WEBHOOK_RETRY_DELAYS);
    }
}
