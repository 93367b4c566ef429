package io.unipile;

import io.unipile.accounts.ListAccountsRequest;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.ListChatsRequest;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.HttpMethod;
import io.unipile.http.TransportRequest;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.messages.SendMessageRequest;
import io.unipile.raw.RawRequest;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the declared endpoints make of a call before it reaches the transport: validation naming the field,
 * per-call options, the idempotency the resilience layer is told, raw requests. The wire itself is proven over real
 * HTTP for both transports by the conformance module's {@code WireFormatSuite}.
 */
class EndpointCallTest {
    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    @Test
    void queryLimitsAreCheckedBeforeAnythingIsSentNamingTheField() {
        assertThatThrownBy(() -> client.accounts().list(ListAccountsRequest.builder().limit(0).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 250 but was 0");
        assertThatThrownBy(() -> client.accounts().list(ListAccountsRequest.builder().limit(251).build()))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> client.accounts().listAll(ListAccountsRequest.builder().cursor("").build()))
                .hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> client.chats().listAsync(ListChatsRequest.builder().limit(0).build()))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> client.attendees().list(ListAttendeesRequest.builder().limit(251).build()))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> client.webhooks().list(ListWebhooksRequest.builder().cursor(" ").build()))
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> client.messages().list(ListMessagesRequest.builder().senderId("").build()))
                .hasMessage("senderId must not be blank");
        assertThatThrownBy(() -> client.attendees().listAllChats("att", ListByAttendeeRequest.builder().accountId("")
                .build())).hasMessage("accountId must not be blank");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void pathValuesAndRequestsAreRequiredNamingTheField() {
        assertThatThrownBy(() -> client.accounts().get(" ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.webhooks().delete(null)).hasMessage("webhookId is required");
        assertThatThrownBy(() -> client.attendees().downloadPicture("")).hasMessageContaining("attendeeId");
        assertThatThrownBy(() -> client.attendees().listMessages(" ")).hasMessageContaining("senderId");
        assertThatThrownBy(() -> client.chats().syncHistory(null)).hasMessage("chatId is required");
        assertThatThrownBy(() -> client.messages().downloadAttachment("m", "")).hasMessageContaining("attachmentId");
        assertThatThrownBy(() -> client.chats().update("c", null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.messages().forwardAsync("m", null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.chats().list(null)).hasMessage("request is required");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void theResilienceLayerIsToldWhichOperationsARetryMayRepeat() {
        assertThat(sent(() -> client.chats().syncHistory("c1")).idempotent()).as("GET sync").isTrue();
        assertThat(sent(() -> client.accounts().delete("a1")).idempotent()).as("DELETE").isTrue();
        assertThat(sent(() -> client.chats().update("c1", UpdateChatRequest.markRead())).idempotent())
                .as("PATCH chat").isFalse();
        assertThat(sent(() -> client.messages().forward("m1", ForwardMessageRequest.to("c2"))).idempotent())
                .as("POST forward").isFalse();
        assertThat(sent(() -> client.raw().call(RawRequest.post("/linkedin").build())).idempotent()).isFalse();
        assertThat(sent(() -> client.raw().call(RawRequest.post("/linkedin").idempotent(true).build()))
                .idempotent()).isTrue();
    }

    @Test
    void optionsAddHeadersQueryFieldsAndADeadlineToEveryCallOfTheView() throws IOException {
        UnipileClient view = client.withOptions(RequestOptions.builder()
                .timeout(Duration.ofSeconds(3))
                .header("X-Request-Id", "r-1")
                .extraQuery("new_filter", "a b")
                .build());

        TransportRequest get = sent(() -> view.chats().get("c1", "acc"));
        assertThat(get.uri().getRawQuery()).isEqualTo("account_id=acc&new_filter=a%20b");
        assertThat(get.header("X-Request-Id")).contains("r-1");
        assertThat(get.callTimeout()).isEqualTo(Duration.ofSeconds(3));

        TransportRequest plain = sent(() -> client.chats().get("c1"));
        assertThat(plain.uri().getRawQuery()).as("the client itself is unchanged").isNull();
        assertThat(plain.header("X-Request-Id")).isEmpty();
        assertThat(plain.callTimeout()).isNull();

        UnipileClient json = view.withOptions(RequestOptions.builder().extraJsonField("secret_v2", Map.of("a", 1))
                .timeout(Duration.ofSeconds(1)).build());
        TransportRequest create = sent(() -> json.webhooks().create(CreateWebhookRequest
                .builder("https://h.example/x", WebhookSource.MESSAGING).build()));
        assertThat(new String(create.body().open().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"request_url\":\"https://h.example/x\",\"source\":\"messaging\",\"secret_v2\":{\"a\":1}}");
        assertThat(create.callTimeout()).as("the later view's timeout wins").isEqualTo(Duration.ofSeconds(1));
        assertThat(create.header("X-Request-Id")).as("and the earlier view's header stays").contains("r-1");

        assertThatThrownBy(() -> json.chats().get("c1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extraJsonFields").hasMessageContaining("/chats/{chat_id}");
        UnipileClient form = client.withOptions(RequestOptions.builder().extraFormField("linkedin[x]", "1").build());
        TransportRequest send = sent(() -> form.chats().sendMessage("c1", SendMessageRequest.ofText("hi")));
        assertThat(new String(send.body().open().readAllBytes(), StandardCharsets.UTF_8))
                .contains("name=\"text\"\r\n\r\nhi\r\n").contains("name=\"linkedin[x]\"\r\n\r\n1\r\n");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void optionsRefuseToReplaceTheKeyOrSplitAHeader() {
        assertThatThrownBy(() -> RequestOptions.builder().header("x-api-key", "other"))
                .hasMessageContaining("X-API-KEY");
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Evil", "a\r\nX-API-KEY: b"))
                .hasMessageContaining("X-Evil").hasMessageNotContaining("a\r\n");
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> RequestOptions.builder().extraJsonField(" ", 1))
                .hasMessageContaining("extraJsonField name");
        assertThat(RequestOptions.builder().header("Authorization", "Bearer s3cr3t").build().toString())
                .doesNotContain("s3cr3t");
    }

    @Test
    void aRawRequestEncodesEachPathValueAsOneSegmentAndKeepsTheQueryAndBody() throws IOException {
        TransportRequest get = sent(() -> client.raw().call(RawRequest.get("/users/{identifier}")
                .pathParam("identifier", "../accounts?x=1#f")
                .query("linkedin_sections", "*").query("account_id", "acc")
                .build()));
        assertThat(get.method()).isEqualTo(HttpMethod.GET);
        assertThat(get.uri().getRawPath()).isEqualTo("/api/v1/users/..%2Faccounts%3Fx%3D1%23f");
        assertThat(get.uri().getRawQuery()).isEqualTo("linkedin_sections=%2A&account_id=acc");

        TransportRequest post = sent(() -> client.raw().call(RawRequest.post("/api/v1/users/invite")
                .jsonBody(Map.of("provider_id", "p1")).build()));
        assertThat(post.uri().getRawPath()).isEqualTo("/api/v1/users/invite");
        assertThat(post.header("Content-Type")).contains("application/json");
        assertThat(new String(post.body().open().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"provider_id\":\"p1\"}");
    }

    @Test
    void aRawRequestIsCheckedWhenBuilt() {
        assertThatThrownBy(() -> RawRequest.get("/users/{identifier}").build())
                .hasMessageContaining("pathParam 'identifier'");
        assertThatThrownBy(() -> RawRequest.get("/users").pathParam("id", "x").build())
                .hasMessageContaining("pathParam 'id' is not in /users");
        for (String bad : List.of("users", "/users/../accounts", "/users?x=1", "/users//me", "/users/%2e", "/")) {
            assertThatThrownBy(() -> RawRequest.get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RawRequest.post("/x").jsonBody(Map.of()).formField("a", "b"))
                .hasMessageContaining("either a JSON or a multipart body");
        assertThatThrownBy(() -> RawRequest.get("/users/{id}").pathParam("id", " "))
                .hasMessage("id must not be blank");
        RawRequest r = RawRequest.get("/users/{id}").pathParam("id", "secret-person").query("q", 1).build();
        assertThat(r.toBuilder().build().pathParams()).isEqualTo(r.pathParams());
        assertThat(r.toString()).doesNotContain("secret-person");
    }

    @Test
    void aRawListFollowsTheCursorInTheQuery() {
        assertThatThrownBy(() -> client.raw().listAll(RawRequest.get("/users/relations").query("account_id", "a")
                .query("cursor", "start").build()).iterator().hasNext())
                .isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests.get(0).uri().getRawQuery()).isEqualTo("account_id=a&cursor=start");
    }
}
