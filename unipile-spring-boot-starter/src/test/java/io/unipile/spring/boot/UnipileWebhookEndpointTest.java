package io.unipile.spring.boot;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.WebhookDelivery;
import io.unipile.webhooks.AccountStatusEvent;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.MessagingEvent;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint over real HTTP in a running application (random port, Tomcat), fed by real deliveries of the
 * fake server; and what the actuator shows of the starter.
 */
@SpringBootTest(classes = UnipileWebhookEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"unipile.webhooks.enabled=true", "unipile.webhooks.path=/hooks/unipile",
                "unipile.webhooks.secret-header=X-Hook-Secret", "unipile.webhooks.secret=" + UnipileWebhookEndpointTest.SECRET,
                "management.endpoints.web.exposure.include=health,configprops,env",
                "management.endpoint.health.show-details=always",
                "management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always"})
class UnipileWebhookEndpointTest {
    static final String KEY = "webhook-test-key-31e8";
    static final String SECRET = "hook-secret-b6a0";
    static final FakeUnipileServer SERVER = FakeUnipileServer.builder().apiKey(KEY)
            .webhookRetryDelays(Duration.ofMillis(50)).webhookTimeout(Duration.ofSeconds(5)).build().start();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void unipile(DynamicPropertyRegistry registry) {
        registry.add("unipile.base-url", SERVER::baseUrl);
        registry.add("unipile.api-key", () -> KEY);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    /** The application: only auto-configuration, and a listener collecting what the endpoint publishes. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
        @Bean
        Received received() {
            return new Received();
        }
    }

    static class Received {
        final BlockingQueue<MessagingEvent> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<WebhookEvent> all = new LinkedBlockingQueue<>();

        @EventListener
        void on(MessagingEvent event) {
            messages.add(event);
        }

        @EventListener
        void any(WebhookEvent event) {
            all.add(event);
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    UnipileClient unipile;

    @Autowired
    Received received;

    @BeforeEach
    void reset() {
        SERVER.reset();
        received.messages.clear();
        received.all.clear();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aRealDeliveryFromTheFakeArrivesAsATypedSpringEvent() throws Exception {
        FakeAccount account = SERVER.state().addAccount(AccountType.LINKEDIN);
        FakeChat chat = SERVER.state().addChat(account.id(), "ACoAAbob");
        // Registered through the auto-configured client, as an application would.
        unipile.webhooks().create(CreateWebhookRequest.builder(url("/hooks/unipile"), WebhookSource.MESSAGING)
                .name("spring").events(WebhookEventType.MESSAGE_RECEIVED).addHeader("X-Hook-Secret", SECRET).build());
        FakeMessage in = SERVER.simulateIncomingMessage(chat.id(), "ACoAAbob", "Hi from the fake");

        MessagingEvent event = received.messages.poll(10, TimeUnit.SECONDS);
        assertThat(event).isNotNull();
        assertThat(event.event()).isEqualTo(WebhookEventType.MESSAGE_RECEIVED);
        assertThat(event.chatId()).isEqualTo(chat.id());
        assertThat(event.messageId()).isEqualTo(in.id());
        assertThat(event.message()).isEqualTo("Hi from the fake");
        assertThat(event.accountId()).isEqualTo(account.id());
        assertThat(event.webhookName()).isEqualTo("spring");

        List<WebhookDelivery> done = SERVER.webhookDeliveries().awaitSettled(1, Duration.ofSeconds(10));
        assertThat(done).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(d.attempts()).singleElement().satisfies(a -> assertThat(a.statusCode()).isEqualTo(200));
        });
    }

    @Test
    void otherEventTypesArePublishedWithTheirOwnType() throws Exception {
        FakeAccount account = SERVER.state().addAccount(AccountType.WHATSAPP);
        SERVER.state().addWebhook(CreateWebhookRequest.builder(url("/hooks/unipile"), WebhookSource.ACCOUNT_STATUS)
                .addHeader("X-Hook-Secret", SECRET).build());
        SERVER.simulateAccountStatus(account.id(), AccountStatusMessage.CREDENTIALS);

        WebhookEvent event = received.all.poll(10, TimeUnit.SECONDS);
        assertThat(event).isInstanceOfSatisfying(AccountStatusEvent.class, s -> {
            assertThat(s.accountStatus().accountId()).isEqualTo(account.id());
            assertThat(s.accountStatus().message()).isEqualTo(AccountStatusMessage.CREDENTIALS);
        });
        assertThat(received.messages).isEmpty();
    }

    @Test
    void aWrongOrMissingSecretIs401WithoutTheSecretAndPublishesNothing() throws Exception {
        String body = "{\"event\":\"message_received\",\"chat_id\":\"c1\",\"account_id\":\"a1\"}";
        HttpResponse<String> wrong = post("/hooks/unipile", body, "X-Hook-Secret", "hook-secret-b6a1");
        HttpResponse<String> missing = post("/hooks/unipile", body, null, null);
        HttpResponse<String> otherHeader = post("/hooks/unipile", body, "X-Unipile-Webhook-Secret", SECRET);
        for (HttpResponse<String> r : List.of(wrong, missing, otherHeader)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).doesNotContain(SECRET).doesNotContain("b6a");
        }
        // A wrong secret through the fake: its delivery fails with 401.
        FakeAccount account = SERVER.state().addAccount(AccountType.LINKEDIN);
        FakeChat chat = SERVER.state().addChat(account.id(), "ACoAAbob");
        SERVER.state().addWebhook(CreateWebhookRequest.builder(url("/hooks/unipile"), WebhookSource.MESSAGING)
                .addHeader("X-Hook-Secret", "guess").build());
        SERVER.simulateIncomingMessage(chat.id(), "ACoAAbob", "Hi");
        WebhookDelivery failed = SERVER.webhookDeliveries().await(d -> d.status() == WebhookDelivery.Status.FAILED,
                1, Duration.ofSeconds(10)).get(0);
        assertThat(failed.attempts()).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        assertThat(received.all).isEmpty();
    }

    @Test
    void aMalformedBodyIs400() throws Exception {
        for (String body : List.of("not json", "[1, 2]", "null", "")) {
            HttpResponse<String> r = post("/hooks/unipile", body, "X-Hook-Secret", SECRET);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(received.all).isEmpty();
        // A well-formed one is accepted; JSON with no Content-Type, as Unipile sends it.
        HttpResponse<String> ok = post("/hooks/unipile",
                "{\"event\":\"message_received\",\"chat_id\":\"c1\",\"account_id\":\"a1\",\"message\":\"m\"}",
                "X-Hook-Secret", SECRET);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(received.messages.poll(1, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aTooLargeBodyIs413() throws Exception {
        HttpResponse<String> r = post("/hooks/unipile", "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}", "X-Hook-Secret",
                SECRET);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void healthShowsTheCircuitAndNeverTheKey() throws Exception {
        HttpResponse<String> health = get("/actuator/health/unipile");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"circuit\":\"CLOSED\"").doesNotContain(KEY);
    }

    @Test
    void configpropsAndEnvMaskTheKeyAndTheSecretEvenWithShowValuesAlways() throws Exception {
        HttpResponse<String> configprops = get("/actuator/configprops/unipile");
        assertThat(configprops.statusCode()).isEqualTo(200);
        // The values are shown (the base URL, the secret header), the key and secret are not.
        assertThat(configprops.body()).contains(SERVER.baseUrl(), "X-Hook-Secret", "******")
                .doesNotContain(KEY).doesNotContain(SECRET);
        HttpResponse<String> env = get("/actuator/env");
        assertThat(env.statusCode()).isEqualTo(200);
        assertThat(env.body()).contains("unipile.webhooks.secret-header").doesNotContain(KEY).doesNotContain(SECRET);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String header, String value)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            b.header(header, value);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
