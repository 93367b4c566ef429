package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.unipile.accounts.AccountType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives every route and every answer the fake can give, and validates each status and body:
 * against Unipile's OpenAPI document where the route documents the status, else against the
 * common error shape. Additional properties are errors, so the fake sends nothing undocumented.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceTest {
    private OpenApiInteractionValidator validator;
    private SchemaValidator commonErrorValidator;
    private Schema<?> commonError;
    private FakeUnipileServer server;
    private Http http;
    private final Set<String> covered = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    void loadSpecs() {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(resource("/unipile-v1-seed-operations.yaml"))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();
        OpenAPI common = new OpenAPIV3Parser().readContents(resource("/common-error.yaml")).getOpenAPI();
        commonError = common.getComponents().getSchemas().get("CommonError");
        commonErrorValidator = new SchemaValidator(common, new MessageResolver());
        server = FakeUnipileServer.builder().maxRequestBodyBytes(64).build().start();
        http = new Http(server);
    }

    @AfterAll
    void close() {
        server.close();
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyAnswerMatchesTheDocument() {
        FakeUnipileState state = server.state();
        List<FakeAccount> accounts = new ArrayList<>();
        for (AccountType type : AccountTypes.ALL) {
            accounts.add(state.addAccount(type));
        }
        accounts.add(state.addAccount(FakeAccount.builder(AccountType.MOBILE).lastFetchedAt(Instant.now())
                .currentSignature("sig").signatures(List.of(new FakeAccount.Signature("t", "c")))
                .groups(List.of("g1")).build()));
        accounts.add(state.addAccount(FakeAccount.builder(AccountType.GOOGLE_CALENDAR).syncToken("tok").build()));
        accounts.add(state.addAccount(FakeAccount.builder(AccountType.EXCHANGE).connectionParams(
                new ConnectionParams.Imap("h", 1, "u", null, "s", 2, "u")).build()));
        accounts.add(state.addAccount(FakeAccount.builder(AccountType.LINKEDIN).connectionParams(
                new ConnectionParams.Linkedin("id", "pub", "user", "p1", "c1", List.of("premium", "recruiter"),
                        List.of(new ConnectionParams.Linkedin.Organization("Org", false, "urn:o", "urn:m")),
                        new ConnectionParams.Linkedin.Proxy("proxy", 1080, "socks5", "u", "p"))).build()));
        FakeAccount linkedin = accounts.get(AccountTypes.ALL.indexOf(AccountType.LINKEDIN));
        FakeAccount mail = accounts.get(AccountTypes.ALL.indexOf(AccountType.MAIL));

        // GET /accounts: pages, every type, cursor, errors.
        String firstPage = validated(http.get("/api/v1/accounts?limit=5"), "get", "/api/v1/accounts").get("cursor")
                .asText();
        validated(http.get("/api/v1/accounts?limit=250"), "get", "/api/v1/accounts");
        validated(http.get("/api/v1/accounts?cursor=" + java.net.URLEncoder.encode(firstPage, StandardCharsets.UTF_8)),
                "get", "/api/v1/accounts");
        validated(http.get("/api/v1/accounts?limit=0"), "get", "/api/v1/accounts");
        validated(http.get("/api/v1/accounts?cursor=xyz"), "get", "/api/v1/accounts");
        validated(http.send(http.request("/api/v1/accounts").setHeader("X-API-KEY", "bad").build()), "get",
                "/api/v1/accounts");
        validated(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.apiUrl() + "/accounts"))
                .build()), "get", "/api/v1/accounts");

        // GET /accounts/{id}
        for (FakeAccount account : accounts) {
            validated(http.get("/api/v1/accounts/" + account.id()), "get", "/api/v1/accounts/{id}");
        }
        validated(http.get("/api/v1/accounts/unknown"), "get", "/api/v1/accounts/{id}");

        // POST /chats
        byte[] small = "tiny".getBytes(StandardCharsets.UTF_8);
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "A1").field("text", "hi").field("linkedin[api]", "recruiter")
                .field("linkedin[follow_up][subject]", "s").field("linkedin[follow_up][text]", "t")
                .field("linkedin[follow_up][scheduled_time][weeks]", "2")
                .field("linkedin[follow_up][scheduled_time][timezone]", "UTC")), "post", "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "A2").field("attendees_ids", "A3").field("subject", "group")
                .file("attachments", "a.txt", "text/plain", small)), "post", "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "A4")), "post", "/api/v1/chats"); // message_id null
        validated(http.post("/api/v1/chats", new Multipart().field("attendees_ids", "A")), "post", "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "A").field("linkedin[api]", "x")), "post", "/api/v1/chats");
        validated(http.send(http.request("/api/v1/chats").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build()), "post", "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "A").file("attachments", "big.bin", null, new byte[100])), "post",
                "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", "nope").field("attendees_ids", "A")),
                "post", "/api/v1/chats");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", mail.id()).field("attendees_ids", "A")),
                "post", "/api/v1/chats");
        state.markUnreachable("gone");
        validated(http.post("/api/v1/chats", new Multipart().field("account_id", linkedin.id())
                .field("attendees_ids", "gone")), "post", "/api/v1/chats");

        // GET /chats/{chat_id}: empty chat, a message with every attachment type, a quote, errors.
        FakeChat chat = state.addChat(FakeChat.builder(linkedin.id(), "B1").mutedUntil(Instant.now())
                .archived(true).subject("subj").build());
        validated(http.get("/api/v1/chats/" + chat.id()), "get", "/api/v1/chats/{chat_id}");
        FileContent bytes = FileContent.of(small);
        FakeMessage withFiles = state.addMessage(FakeMessage.builder(chat.id()).attachments(
                        new FakeAttachment("1", FakeAttachment.Type.IMG, "i.png", "image/png", bytes, 10, 20, false),
                        new FakeAttachment("2", FakeAttachment.Type.VIDEO, "v.mp4", "video/mp4", bytes, 1, 2, false),
                        new FakeAttachment("3", FakeAttachment.Type.AUDIO, "a.ogg", null, bytes, 0, 0, true),
                        new FakeAttachment("4", FakeAttachment.Type.FILE, "f.pdf", "application/pdf", bytes, 0, 0, false),
                        new FakeAttachment("5", FakeAttachment.Type.LINKEDIN_POST, "post", null, bytes, 0, 0, false),
                        new FakeAttachment("6", FakeAttachment.Type.VIDEO_MEETING, "meet", null, bytes, 0, 0, false))
                .build());
        validated(http.get("/api/v1/chats/" + chat.id()), "get", "/api/v1/chats/{chat_id}");
        validated(http.post("/api/v1/chats/" + chat.id() + "/messages", new Multipart().field("text", "re")
                .field("quote_id", withFiles.id()).field("thread_id", "t").field("account_id", linkedin.id())
                .file("voice_message", "v.m4a", "audio/mp4", small).file("video_message", "v.mp4", "video/mp4", small)),
                "post", "/api/v1/chats/{chat_id}/messages");
        validated(http.get("/api/v1/chats/" + chat.id() + "?account_id=" + linkedin.id()), "get",
                "/api/v1/chats/{chat_id}");
        validated(http.get("/api/v1/chats/" + state.startedChats().get(1).id()), "get", "/api/v1/chats/{chat_id}");
        validated(http.get("/api/v1/chats/unknown"), "get", "/api/v1/chats/{chat_id}");
        validated(http.get("/api/v1/chats/" + chat.id() + "?account_id=" + mail.id()), "get", "/api/v1/chats/{chat_id}");
        validated(http.get("/api/v1/chats/" + chat.id() + "?account_id="), "get", "/api/v1/chats/{chat_id}");

        // POST /chats/{chat_id}/messages
        String messages = "/api/v1/chats/" + chat.id() + "/messages";
        validated(http.post(messages, new Multipart().field("text", "x")), "post", "/api/v1/chats/{chat_id}/messages");
        validated(http.post(messages, new Multipart().field("thread_id", "x")), "post",
                "/api/v1/chats/{chat_id}/messages");
        validated(http.post("/api/v1/chats/unknown/messages", new Multipart().field("text", "x")), "post",
                "/api/v1/chats/{chat_id}/messages");
        validated(http.post(messages, new Multipart().field("text", "x").field("account_id", mail.id())), "post",
                "/api/v1/chats/{chat_id}/messages");
        FakeChat readOnly = state.addChat(FakeChat.builder(linkedin.id(), "C").readOnly(true).build());
        validated(http.post("/api/v1/chats/" + readOnly.id() + "/messages", new Multipart().field("text", "x")),
                "post", "/api/v1/chats/{chat_id}/messages");

        // Unknown routes and methods.
        validated(http.get("/api/v1/unknown"), "get", null);
        validated(http.send(http.request("/api/v1/chats").GET().build()), "get", null);

        // Every scripted error status, on every route.
        String[][] routes = {
            {"get", "/api/v1/accounts", "/api/v1/accounts"},
            {"get", "/api/v1/accounts/{id}", "/api/v1/accounts/" + linkedin.id()},
            {"post", "/api/v1/chats", "/api/v1/chats"},
            {"get", "/api/v1/chats/{chat_id}", "/api/v1/chats/" + chat.id()},
            {"post", "/api/v1/chats/{chat_id}/messages", messages},
        };
        int[] statuses = {400, 401, 403, 404, 409, 415, 422, 429, 500, 501, 502, 503, 504};
        for (int i = 0; i < routes.length; i++) {
            Route route = Route.values()[i];
            for (int status : statuses) {
                server.faults().on(route).respond(status);
            }
            server.faults().on(route).tooManyRequests(Duration.ofSeconds(1));
            for (int n = 0; n < statuses.length + 1; n++) {
                HttpResponse<String> response = routes[i][0].equals("get") ? http.get(routes[i][2])
                        : http.post(routes[i][2], new Multipart().field("account_id", linkedin.id())
                                .field("attendees_ids", "Z").field("text", "x"));
                validated(response, routes[i][0], routes[i][1]);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(covered).contains(
                "GET /api/v1/accounts 200", "GET /api/v1/accounts 400 errors/invalid_parameters",
                "GET /api/v1/accounts 401 errors/missing_credentials",
                "GET /api/v1/accounts 401 errors/invalid_credentials",
                "GET /api/v1/accounts/{id} 200", "GET /api/v1/accounts/{id} 404 errors/resource_not_found",
                "POST /api/v1/chats 201", "POST /api/v1/chats 400 errors/missing_parameters",
                "POST /api/v1/chats 400 errors/invalid_parameters", "POST /api/v1/chats 400 errors/malformed_request",
                "POST /api/v1/chats 400 errors/content_too_large", "POST /api/v1/chats 404 errors/resource_not_found",
                "POST /api/v1/chats 422 errors/invalid_account", "POST /api/v1/chats 422 errors/user_unreachable",
                "GET /api/v1/chats/{chat_id} 200", "GET /api/v1/chats/{chat_id} 404 errors/resource_not_found",
                "GET /api/v1/chats/{chat_id} 403 errors/account_mismatch",
                "GET /api/v1/chats/{chat_id} 400 errors/invalid_parameters (common shape)",
                "POST /api/v1/chats/{chat_id}/messages 201",
                "POST /api/v1/chats/{chat_id}/messages 400 errors/missing_parameters (common shape)",
                "POST /api/v1/chats/{chat_id}/messages 404 errors/resource_not_found",
                "POST /api/v1/chats/{chat_id}/messages 403 errors/account_mismatch",
                "POST /api/v1/chats/{chat_id}/messages 422 errors/cant_send_message",
                "GET (unrouted) 404 errors/resource_not_found (common shape)",
                "GET (unrouted) 405 errors/method_not_allowed (common shape)",
                "GET /api/v1/accounts 429 errors/too_many_requests (common shape)",
                "POST /api/v1/chats/{chat_id}/messages 429 errors/too_many_requests",
                "POST /api/v1/chats/{chat_id}/messages 503 errors/service_unavailable",
                "POST /api/v1/chats/{chat_id}/messages 504 errors/request_timeout");
    }

    /** Validates an answer and records what it covered; returns its JSON. */
    private JsonNode validated(HttpResponse<String> response, String method, String template) {
        int status = response.statusCode();
        JsonNode json = Http.json(response);
        String type = status >= 400 ? " " + json.get("type").asText() : "";
        String what = method.toUpperCase(Locale.ROOT) + " " + (template == null ? "(unrouted)" : template) + " "
                + status + type;
        ValidationReport report = template == null ? ValidationReport.empty()
                : validator.validateResponse(template, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                        SimpleResponse.Builder.status(status).withContentType("application/json")
                                .withBody(response.body()).build());
        boolean undocumented = template == null || report.getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.response.status.unknown"));
        if (undocumented) {
            report = commonErrorValidator.validate(response.body(), commonError, "response.body");
            if (status < 400 || json.get("status").asInt() != status) {
                failures.add(what + ": undocumented status, or a body status that differs");
            }
            what += " (common shape)";
        }
        if (report.hasErrors()) {
            failures.add(what + ": " + report.getMessages() + "\n" + response.body());
        }
        covered.add(what);
        return json;
    }
}
