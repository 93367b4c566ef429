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
import io.unipile.testkit.internal.AccountTypes;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.webhooks.WebhookRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private OpenAPI spec;
    private static final String SPEC = "/unipile-v1-fake-operations.yaml";

    @BeforeAll
    void loadSpecs() {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(resource(SPEC))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();
        OpenAPI common = new OpenAPIV3Parser().readContents(resource("/common-error.yaml")).getOpenAPI();
        commonError = common.getComponents().getSchemas().get("CommonError");
        commonErrorValidator = new SchemaValidator(common, new MessageResolver());
        spec = new OpenAPIV3Parser().readContents(resource(SPEC)).getOpenAPI();
        server = FakeUnipileServer.builder().maxRequestBodyBytes(1024).build().start();
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
                new FakeConnectionParams.Imap("h", 1, "u", null, "s", 2, "u")).build()));
        accounts.add(state.addAccount(FakeAccount.builder(AccountType.LINKEDIN).connectionParams(
                new FakeConnectionParams.Linkedin("id", "pub", "user", "p1", "c1", List.of("premium", "recruiter"),
                        List.of(new FakeConnectionParams.Linkedin.Organization("Org", false, "urn:o", "urn:m")),
                        new FakeConnectionParams.Linkedin.Proxy("proxy", 1080, "socks5", "u", "p"))).build()));
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
                .field("attendees_ids", "A").file("attachments", "big.bin", null, new byte[2048])), "post",
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
        validated(http.send(http.request("/api/v1/chats").DELETE().build()), "get", null);

        listsAndReads(linkedin, mail, chat, withFiles);
        chatActionsAndAttendees(linkedin, chat, withFiles);
        webhooks(linkedin, mail);
        linkedInSearch(linkedin);
        accountDeletion();

        // Every scripted error status, on every route.
        Map<Route, Runnable> calls = new LinkedHashMap<>();
        for (Route route : Routes.all()) {
            String path = route.template().replace("{id}", "x").replace("{chat_id}", chat.id())
                    .replace("{message_id}", "m").replace("{attachment_id}", "a").replace("{attendee_id}", "x")
                    .replace("{sender_id}", "x");
            String method = route.method().toLowerCase(Locale.ROOT);
            Set<Route> json = Set.of(WebhookRoutes.CREATE_WEBHOOK, MessageRoutes.FORWARD_MESSAGE);
            calls.put(route, () -> validated(route.method().equals("GET") ? http.get(path)
                    : route.method().equals("DELETE") ? http.delete(path)
                    : route.method().equals("PATCH") ? http.patchJson(path, "{}")
                    : json.contains(route) ? http.postJson(path, "{}")
                    : http.post(path, new Multipart().field("account_id", linkedin.id()).field("attendees_ids", "Z")
                            .field("text", "x")), method, route.template()));
        }
        int[] statuses = {400, 401, 403, 404, 409, 415, 422, 429, 500, 501, 502, 503, 504};
        for (Route route : Routes.all()) {
            for (int status : statuses) {
                server.faults().on(route).respond(status);
            }
            server.faults().on(route).tooManyRequests(Duration.ofSeconds(1));
            for (int n = 0; n < statuses.length + 1; n++) {
                calls.get(route).run();
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
                "POST /api/v1/chats/{chat_id}/messages 504 errors/request_timeout",
                "DELETE /api/v1/accounts/{id} 200", "DELETE /api/v1/accounts/{id} 404 errors/resource_not_found",
                "GET /api/v1/chats 200", "GET /api/v1/chats 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/chats 404 errors/resource_not_found (common shape)",
                "GET /api/v1/chats/{chat_id}/messages 200",
                "GET /api/v1/chats/{chat_id}/messages 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/chats/{chat_id}/messages 404 errors/resource_not_found",
                "GET /api/v1/chats/{chat_id}/attendees 200",
                "GET /api/v1/chats/{chat_id}/attendees 404 errors/resource_not_found",
                "GET /api/v1/messages 200", "GET /api/v1/messages 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/messages 404 errors/resource_not_found",
                "GET /api/v1/messages/{message_id} 200", "GET /api/v1/messages/{message_id} 404 errors/resource_not_found",
                "GET /api/v1/messages/{message_id}/attachments/{attachment_id} 200 (binary)",
                "GET /api/v1/messages/{message_id}/attachments/{attachment_id} 404 errors/resource_not_found",
                "GET /api/v1/chat_attendees 200", "GET /api/v1/chat_attendees 404 errors/resource_not_found",
                "GET /api/v1/chat_attendees 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/chat_attendees/{id} 200", "GET /api/v1/chat_attendees/{id} 404 errors/resource_not_found",
                "GET /api/v1/webhooks 200", "GET /api/v1/webhooks 400 errors/invalid_parameters (common shape)",
                "POST /api/v1/webhooks 201", "POST /api/v1/webhooks 400 errors/invalid_parameters (common shape)",
                "POST /api/v1/webhooks 400 errors/missing_parameters (common shape)",
                "POST /api/v1/webhooks 400 errors/invalid_url (common shape)",
                "POST /api/v1/webhooks 400 errors/malformed_request (common shape)",
                "POST /api/v1/webhooks 400 errors/content_too_large (common shape)",
                "POST /api/v1/webhooks 404 errors/resource_not_found (common shape)",
                "POST /api/v1/webhooks 415 errors/unsupported_media_type (common shape)",
                "POST /api/v1/webhooks 401 errors/invalid_credentials",
                "DELETE /api/v1/webhooks/{id} 200", "DELETE /api/v1/webhooks/{id} 404 errors/resource_not_found",
                "PATCH /api/v1/chats/{chat_id} 200", "PATCH /api/v1/chats/{chat_id} 404 errors/resource_not_found",
                "PATCH /api/v1/chats/{chat_id} 400 errors/invalid_parameters (common shape)",
                "PATCH /api/v1/chats/{chat_id} 400 errors/missing_parameters (common shape)",
                "GET /api/v1/chats/{chat_id}/sync 200", "GET /api/v1/chats/{chat_id}/sync 404 errors/resource_not_found",
                "POST /api/v1/messages/{message_id}/forward 200",
                "POST /api/v1/messages/{message_id}/forward 404 errors/resource_not_found (common shape)",
                "POST /api/v1/messages/{message_id}/forward 422 errors/invalid_message (common shape)",
                "POST /api/v1/messages/{message_id}/forward 400 errors/missing_parameters (common shape)",
                "GET /api/v1/chat_attendees/{attendee_id}/chats 200",
                "GET /api/v1/chat_attendees/{attendee_id}/chats 404 errors/resource_not_found",
                "GET /api/v1/chat_attendees/{attendee_id}/chats 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/chat_attendees/{sender_id}/messages 200",
                "GET /api/v1/chat_attendees/{sender_id}/messages 404 errors/resource_not_found",
                "GET /api/v1/chat_attendees/{id}/picture 200 (binary)",
                "GET /api/v1/chat_attendees/{id}/picture 404 errors/resource_not_found (common shape)");
        for (Route route : Routes.all()) {
            String prefix = route.method() + " " + route.template() + " ";
            assertThat(covered).as("a 2xx of " + route).anyMatch(c -> c.startsWith(prefix + "2"));
            assertThat(covered).as("a 503 of " + route).anyMatch(c -> c.startsWith(prefix + "503"));
        }
    }

    /** The list and read routes of chats, messages, attachments and attendees, with their errors. */
    private void listsAndReads(FakeAccount linkedin, FakeAccount mail, FakeChat chat, FakeMessage withFiles) {
        FakeUnipileState state = server.state();
        FakeChat group = state.addChat(FakeChat.builder(linkedin.id(), "G1", "G2").name("group").unreadCount(2)
                .build());
        FakeMessage quoting = state.addMessage(FakeMessage.builder(group.id()).from("G2").text("re")
                .quoteId(state.addMessage(group.id(), "first").id()).build());
        server.simulateReaction(quoting.id(), linkedin.providerId(), "👍");
        server.simulateMessageRead(quoting.id(), linkedin.providerId());
        server.simulateMessageEdited(quoting.id(), "re (edited)");
        server.simulateMessageDeleted(withFiles.id());

        String chats = "/api/v1/chats";
        String firstPage = validated(http.get(chats + "?limit=2"), "get", chats).get("cursor").asText();
        validated(http.get(chats + "?cursor=" + URLEncoder.encode(firstPage, StandardCharsets.UTF_8)), "get", chats);
        validated(http.get(chats + "?unread=true&account_type=LINKEDIN&account_id=" + linkedin.id()
                + "&before=2100-01-01T00:00:00.000Z&after=2000-01-01T00:00:00.000Z&limit=250"), "get", chats);
        validated(http.get(chats + "?account_id=" + mail.id()), "get", chats); // empty list
        for (String bad : new String[] {"unread=yes", "before=2025-01-01", "after=2025-01-01T00:00:00Z",
                "limit=0", "account_type=MAIL", "cursor=eA%3D%3D", "account_id=a,,b", "folder=x"}) {
            validated(http.get(chats + "?" + bad), "get", chats);
        }
        validated(http.get(chats + "?account_id=nope"), "get", chats);

        String chatMessages = "/api/v1/chats/{chat_id}/messages";
        String messagesOfChat = "/api/v1/chats/" + chat.id() + "/messages";
        validated(http.get(messagesOfChat), "get", chatMessages);
        validated(http.get("/api/v1/chats/" + group.id() + "/messages?limit=1&sender_id=G2"), "get", chatMessages);
        validated(http.get(messagesOfChat + "?before=2025-13-01T00:00:00.000Z"), "get", chatMessages);
        validated(http.get("/api/v1/chats/unknown/messages"), "get", chatMessages);

        String messages = "/api/v1/messages";
        String next = validated(http.get(messages + "?limit=1"), "get", messages).get("cursor").asText();
        validated(http.get(messages + "?cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&account_id="
                + linkedin.id() + "&sender_id=G2&after=2000-01-01T00:00:00.000Z"), "get", messages);
        validated(http.get(messages + "?limit=251"), "get", messages);
        validated(http.get(messages + "?account_id=nope"), "get", messages);

        String message = "/api/v1/messages/{message_id}";
        validated(http.get("/api/v1/messages/" + quoting.id()), "get", message);
        validated(http.get("/api/v1/messages/" + withFiles.id()), "get", message);
        validated(http.get("/api/v1/messages/unknown"), "get", message);

        String attachment = "/api/v1/messages/{message_id}/attachments/{attachment_id}";
        FakeAttachment pdf = withFiles.attachments().get(3);
        HttpResponse<byte[]> download = http.getBytes("/api/v1/messages/" + withFiles.id() + "/attachments/"
                + pdf.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(pdf.content().bytes());
        assertThat(spec.getPaths().get(attachment).getGet().getResponses()).containsKey("200");
        covered.add("GET " + attachment + " 200 (binary)");
        validated(http.get("/api/v1/messages/" + withFiles.id() + "/attachments/unknown"), "get", attachment);
        validated(http.get("/api/v1/messages/unknown/attachments/" + pdf.id()), "get", attachment);

        String chatAttendees = "/api/v1/chats/{chat_id}/attendees";
        validated(http.get("/api/v1/chats/" + group.id() + "/attendees"), "get", chatAttendees);
        validated(http.get("/api/v1/chats/unknown/attendees"), "get", chatAttendees);

        String attendees = "/api/v1/chat_attendees";
        String page = validated(http.get(attendees + "?limit=2"), "get", attendees).get("cursor").asText();
        validated(http.get(attendees + "?cursor=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&account_id="
                + linkedin.id()), "get", attendees);
        validated(http.get(attendees + "?limit=x"), "get", attendees);
        validated(http.get(attendees + "?account_id=nope"), "get", attendees);
        String attendee = "/api/v1/chat_attendees/{id}";
        validated(http.get("/api/v1/chat_attendees/" + state.attendees().get(0).id()), "get", attendee);
        validated(http.get("/api/v1/chat_attendees/unknown"), "get", attendee);
    }

    /** The chat actions (patch, sync, forward) and an attendee's chats, messages and picture, with their errors. */
    private void chatActionsAndAttendees(FakeAccount linkedin, FakeChat chat, FakeMessage withFiles) {
        FakeUnipileState state = server.state();
        String patch = "/api/v1/chats/{chat_id}";
        validated(http.patchJson("/api/v1/chats/" + chat.id(), "{\"action\":\"setReadStatus\",\"value\":true}"),
                "patch", patch);
        validated(http.patchJson("/api/v1/chats/unknown", "{\"action\":\"setReadStatus\",\"value\":false}"),
                "patch", patch);
        validated(http.patchJson("/api/v1/chats/" + chat.id(), "{\"action\":\"setMuteStatus\",\"value\":true}"),
                "patch", patch);
        validated(http.patchJson("/api/v1/chats/" + chat.id(), "{\"action\":\"setReadStatus\"}"), "patch", patch);

        String sync = "/api/v1/chats/{chat_id}/sync";
        validated(http.get("/api/v1/chats/" + chat.id() + "/sync"), "get", sync);
        validated(http.get("/api/v1/chats/" + chat.id() + "/sync"), "get", sync);
        validated(http.get("/api/v1/chats/unknown/sync"), "get", sync);

        String forward = "/api/v1/messages/{message_id}/forward";
        FakeMessage text = state.addMessage(chat.id(), "forward me");
        validated(http.postJson("/api/v1/messages/" + text.id() + "/forward", "{\"chat_id\":\"" + chat.id() + "\"}"),
                "post", forward);
        validated(http.postJson("/api/v1/messages/unknown/forward", "{\"chat_id\":\"" + chat.id() + "\"}"), "post",
                forward);
        validated(http.postJson("/api/v1/messages/" + withFiles.id() + "/forward", "{\"chat_id\":\"" + chat.id()
                + "\"}"), "post", forward); // deleted: 422
        validated(http.postJson("/api/v1/messages/" + text.id() + "/forward", "{}"), "post", forward);

        FakeAttendee bob = state.addAttendee(FakeAttendee.of(linkedin.id(), "ACoAAbobConformance", "Bob")
                .withPicture("image/png", FileContent.of(new byte[] {1, 2, 3})));
        FakeChat bobChat = state.addChat(linkedin.id(), bob.providerId());
        state.addMessage(FakeMessage.builder(bobChat.id()).from(bob.providerId()).text("hello").build());

        String chats = "/api/v1/chat_attendees/{attendee_id}/chats";
        String page = validated(http.get("/api/v1/chat_attendees/B1/chats?limit=1"), "get", chats).get("cursor")
                .asText();
        validated(http.get("/api/v1/chat_attendees/B1/chats?cursor=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
                + "&account_id=" + linkedin.id() + "&before=2100-01-01T00:00:00.000Z"), "get", chats);
        validated(http.get("/api/v1/chat_attendees/" + bob.id() + "," + bob.providerId() + "/chats"), "get", chats);
        validated(http.get("/api/v1/chat_attendees/unknown/chats"), "get", chats);
        validated(http.get("/api/v1/chat_attendees/B1/chats?limit=0"), "get", chats);

        String messages = "/api/v1/chat_attendees/{sender_id}/messages";
        validated(http.get("/api/v1/chat_attendees/" + bob.id() + "/messages"), "get", messages);
        validated(http.get("/api/v1/chat_attendees/G2/messages?limit=1&after=2000-01-01T00:00:00.000Z"), "get",
                messages);
        validated(http.get("/api/v1/chat_attendees/unknown/messages"), "get", messages);
        validated(http.get("/api/v1/chat_attendees/G2/messages?account_id=nope"), "get", messages);

        String picture = "/api/v1/chat_attendees/{id}/picture";
        HttpResponse<byte[]> bytes = http.getBytes("/api/v1/chat_attendees/" + bob.id() + "/picture");
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(spec.getPaths().get(picture).getGet().getResponses()).containsKey("200");
        covered.add("GET " + picture + " 200 (binary)");
        validated(http.get("/api/v1/chat_attendees/unknown/picture"), "get", picture);
        validated(http.get("/api/v1/chat_attendees/" + state.attendees().get(0).id() + "/picture"), "get", picture);
    }

    /** The webhook routes: every source, both formats, every optional field, and the create errors. */
    private void webhooks(FakeAccount linkedin, FakeAccount mail) {
        String webhooks = "/api/v1/webhooks";
        validated(http.postJson(webhooks, "{\"request_url\":\"https://h.example/m\",\"source\":\"messaging\","
                + "\"name\":\"all\",\"format\":\"json\",\"account_ids\":[\"" + linkedin.id() + "\",\""
                + mail.id() + "\"],\"enabled\":false,\"headers\":[{\"key\":\"X-S\",\"value\":\"1\"}],"
                + "\"events\":[\"message_received\",\"message_read\"],"
                + "\"data\":[{\"name\":\"chat\",\"key\":\"chat_id\"}]}"), "post", webhooks);
        for (String source : new String[] {"users", "account_status", "email", "email_tracking"}) {
            validated(http.postJson(webhooks, "{\"request_url\":\"http://h.example/" + source + "\",\"source\":\""
                    + source + "\",\"format\":\"form\"}"), "post", webhooks);
        }
        String cursor = validated(http.get(webhooks + "?limit=2"), "get", webhooks).get("cursor").asText();
        validated(http.get(webhooks + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), "get",
                webhooks);
        validated(http.get(webhooks + "?limit=300"), "get", webhooks);
        for (String bad : new String[] {"{\"source\":\"messaging\"}", "{\"request_url\":\"ftp://x\",\"source\":"
                + "\"messaging\"}", "{\"request_url\":\"http://x\",\"source\":\"sms\"}", "[1]", "{",
                "{\"request_url\":\"http://x\",\"source\":\"users\",\"events\":[\"message_read\"]}",
                "{\"request_url\":\"http://x\",\"source\":\"messaging\",\"account_ids\":[\"nope\"]}",
                "{\"request_url\":\"http://x\",\"source\":\"messaging\",\"extra\":1}",
                "{\"request_url\":\"http://x\",\"source\":\"messaging\",\"name\":\"" + "n".repeat(2000) + "\"}"}) {
            validated(http.postJson(webhooks, bad), "post", webhooks);
        }
        validated(http.send(http.request(webhooks).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()), "post", webhooks);
        validated(http.send(http.request(webhooks).setHeader("X-API-KEY", "bad").header("Content-Type",
                "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()), "post",
                webhooks);
        String webhook = "/api/v1/webhooks/{id}";
        validated(http.delete("/api/v1/webhooks/" + server.state().webhooks().get(0).id()), "delete", webhook);
        validated(http.delete("/api/v1/webhooks/unknown"), "delete", webhook);
    }

    /** {@code DELETE /accounts/{id}}. */
    /** LinkedIn search: parameters, each kind of result, pages, a URL, and the errors. */
    private void linkedInSearch(FakeAccount linkedin) {
        io.unipile.testkit.linkedin.LinkedInState state = server.state().linkedin();
        state.addLocation("101", "Paris, France");
        state.search().addParameter(io.unipile.linkedin.search.SearchParameterType.INDUSTRY, "4", "Software");
        io.unipile.testkit.linkedin.FakeCompany acme = state.addCompany(
                io.unipile.testkit.linkedin.FakeCompany.builder("Acme").id("1441").employeeCount(40).build());
        state.search().addMember(io.unipile.testkit.linkedin.FakeSearchMember.builder("Ada", "Lovelace")
                .headline("Java engineer").location("101").industry("4").company("1441").build());
        state.search().addMember(io.unipile.testkit.linkedin.FakeSearchMember.builder("Alan", "Turing")
                .headline("Java").build());
        state.search().addPost(io.unipile.testkit.linkedin.FakeSearchPost.byCompany("11", acme, "Java", Instant.now()));
        state.addJobPosting(io.unipile.testkit.linkedin.FakeJobPosting.builder(linkedin.id(), "Java dev").company(acme)
                .published(io.unipile.linkedin.JobPublishMode.FREE, Instant.now()).build());

        String params = "/api/v1/linkedin/search/parameters";
        for (String query : new String[] {"type=LOCATION&keywords=paris", "type=INDUSTRY&limit=100",
                "type=COMPANY", "type=PEOPLE", "type=CITY", "type=LOCATION&limit=0", "account_id=&type=LOCATION"}) {
            validated(http.get(params + "?" + query + (query.startsWith("account_id") ? "" : "&account_id="
                    + linkedin.id())), "get", params);
        }
        validated(http.get(params + "?type=LOCATION&account_id=unknown"), "get", params);

        String search = "/api/v1/linkedin/search";
        String at = search + "?account_id=" + linkedin.id();
        String cursor = validated(http.postJson(at + "&limit=1", "{\"api\":\"classic\",\"category\":\"people\"}"),
                "post", search).get("cursor").asText();
        validated(http.postJson(at, "{\"cursor\":\"" + cursor + "\"}"), "post", search);
        for (String body : new String[] {"{\"api\":\"classic\",\"category\":\"companies\"}",
                "{\"api\":\"classic\",\"category\":\"posts\",\"sort_by\":\"date\"}",
                "{\"api\":\"classic\",\"category\":\"jobs\",\"keywords\":\"java\"}",
                "{\"api\":\"recruiter\",\"category\":\"people\",\"location\":[{\"id\":\"101\"}]}",
                "{\"url\":\"https://www.linkedin.com/search/results/people/?keywords=java\"}",
                "{\"url\":\"https://www.linkedin.com/feed/\"}",
                "{\"api\":\"sales_navigator\",\"category\":\"people\"}",
                "{\"api\":\"classic\",\"category\":\"people\",\"tenure\":[]}", "{\"cursor\":\"x\"}", "[]"}) {
            validated(http.postJson(at, body), "post", search);
        }
        validated(http.postJson(at + "&limit=0", "{\"api\":\"classic\",\"category\":\"people\"}"), "post", search);
        validated(http.postJson(search + "?account_id=unknown", "{\"api\":\"classic\",\"category\":\"people\"}"),
                "post", search);
        validated(http.postJson(search, "{\"api\":\"classic\",\"category\":\"people\"}"), "post", search);
    }

    private void accountDeletion() {
        FakeAccount doomed = server.state().addAccount(AccountType.WHATSAPP);
        server.state().addChat(doomed.id(), "336");
        String account = "/api/v1/accounts/{id}";
        validated(http.delete("/api/v1/accounts/" + doomed.id()), "delete", account);
        validated(http.delete("/api/v1/accounts/" + doomed.id()), "delete", account);
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
