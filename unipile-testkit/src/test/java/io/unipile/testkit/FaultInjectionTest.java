package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.messages.MessageRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);
    private FakeChat chat;

    @BeforeEach
    void seed() {
        FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
        chat = server.state().addChat(account.id(), "33611111111@s.whatsapp.net");
    }

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> send(String text) {
        return http.post("/api/v1/chats/" + chat.id() + "/messages", new Multipart().field("text", text));
    }

    private HttpRequest sendRequest(String text) {
        Multipart body = new Multipart().field("text", text);
        return http.request("/api/v1/chats/" + chat.id() + "/messages").header("Content-Type", body.contentType())
                .POST(body.publisher()).build();
    }

    @Test
    void faultsAreConsumedInOrderAndCountThenNormalAnswersResume() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).next(2).respond(503)
                .on(ChatRoutes.SEND_MESSAGE).respond(500);

        assertThat(server.faults().pending(ChatRoutes.SEND_MESSAGE)).isEqualTo(3);
        assertThat(send("a").statusCode()).isEqualTo(503);
        assertThat(send("b").statusCode()).isEqualTo(503);
        HttpResponse<String> third = send("c");
        assertThat(third.statusCode()).isEqualTo(500);
        assertThat(Http.json(third).get("type").asText()).isEqualTo("errors/unexpected_error");
        assertThat(send("d").statusCode()).isEqualTo(201);

        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly("d");
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).extracting(RecordedRequest::responseStatus)
                .containsExactly(503, 503, 500, 201);
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).extracting(RecordedRequest::applied)
                .containsExactly(false, false, false, true);
        assertThat(server.faults().pending(ChatRoutes.SEND_MESSAGE)).isZero();
    }

    @Test
    void faultsOnOneRouteLeaveOthersAlone() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().respond(504);

        assertThat(send("x").statusCode()).isEqualTo(201);
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(504);
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(504);
        assertThat(server.faults().pending(AccountRoutes.LIST_ACCOUNTS)).isEqualTo(Integer.MAX_VALUE);

        server.faults().clear();
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void aPathParameterTargetsOneChatAndNthCountsOnlyItsCalls() {
        FakeChat other = server.state().addChat(chat.accountId(), "33622222222@s.whatsapp.net");
        server.faults().on(ChatRoutes.SEND_MESSAGE).pathParam("chat_id", chat.id()).nth(3).respond(500);
        String otherPath = "/api/v1/chats/" + other.id() + "/messages";

        assertThat(send("1").statusCode()).isEqualTo(201);
        assertThat(http.post(otherPath, new Multipart().field("text", "o")).statusCode()).isEqualTo(201);
        assertThat(send("2").statusCode()).isEqualTo(201);
        assertThat(http.post(otherPath, new Multipart().field("text", "o")).statusCode()).isEqualTo(201);
        assertThat(send("3").statusCode()).isEqualTo(500);
        assertThat(send("4").statusCode()).isEqualTo(201);

        assertThat(server.journal().matching(r -> r.responseStatus() == 500)).singleElement()
                .satisfies(r -> assertThat(r.pathParams()).containsEntry("chat_id", chat.id()));
        assertThat(server.state().messages(chat.id())).extracting(FakeMessage::text).containsExactly("1", "2", "4");
    }

    @Test
    void aQueryParameterOrAnyPredicateTargetsRequests() {
        String accountId = chat.accountId();
        server.faults().on(MessageRoutes.LIST_MESSAGES).queryParam("account_id", accountId).always().respond(503)
                .when(r -> r.header("X-Trace").filter("fail"::equals).isPresent()).always().respond(502);

        assertThat(http.get("/api/v1/messages?account_id=" + accountId).statusCode()).isEqualTo(503);
        assertThat(http.get("/api/v1/messages?account_id=" + accountId).statusCode()).isEqualTo(503);
        assertThat(http.get("/api/v1/messages").statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/api/v1/accounts").header("X-Trace", "fail").build()).statusCode())
                .isEqualTo(502);
        assertThat(http.send(http.request("/api/v1/chats/" + chat.id()).header("X-Trace", "fail").build())
                .statusCode()).isEqualTo(502);
        assertThat(http.send(http.request("/api/v1/accounts").header("X-Trace", "ok").build()).statusCode())
                .isEqualTo(200);
        assertThat(server.faults().pending(MessageRoutes.LIST_MESSAGES)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void predicateRulesKeepTheirPlaceInTheQueue() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).respond(503)
                .on(ChatRoutes.SEND_MESSAGE).where(r -> r.formField("text").filter("b"::equals).isPresent())
                .respond(429);

        assertThat(send("b").statusCode()).as("the earlier rule first").isEqualTo(503);
        assertThat(send("a").statusCode()).isEqualTo(201);
        assertThat(send("b").statusCode()).isEqualTo(429);
        assertThat(server.faults().pending(ChatRoutes.SEND_MESSAGE)).isZero();
        assertThatThrownBy(() -> server.faults().on(ChatRoutes.SEND_MESSAGE).nth(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyRequestsCarriesRetryAfterInSecondsOrAsADate() {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        server.faults().on(ChatRoutes.GET_CHAT).tooManyRequests(Duration.ofSeconds(7))
                .on(ChatRoutes.GET_CHAT).inject(Fault.tooManyRequests(at));

        HttpResponse<String> seconds = http.get("/api/v1/chats/" + chat.id());
        HttpResponse<String> date = http.get("/api/v1/chats/" + chat.id());

        assertThat(seconds.statusCode()).isEqualTo(429);
        assertThat(seconds.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(Http.json(seconds).get("type").asText()).isEqualTo("errors/too_many_requests");
        assertThat(ZonedDateTime.parse(date.headers().firstValue("Retry-After").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(at);
    }

    @Test
    void errorAfterProcessingStoresTheWrite() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).inject(Fault.status(503).afterProcessing());

        assertThat(send("stored anyway").statusCode()).isEqualTo(503);

        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly("stored anyway");
        assertThat(server.journal().last().orElseThrow().applied()).isTrue();
    }

    @Test
    void delaysTheAnswer() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).delay(Duration.ofMillis(300));

        long start = System.nanoTime();
        HttpResponse<String> response = http.get("/api/v1/accounts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(server.journal().last().orElseThrow().fault()).containsInstanceOf(Fault.Delay.class);
    }

    @Test
    void dropBeforeProcessingFailsTheClientAndStoresNothing() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).dropConnection();

        assertThatThrownBy(() -> http.client().send(sendRequest("lost"), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        assertThat(server.state().sentMessages()).isEmpty();
        RecordedRequest recorded = server.journal().last().orElseThrow();
        assertThat(recorded.responseStatus()).isZero();
        assertThat(recorded.applied()).isFalse();
        assertThat(recorded.formField("text")).hasValue("lost");
        assertThat(send("next").statusCode()).isEqualTo(201);
    }

    @Test
    void dropAfterProcessingFailsTheClientButStoresTheMessageOnce() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).dropConnectionAfterProcessing();

        assertThatThrownBy(() -> http.client().send(sendRequest("stored"), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly("stored");
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).singleElement()
                .satisfies(r -> assertThat(r.applied()).isTrue());
    }

    @Test
    void dropOnAGetFailsTheClientToo() {
        server.faults().on(ChatRoutes.GET_CHAT).always().dropConnection();

        assertThatThrownBy(() -> http.client().send(http.request("/api/v1/chats/" + chat.id()).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        // The JDK client silently retries an idempotent request once on a dropped connection.
        assertThat(server.journal().requests(ChatRoutes.GET_CHAT)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.responseStatus()).isZero());
    }

    @Test
    void malformedBodyKeepsTheStatusButIsNotJson() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).malformedBody();

        HttpResponse<String> response = send("x");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> v.startsWith("application/json"));
        assertThatThrownBy(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(server.state().sentMessages()).hasSize(1);
    }

    @Test
    void truncatedBodyFailsTheClientWhileReadingTheBody() {
        server.faults().on(ChatRoutes.GET_CHAT).truncatedBody();

        assertThatThrownBy(() -> http.client().send(http.request("/api/v1/chats/" + chat.id()).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(http.get("/api/v1/chats/" + chat.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void htmlErrorPageLooksLikeAProxyPage() {
        server.faults().on(AccountRoutes.GET_ACCOUNT).htmlErrorPage(502);

        HttpResponse<String> response = http.get("/api/v1/accounts/whatever");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).contains("<title>502 Bad Gateway</title>");
    }

    @Test
    void htmlPageAfterProcessingStoresTheWrite() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).inject(Fault.htmlErrorPage(504).afterProcessing());

        HttpResponse<String> response = send("through the gateway");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("504 Gateway Time-out");
        assertThat(server.state().sentMessages()).hasSize(1);
        assertThat(server.journal().last().orElseThrow().applied()).isTrue();
    }

    @Test
    void stallSendsHeadersThenNeverTheBodyUntilClose() throws Exception {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).stallAfterHeaders();

        CompletableFuture<HttpResponse<InputStream>> headers = http.client().sendAsync(
                http.request("/api/v1/accounts").build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response = headers.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = response.body()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThatThrownBy(() -> body.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        server.close();

        assertThatThrownBy(() -> body.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void faultsStrikeBeforeTheApiKeyCheck() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).respond(503);

        HttpResponse<String> response = http.send(http.request("/api/v1/accounts").setHeader("X-API-KEY", "wrong")
                .build());

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void rejectsNonsenseFaults() {
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(500, "unexpected_error")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.faults().on(ChatRoutes.GET_CHAT).next(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
