package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.chats.ChatRoutes;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stubs answer what the fake does not model (here a made-up {@code /beta/widgets} operation) or override what it does. */
class StubsTest {
    private static final String CALENDAR = "{\"object\":\"Calendar\",\"id\":\"cal_1\"}";

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void answersAnOperationTheFakeDoesNotModelAndJournalsIt() {
        server.stubs().on("GET", "/api/v1/beta/widgets/{widget_id}").respond(200, CALENDAR);

        HttpResponse<String> answer = http.get("/api/v1/beta/widgets/cal_1?account_id=a1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(CALENDAR);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        RecordedRequest recorded = server.journal().last().orElseThrow();
        assertThat(recorded.route()).hasValue(Route.of("GET", "/api/v1/beta/widgets/{widget_id}"));
        assertThat(recorded.pathParams()).containsExactly(Map.entry("widget_id", "cal_1"));
        assertThat(recorded.queryParam("account_id")).hasValue("a1");
        assertThat(recorded.stubbed()).isTrue();
        assertThat(recorded.applied()).isFalse();
        assertThat(server.journal().requests(Route.of("GET", "/api/v1/beta/widgets/{widget_id}"))).hasSize(1);

        assertThat(http.get("/api/v1/beta/widgets/cal_1/events").statusCode()).isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/beta/widgets/cal_1").DELETE().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void authenticationComesFirst() {
        server.stubs().on("GET", "/api/v1/beta/widgets/{widget_id}").respond(200, CALENDAR);

        HttpResponse<String> empty = http.send(http.request("/api/v1/beta/widgets/x").setHeader("X-API-KEY", "")
                .build());
        HttpResponse<String> wrong = http.send(http.request("/api/v1/beta/widgets/x").setHeader("X-API-KEY", "nope")
                .build());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Http.json(wrong).get("type").asText()).isEqualTo("errors/invalid_credentials");
        assertThat(empty.statusCode()).isEqualTo(401);
        assertThat(server.journal().requests()).extracting(RecordedRequest::stubbed).containsOnly(false);
    }

    @Test
    void winsOverTheModelledRouteForTheRequestsItsPredicateTakes() {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        FakeChat mine = server.state().addChat(account.id(), "ACoAAbob");
        server.stubs().on(ChatRoutes.GET_CHAT).where(r -> r.pathParam("chat_id").orElseThrow().equals("c1"))
                .respond(403, "{\"status\":403,\"type\":\"errors/account_restricted\",\"title\":\"Restricted\"}");

        assertThat(http.get("/api/v1/chats/c1").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/chats/c1?unknown=1").statusCode()).as("no validation").isEqualTo(403);
        assertThat(http.get("/api/v1/chats/" + mine.id()).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/chats/c2").statusCode()).isEqualTo(404);
        assertThat(server.journal().requests(ChatRoutes.GET_CHAT)).extracting(RecordedRequest::stubbed)
                .containsExactly(true, true, false, false);
    }

    @Test
    void aLimitedStubAnswersNTimesThenTheFakeTakesOver() {
        server.stubs().on("GET", "/api/v1/beta/widgets/{widget_id}").times(2).respond(200, CALENDAR)
                .on("GET", "/api/v1/accounts").times(1).respond(503, "{}");

        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(503);
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(200);
        assertThat(server.stubs().active()).isEqualTo(1);
        assertThat(http.get("/api/v1/beta/widgets/a").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/beta/widgets/b").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/beta/widgets/c").statusCode()).isEqualTo(404);
        assertThat(server.stubs().active()).isZero();
    }

    @Test
    void sendsTheGivenHeadersAndRecordsTheBody() {
        server.stubs().on("POST", "/api/v1/beta/widgets/{widget_id}/events")
                .where(r -> r.jsonBody().orElse("").contains("Standup"))
                .respond(429, "{\"status\":429}", Map.of("Retry-After", "3", "Content-Type", "application/problem+json"));

        HttpResponse<String> answer = http.postJson("/api/v1/beta/widgets/cal_1/events", "{\"title\":\"Standup\"}");
        HttpResponse<String> other = http.postJson("/api/v1/beta/widgets/cal_1/events", "{\"title\":\"Review\"}");

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.statusCode()).as("the predicate refuses it and nothing models the route").isEqualTo(404);
        assertThat(server.journal().requests().get(0).jsonBody()).hasValue("{\"title\":\"Standup\"}");
    }

    @Test
    void faultsStrikeStubbedRoutesAndResetRemovesStubs() {
        Route calendar = Route.of("GET", "/api/v1/beta/widgets/{widget_id}");
        server.stubs().on(calendar).respond(200, CALENDAR);
        server.faults().on(calendar).respond(503);

        assertThat(http.get("/api/v1/beta/widgets/x").statusCode()).isEqualTo(503);
        assertThat(http.get("/api/v1/beta/widgets/x").statusCode()).isEqualTo(200);

        server.reset();
        assertThat(server.stubs().active()).isZero();
        assertThat(http.get("/api/v1/beta/widgets/x").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesWhatIsNotAnOperation() {
        assertThatThrownBy(() -> server.stubs().on("GET", "users/{id}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.stubs().on("GET", "/api/v1/users").respond(99, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.stubs().on("GET", "/api/v1/users").times(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
