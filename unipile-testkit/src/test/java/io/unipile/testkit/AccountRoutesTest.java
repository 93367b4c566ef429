package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.internal.AccountTypes;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRoutesTest {
    private final FakeUnipileServer server = FakeUnipileServer.builder().apiKey("test-key").build().start();
    private final Http http = new Http(server);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void pagesThroughEveryAccountWithAnOpaqueCursorEndingInNull() {
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seeded.add(server.state().addAccount(AccountTypes.ALL.get(i)).id());
        }
        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String query = "?limit=3" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = Http.json(http.get("/api/v1/accounts" + query));
            assertThat(page.get("object").asText()).isEqualTo("AccountList");
            page.get("items").forEach(item -> listed.add(item.get("id").asText()));
            pageSizes.add(page.get("items").size());
            cursor = page.get("cursor").isNull() ? null : page.get("cursor").asText();
        } while (cursor != null);

        assertThat(listed).isEqualTo(seeded);
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    void lastFullPageHasANullCursor() {
        server.state().addAccount(AccountType.MAIL);
        server.state().addAccount(AccountType.SLACK);

        JsonNode page = Http.json(http.get("/api/v1/accounts?limit=2"));

        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("cursor").isNull()).isTrue();
    }

    @Test
    void defaultsToAHundredPerPage() {
        for (int i = 0; i < 101; i++) {
            server.state().addAccount(AccountType.WHATSAPP);
        }
        JsonNode page = Http.json(http.get("/api/v1/accounts"));

        assertThat(page.get("items")).hasSize(100);
        assertThat(page.get("cursor").isTextual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=251", "limit=ten", "limit=", "limit=1&limit=2", "cursor=",
            "cursor=%25%25notbase64", "cursor=bm9wZQ%3D%3D"})
    void rejectsInvalidPaginationParameters(String query) {
        HttpResponse<String> response = http.get("/api/v1/accounts?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response);
        assertThat(error.get("type").asText()).isEqualTo("errors/invalid_parameters");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("title").asText()).isEqualTo("Invalid parameters");
    }

    @Test
    void acceptsTheLimitBounds() {
        assertThat(http.get("/api/v1/accounts?limit=1").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/accounts?limit=250").statusCode()).isEqualTo(200);
    }

    static List<AccountType> accountTypes() {
        return AccountTypes.ALL;
    }

    @ParameterizedTest
    @MethodSource("accountTypes")
    void returnsEachAccountTypeWithItsConnectionParams(AccountType type) {
        FakeAccount account = server.state().addAccount(type);

        JsonNode json = Http.json(http.get("/api/v1/accounts/" + account.id()));

        assertThat(json.get("object").asText()).isEqualTo("Account");
        assertThat(json.get("type").asText()).isEqualTo(type.value());
        assertThat(json.get("id").asText()).isEqualTo(account.id());
        assertThat(json.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(json.get("connection_params").isObject()).isTrue();
        assertThat(json.get("sources").get(0).get("status").asText()).isEqualTo("OK");
    }

    @Test
    void sendsEverySettableFieldOfALinkedinAccount() {
        FakeAccount account = server.state().addAccount(FakeAccount.builder(AccountType.LINKEDIN)
                .id("acc-1").name("Jane Recruiter").createdAt(Instant.parse("2025-01-02T03:04:05.678Z"))
                .connectionParams(new FakeConnectionParams.Linkedin("ACoAAjane", "jane-doe", "Jane", "prem-1", null,
                        List.of("recruiter"),
                        List.of(new FakeConnectionParams.Linkedin.Organization("Acme", true, "urn:org:1", "urn:mb:1")),
                        new FakeConnectionParams.Linkedin.Proxy("proxy.example", 8080, "http", null, null)))
                .currentSignature("sig-1")
                .signatures(List.of(new FakeAccount.Signature("Default", "-- Jane")))
                .groups(List.of("grp-1"))
                .sources(List.of(new FakeAccount.Source("acc-1_MESSAGING", FakeAccount.SourceStatus.CONNECTING)))
                .build());

        JsonNode json = Http.json(http.get("/api/v1/accounts/" + account.id()));

        assertThat(json.toString()).isEqualTo("{\"object\":\"Account\",\"type\":\"LINKEDIN\",\"connection_params\":"
                + "{\"im\":{\"id\":\"ACoAAjane\",\"publicIdentifier\":\"jane-doe\",\"username\":\"Jane\","
                + "\"premiumId\":\"prem-1\",\"premiumContractId\":null,\"premiumFeatures\":[\"recruiter\"],"
                + "\"organizations\":[{\"name\":\"Acme\",\"messaging_enabled\":true,\"organization_urn\":\"urn:org:1\","
                + "\"mailbox_urn\":\"urn:mb:1\"}],\"proxy\":{\"source\":\"USER\",\"host\":\"proxy.example\","
                + "\"port\":8080,\"protocol\":\"http\"}}},\"id\":\"acc-1\",\"name\":\"Jane Recruiter\","
                + "\"created_at\":\"2025-01-02T03:04:05.678Z\",\"current_signature\":\"sig-1\","
                + "\"signatures\":[{\"title\":\"Default\",\"content\":\"-- Jane\"}],\"groups\":[\"grp-1\"],"
                + "\"sources\":[{\"id\":\"acc-1_MESSAGING\",\"status\":\"CONNECTING\"}]}");
    }

    @Test
    void unknownAccountIsNotFound() {
        HttpResponse<String> response = http.get("/api/v1/accounts/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/resource_not_found");
    }

    @Test
    void decodesPercentEncodedIds() {
        server.state().addAccount(FakeAccount.builder(AccountType.MAIL).id("a/b c").build());

        assertThat(http.get("/api/v1/accounts/a%2Fb%20c").statusCode()).isEqualTo(200);
    }

    @Test
    void requiresTheApiKey() {
        HttpResponse<String> missing = http.send(http.request("/api/v1/accounts").setHeader("X-API-KEY", "x")
                .build());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(Http.json(missing).get("type").asText()).isEqualTo("errors/invalid_credentials");

        HttpResponse<String> absent = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.apiUrl() + "/accounts")).build());
        assertThat(absent.statusCode()).isEqualTo(401);
        assertThat(Http.json(absent).get("type").asText()).isEqualTo("errors/missing_credentials");
        assertThat(server.journal().requests()).extracting(RecordedRequest::apiKey)
                .containsExactly(RecordedRequest.ApiKeyCheck.INVALID, RecordedRequest.ApiKeyCheck.MISSING);
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerInTheErrorShape() {
        HttpResponse<String> unknown = http.get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).get("type").asText()).isEqualTo("errors/resource_not_found");

        HttpResponse<String> wrongMethod = http.send(http.request("/api/v1/accounts/x")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, DELETE, POST");
        assertThat(Http.json(wrongMethod).get("type").asText()).isEqualTo("errors/method_not_allowed");
        assertThat(Http.json(wrongMethod).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void headRequestsGetA405WithoutABody() {
        HttpResponse<String> response = http.send(http.request("/api/v1/accounts")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).isEmpty();
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(200);
    }
}
