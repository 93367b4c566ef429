package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestJournalTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().apiKey("secret-key").build().start();
    private final Http http = new Http(server);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void recordsMethodPathQueryHeadersFieldsAndFiles() throws InterruptedException {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        http.get("/api/v1/accounts?limit=5&cursor=a%2Bb");
        http.post("/api/v1/chats", new Multipart().field("account_id", account.id())
                .field("attendees_ids", "A").field("attendees_ids", "B").field("linkedin[inmail]", "true")
                .file("attachments", "n\u00e9.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));

        RecordedRequest list = server.journal().takeRequest(Duration.ofSeconds(1));
        assertThat(list.sequence()).isEqualTo(1);
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/api/v1/accounts");
        assertThat(list.route()).contains(AccountRoutes.LIST_ACCOUNTS);
        assertThat(list.queryParam("limit")).hasValue("5");
        assertThat(list.queryParam("cursor")).hasValue("a+b");
        assertThat(list.header("accept")).hasValue("application/json");
        assertThat(list.header("X-Api-Key")).hasValue(RecordedRequest.MASK);
        assertThat(list.apiKey()).isEqualTo(RecordedRequest.ApiKeyCheck.VALID);
        assertThat(list.responseStatus()).as("not a cursor this fake issued").isEqualTo(400);

        RecordedRequest start = server.journal().takeRequest(Duration.ofSeconds(1));
        assertThat(start.sequence()).isEqualTo(2);
        assertThat(start.route()).contains(ChatRoutes.START_CHAT);
        assertThat(start.formFieldValues("attendees_ids")).containsExactly("A", "B");
        assertThat(start.formField("linkedin[inmail]")).hasValue("true");
        assertThat(start.files("attachments")).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("n\u00e9.txt");
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(file.content().asUtf8()).isEqualTo("hello");
        });
        assertThat(start.bodySize()).isPositive();
        assertThat(start.applied()).isTrue();
        assertThat(start.fault()).isEmpty();
        assertThat(start.toString()).doesNotContain("secret-key");
    }

    @Test
    void takeRequestWaitsForTheNextOneAndFailsAfterTheTimeout() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<RecordedRequest> taken = background.submit(() -> server.journal().takeRequest(Duration.ofSeconds(5)));
            Thread.sleep(100);
            http.get("/api/v1/accounts/x");

            assertThat(taken.get(5, TimeUnit.SECONDS).route()).contains(AccountRoutes.GET_ACCOUNT);
        } finally {
            background.shutdownNow();
        }
        assertThatThrownBy(() -> server.journal().takeRequest(Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No request arrived");
    }

    @Test
    void awaitsRequestsOfARoute() throws Exception {
        CompletableFuture<List<RecordedRequest>> awaited = CompletableFuture.supplyAsync(() -> {
            try {
                return server.journal().awaitRequests(AccountRoutes.LIST_ACCOUNTS, 2, Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        http.get("/api/v1/accounts");
        http.get("/api/v1/accounts/x");
        http.get("/api/v1/accounts");

        assertThat(awaited.get(5, TimeUnit.SECONDS)).hasSize(2);
        assertThat(server.journal().count(AccountRoutes.GET_ACCOUNT)).isEqualTo(1);
        assertThat(server.journal().matching(r -> r.responseStatus() == 404)).hasSize(1);
        assertThatThrownBy(() -> server.journal().awaitRequests(ChatRoutes.START_CHAT, 1, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("POST /api/v1/chats");
    }

    @Test
    void recordsUnroutedRequestsWithoutARoute() {
        http.get("/api/v2/elsewhere");

        RecordedRequest recorded = server.journal().last().orElseThrow();
        assertThat(recorded.route()).isEmpty();
        assertThat(recorded.responseStatus()).isEqualTo(404);
    }

    @Test
    void resetForgetsStateJournalAndFaults() {
        server.state().addAccount(AccountType.MAIL);
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().respond(500);
        http.get("/api/v1/accounts");

        server.reset();

        assertThat(server.state().accounts()).isEmpty();
        assertThat(server.journal().requests()).isEmpty();
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(200);
        assertThat(server.journal().last().orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    void handlesManyConcurrentClientsAndStoresEveryMessageOnce() throws Exception {
        FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
        FakeChat chat = server.state().addChat(account.id(), "336@s.whatsapp.net");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> sends = java.util.stream.IntStream.range(0, 80)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.post("/api/v1/chats/" + chat.id()
                            + "/messages", new Multipart().field("text", "m" + i)).statusCode(), clients))
                    .toList();
            for (CompletableFuture<Integer> send : sends) {
                assertThat(send.get(10, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(server.state().sentMessages()).hasSize(80)
                .extracting(FakeMessage::text).doesNotHaveDuplicates();
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).hasSize(80)
                .extracting(RecordedRequest::sequence).doesNotHaveDuplicates();
    }
}
