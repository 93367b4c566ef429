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
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.unipile.accounts.AccountType;
import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.internal.AccountTypes;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.linkedin.FakeApplicant;
import io.unipile.testkit.linkedin.FakeCompany;
import io.unipile.testkit.linkedin.FakeHiringProject;
import io.unipile.testkit.linkedin.LinkedInState;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.posts.PostRoutes;
import io.unipile.testkit.calendars.CalendarRoutes;
import io.unipile.testkit.calendars.FakeCalendar;
import io.unipile.testkit.calendars.FakeCalendarEvent;
import io.unipile.testkit.emails.EmailRoutes;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.testkit.users.UserRoutes;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

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
    private SchemaValidator checkpointValidator;
    private Schema<?> checkpointReply;
    private static final String SPEC = "/unipile-v1-fake-operations.yaml";
    /** The routes that answer 202 with a checkpoint, a reply the document leaves out. */
    private static final Set<String> CHECKPOINT_ROUTES = Set.of("/api/v1/accounts", "/api/v1/accounts/{id}",
            "/api/v1/accounts/checkpoint");

    @BeforeAll
    void loadSpecs() {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(distributedAllOf(resource(SPEC)))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();
        OpenAPI common = new OpenAPIV3Parser().readContents(resource("/common-error.yaml")).getOpenAPI();
        commonError = common.getComponents().getSchemas().get("CommonError");
        commonErrorValidator = new SchemaValidator(common, new MessageResolver());
        spec = new OpenAPIV3Parser().readContents(resource(SPEC)).getOpenAPI();
        OpenAPI checkpoint = new OpenAPIV3Parser().readContents(resource("/checkpoint-reply.yaml")).getOpenAPI();
        checkpointReply = checkpoint.getComponents().getSchemas().get("CheckpointReply");
        checkpointValidator = new SchemaValidator(checkpoint, new MessageResolver());
        server = FakeUnipileServer.builder().maxRequestBodyBytes(1024).build().start();
        http = new Http(server);
    }

    @AfterAll
    void close() {
        server.close();
    }

    /**
     * The document as JSON, with each {@code allOf} of alternatives and common fields (a post is LinkedIn's or
     * Instagram's, and a {@code Post}) rewritten as the alternatives, each with the common fields: the same
     * instances match, but the strict additional-properties check, which judges every schema alone, sees whole
     * objects rather than halves that can never pass.
     */
    private static String distributedAllOf(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100_000);
        options.setCodePointLimit(16 * 1024 * 1024);
        try {
            return new ObjectMapper().writeValueAsString(distributed(new Yaml(options).load(yaml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object distributed(Object node) {
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiConformanceTest::distributed).toList();
        }
        if (!(node instanceof Map<?, ?> map)) {
            return node;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), distributed(v)));
        if (!(copy.remove("allOf") instanceof List<?> parts)) {
            return copy;
        }
        List<Map<String, Object>> merged = List.of(Map.of());
        for (Object part : parts) {
            Map<?, ?> schema = (Map<?, ?>) part;
            List<?> alternatives = schema.get("anyOf") instanceof List<?> anyOf ? anyOf : List.of(schema);
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> left : merged) {
                for (Object right : alternatives) {
                    next.add(mergedObject(left, (Map<?, ?>) right));
                }
            }
            merged = next;
        }
        if (merged.size() == 1) {
            copy.putAll(merged.get(0));
        } else {
            copy.put("anyOf", merged);
        }
        return copy;
    }

    private static Map<String, Object> mergedObject(Map<String, Object> left, Map<?, ?> right) {
        Map<String, Object> object = new LinkedHashMap<>(left);
        object.put("type", "object");
        Map<Object, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Map<?, ?> part : List.of(left, right)) {
            if (part.get("properties") instanceof Map<?, ?> p) {
                properties.putAll(p);
            }
            if (part.get("required") instanceof List<?> r) {
                required.addAll(r);
            }
        }
        object.put("properties", properties);
        object.put("required", required);
        return object;
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
        accountConnections();
        users(accounts);
        posts(linkedin, mail);
        calendars(mail);
        emails(linkedin);
        linkedinGroup(mail);

        // Every scripted error status, on every route.
        Map<Route, Runnable> calls = new LinkedHashMap<>();
        for (Route route : Routes.all()) {
            String path = route.template().replace("{id}", "x").replace("{account_id}", "x")
                    .replace("{chat_id}", chat.id())
                    .replace("{message_id}", "m").replace("{attachment_id}", "a").replace("{attendee_id}", "x")
                    .replace("{sender_id}", "x").replaceAll("\\{[a-z_]+}", "x");
            String method = route.method().toLowerCase(Locale.ROOT);
            Set<Route> json = Set.of(WebhookRoutes.CREATE_WEBHOOK, MessageRoutes.FORWARD_MESSAGE,
                    AccountRoutes.CONNECT_ACCOUNT, AccountRoutes.RECONNECT_ACCOUNT, AccountRoutes.SOLVE_CHECKPOINT,
                    AccountRoutes.RESEND_CHECKPOINT, AccountRoutes.CREATE_HOSTED_LINK, UserRoutes.INVITE,
                    UserRoutes.HANDLE_INVITATION, PostRoutes.COMMENT, PostRoutes.REACT,
                    CalendarRoutes.CREATE_EVENT, EmailRoutes.CREATE_DRAFT);
            calls.put(route, () -> validated(route.method().equals("GET") ? http.get(path)
                    : route.method().equals("DELETE") ? http.delete(path)
                    : route.method().equals("PATCH") ? http.patchJson(path, "{}")
                    : route.method().equals("PUT") ? http.putJson(path, "{}")
                    : json.contains(route) ? http.postJson(path, "{}")
                    : http.post(path, new Multipart().field("account_id", linkedin.id()).field("attendees_ids", "Z")
                            .field("text", "x")), method, route.template()));
        }
        int[] statuses = {400, 401, 403, 404, 409, 415, 422, 429, 500, 501, 502, 503, 504};
        for (Route route : Routes.all()) {
            int queued = 0;
            for (int status : statuses) {
                if (!documentsAnotherBodyStatus(route, status)) {
                    // The solve route's 401 is only ever a wrong solution, so a fault there must say so.
                    server.faults().on(route).respond(status, route.equals(AccountRoutes.SOLVE_CHECKPOINT)
                            && status == 401 ? "errors/invalid_checkpoint_solution"
                            : ApiException.defaultTypeFor(status));
                    queued++;
                }
            }
            server.faults().on(route).tooManyRequests(Duration.ofSeconds(1));
            for (int n = 0; n < queued + 1; n++) {
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

    /**
     * The connection routes: every provider's connection, every checkpoint kind, solving, resending and expiring
     * them, reconnecting, restarting, resyncing and hosted auth links, with their errors.
     */
    private void accountConnections() {
        FakeUnipileState state = server.state();
        String connect = "/api/v1/accounts";
        for (String body : new String[] {
            "{\"provider\":\"LINKEDIN\",\"username\":\"j@x.org\",\"password\":\"p\",\"country\":\"FR\","
                    + "\"ip\":\"192.0.2.1\",\"disabled_features\":[\"linkedin_recruiter\"],\"proxy\":{\"protocol\":"
                    + "\"http\",\"host\":\"h\",\"port\":1,\"username\":\"u\",\"password\":\"p\"},\"user_agent\":"
                    + "\"UA\",\"recruiter_contract_id\":\"c\",\"sync_limit\":{\"chats\":10,"
                    + "\"messages\":\"2025-01-01T00:00:00.000Z\"}}",
            "{\"provider\":\"LINKEDIN\",\"access_token\":\"t\",\"premium_token\":\"p\"}",
            "{\"provider\":\"INSTAGRAM\",\"username\":\"j\",\"password\":\"p\",\"user_agent\":\"UA\"}",
            "{\"provider\":\"MESSENGER\",\"username\":\"j\",\"password\":\"p\",\"sync_limit\":{\"chats\":0}}",
            "{\"provider\":\"MAIL\",\"imap_user\":\"u\",\"smtp_user\":\"u\",\"imap_password\":\"p\","
                    + "\"smtp_password\":\"p\",\"imap_host\":\"i\",\"imap_port\":993,\"smtp_host\":\"s\","
                    + "\"smtp_port\":465,\"imap_encryption\":\"ssl\",\"sync_limit\":\"NO_HISTORY_SYNC\"}",
            "{\"provider\":\"GOOGLE_OAUTH\",\"access_token\":\"a\",\"refresh_token\":\"r\"}",
            "{\"provider\":\"OUTLOOK\",\"access_token\":\"a\",\"refresh_token\":\"r\",\"username\":\"u\","
                    + "\"id\":\"i\"}",
            "{\"provider\":\"TWITTER\",\"username\":\"u\",\"email\":\"u@x.org\",\"password\":\"p\"}"}) {
            validated(http.postJson(connect, body), "post", connect);
        }
        validated(http.postJson(connect, "{\"provider\":\"WHATSAPP\"}"), "post", connect);
        validated(http.postJson(connect, "{\"provider\":\"TELEGRAM\",\"password\":\"p\"}"), "post", connect);
        String linkedinBody = "{\"provider\":\"LINKEDIN\",\"access_token\":\"t\"}";
        List<FakeCheckpoint> kinds = List.of(FakeCheckpoint.twoFactor("1", "APP"), FakeCheckpoint.otp("1"),
                FakeCheckpoint.phoneRegister("(+33)0612345678"), FakeCheckpoint.inAppValidation(),
                FakeCheckpoint.captcha("pk", "data", "1"), FakeCheckpoint.contractChooser(
                        new FakeCheckpoint.Contract("c1", "Talent")), FakeCheckpoint.qrCode("2@abc"));
        List<String> pending = new ArrayList<>();
        for (FakeCheckpoint kind : kinds) {
            state.requireCheckpointOnNextConnect(kind);
            pending.add(validated(http.postJson(connect, linkedinBody), "post", connect).get("account_id").asText());
        }
        validated(http.postJson(connect, "{\"provider\":\"LINKEDIN\"}"), "post", connect);
        validated(http.postJson(connect, "{\"provider\":\"LINKEDIN\",\"access_token\":\"t\",\"x\":1}"), "post",
                connect);
        validated(http.postJson(connect, "{\"provider\":\"SLACK\"}"), "post", connect);

        String solve = "/api/v1/accounts/checkpoint";
        String twoFactor = pending.get(0);
        validated(http.postJson(solve, solution(twoFactor, "LINKEDIN", "0")), "post", solve);
        validated(http.postJson(solve, solution(twoFactor, "LINKEDIN", "1")), "post", solve);
        state.requireCheckpointOnNextConnect(FakeCheckpoint.otp("1"), FakeCheckpoint.twoFactor("2"));
        String chained = validated(http.postJson(connect, linkedinBody), "post", connect).get("account_id").asText();
        validated(http.postJson(solve, solution(chained, "LINKEDIN", "1")), "post", solve);
        validated(http.postJson(solve, solution(pending.get(3), "LINKEDIN", "1")), "post", solve);
        validated(http.postJson(solve, solution("nope", "LINKEDIN", "1")), "post", solve);
        validated(http.postJson(solve, solution(pending.get(1), "WHATSAPP", "1")), "post", solve);
        validated(http.postJson(solve, "{\"account_id\":\"a\"}"), "post", solve);

        String resend = "/api/v1/accounts/checkpoint/resend";
        validated(http.postJson(resend, "{\"account_id\":\"" + pending.get(1) + "\",\"provider\":\"LINKEDIN\"}"),
                "post", resend);
        validated(http.postJson(resend, "{\"account_id\":\"" + pending.get(5) + "\",\"provider\":\"LINKEDIN\"}"),
                "post", resend);
        state.expireCheckpoint(pending.get(2));
        validated(http.postJson(resend, "{\"account_id\":\"" + pending.get(2) + "\",\"provider\":\"LINKEDIN\"}"),
                "post", resend);
        validated(http.postJson(solve, solution(pending.get(2), "LINKEDIN", "(+33)0612345678")), "post", solve);
        validated(http.postJson(resend, "{\"account_id\":\"nope\",\"provider\":\"INSTAGRAM\"}"), "post", resend);

        FakeAccount linkedin = state.addAccount(AccountType.LINKEDIN);
        String reconnect = "/api/v1/accounts/{id}";
        validated(http.postJson("/api/v1/accounts/" + linkedin.id(), linkedinBody), "post", reconnect);
        state.requireCheckpointOnNextConnect(FakeCheckpoint.inAppValidation());
        validated(http.postJson("/api/v1/accounts/" + linkedin.id(), linkedinBody), "post", reconnect);
        validated(http.postJson("/api/v1/accounts/" + linkedin.id(), "{\"provider\":\"WHATSAPP\"}"), "post",
                reconnect);
        validated(http.postJson("/api/v1/accounts/nope", linkedinBody), "post", reconnect);
        validated(http.postJson("/api/v1/accounts/" + linkedin.id(), "{}"), "post", reconnect);

        String restart = "/api/v1/accounts/{id}/restart";
        validated(http.postJson("/api/v1/accounts/" + linkedin.id() + "/restart", ""), "post", restart);
        FakeAccount locked = state.addAccount(AccountType.MAIL);
        server.simulateAccountStatus(locked.id(), io.unipile.webhooks.AccountStatusMessage.CREDENTIALS);
        validated(http.postJson("/api/v1/accounts/" + locked.id() + "/restart", ""), "post", restart);
        validated(http.postJson("/api/v1/accounts/nope/restart", ""), "post", restart);

        String resync = "/api/v1/accounts/{account_id}/sync";
        validated(http.get("/api/v1/accounts/" + linkedin.id() + "/sync?chunk_size=5&partial=true"
                + "&linkedin_product=recruiter&before=1700000000000&after=1600000000000"), "get", resync);
        validated(http.get("/api/v1/accounts/" + linkedin.id() + "/sync"), "get", resync);
        validated(http.get("/api/v1/accounts/" + locked.id() + "/sync"), "get", resync);
        validated(http.get("/api/v1/accounts/nope/sync"), "get", resync);
        validated(http.get("/api/v1/accounts/" + linkedin.id() + "/sync?partial=maybe"), "get", resync);

        String link = "/api/v1/hosted/accounts/link";
        String dates = "\"expiresOn\":\"2099-01-01T00:00:00.000Z\",\"api_url\":\"https://api1.unipile.com:13153\"";
        String url = validated(http.postJson(link, "{\"type\":\"create\",\"providers\":[\"LINKEDIN\",\"MAIL\"],"
                + dates + ",\"name\":\"n\",\"success_redirect_url\":\"https://a.example/ok\",\"failure_redirect_url\":"
                + "\"https://a.example/ko\",\"notify_url\":\"http://127.0.0.1:9/notify\",\"bypass_success_screen\":"
                + "true,\"disabled_features\":[\"linkedin_sales_navigator\"],\"disabled_options\":[\"proxy\","
                + "\"language\"],\"proxy\":{\"host\":\"h\",\"port\":8080},\"sync_limit\":{\"MAILING\":"
                + "\"NO_HISTORY_SYNC\",\"MESSAGING\":{\"messages\":5}}}"), "post", link).get("url").asText();
        validated(http.postJson(link, "{\"type\":\"reconnect\",\"reconnect_account\":\"" + linkedin.id() + "\","
                + dates + "}"), "post", link);
        validated(http.postJson(link, "{\"type\":\"create\",\"providers\":\"*:MESSAGING\"," + dates + "}"), "post",
                link);
        validated(http.postJson(link, "{\"type\":\"create\"," + dates + "}"), "post", link);
        validated(http.postJson(link, "{\"type\":\"create\",\"providers\":\"*\",\"expiresOn\":\"tomorrow\","
                + "\"api_url\":\"https://a.example\"}"), "post", link);
        validated(http.postJson(link, "{\"type\":\"create\",\"providers\":\"*\",\"expiresOn\":"
                + "\"2099-01-01T00:00:00.000Z\",\"api_url\":\"nowhere\"}"), "post", link);
        assertThat(server.simulateHostedAuthCompleted(url, AccountType.MAIL).type()).isEqualTo(AccountType.MAIL);

        assertThat(covered).contains(
                "POST /api/v1/accounts 201", "POST /api/v1/accounts 202 QRCODE (checkpoint reply)",
                "POST /api/v1/accounts 202 2FA (checkpoint reply)", "POST /api/v1/accounts 202 OTP (checkpoint reply)",
                "POST /api/v1/accounts 202 PHONE_REGISTER (checkpoint reply)",
                "POST /api/v1/accounts 202 IN_APP_VALIDATION (checkpoint reply)",
                "POST /api/v1/accounts 202 CAPTCHA (checkpoint reply)",
                "POST /api/v1/accounts 202 CONTRACT_CHOOSER (checkpoint reply)",
                "POST /api/v1/accounts 400 errors/missing_parameters", "POST /api/v1/accounts 400 errors/invalid_parameters",
                "POST /api/v1/accounts/checkpoint 201", "POST /api/v1/accounts/checkpoint 202 2FA (checkpoint reply)",
                "POST /api/v1/accounts/checkpoint 401 errors/invalid_checkpoint_solution",
                "POST /api/v1/accounts/checkpoint 408 errors/request_timeout",
                "POST /api/v1/accounts/checkpoint 400 errors/invalid_parameters",
                "POST /api/v1/accounts/checkpoint 400 errors/missing_parameters",
                "POST /api/v1/accounts/checkpoint/resend 200", "POST /api/v1/accounts/checkpoint/resend 401 "
                        + "errors/checkpoint_error", "POST /api/v1/accounts/checkpoint/resend 400 errors/invalid_parameters",
                "POST /api/v1/accounts/{id} 201", "POST /api/v1/accounts/{id} 202 IN_APP_VALIDATION (checkpoint reply)",
                "POST /api/v1/accounts/{id} 403 errors/account_mismatch",
                "POST /api/v1/accounts/{id} 404 errors/resource_not_found",
                "POST /api/v1/accounts/{id}/restart 200", "POST /api/v1/accounts/{id}/restart 404 "
                        + "errors/resource_not_found",
                "GET /api/v1/accounts/{account_id}/sync 200",
                "GET /api/v1/accounts/{account_id}/sync 501 errors/feature_not_implemented",
                "GET /api/v1/accounts/{account_id}/sync 404 errors/resource_not_found",
                "GET /api/v1/accounts/{account_id}/sync 400 errors/invalid_parameters",
                "POST /api/v1/hosted/accounts/link 200", "POST /api/v1/hosted/accounts/link 400 "
                        + "errors/missing_parameters", "POST /api/v1/hosted/accounts/link 400 errors/invalid_parameters",
                "POST /api/v1/hosted/accounts/link 400 errors/invalid_url");
    }

    private static String solution(String accountId, String provider, String code) {
        return "{\"account_id\":\"" + accountId + "\",\"provider\":\"" + provider + "\",\"code\":\"" + code
                + "\"}";
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

    /**
     * The users routes: a profile for each provider the fake serves, own profiles, an edit, the network and
     * invitations with paging, posts, comments and reactions, and their errors.
     */
    private void users(List<FakeAccount> accounts) {
        FakeUnipileState state = server.state();
        FakeAccount linkedin = accounts.stream().filter(a -> a.type().equals(AccountType.LINKEDIN)
                && !((FakeConnectionParams.Linkedin) a.connectionParams()).organizations().isEmpty())
                .findFirst().orElseThrow();
        String acc = "account_id=" + linkedin.id();
        DemoData.load(state);
        FakeAccount demo = state.account(DemoData.LINKEDIN_ACCOUNT_ID).orElseThrow();
        String demoAcc = "account_id=" + demo.id();

        String profile = "/api/v1/users/{identifier}";
        validated(http.get("/api/v1/users/" + DemoData.BOB_PROVIDER_ID + "?linkedin_sections=*&" + demoAcc), "get",
                profile);
        validated(http.get("/api/v1/users/alice-martin?linkedin_sections=experience&linkedin_sections=about&"
                + "linkedin_sections=certifications&linkedin_sections=recommendations_given&notify=true&" + demoAcc),
                "get", profile);
        state.addSentInvitation(linkedin.id(), "ACoAAConformance1", "hello");
        validated(http.get("/api/v1/users/ACoAAConformance1?linkedin_api=recruiter&linkedin_sections=skills&" + acc),
                "get", profile);
        for (AccountType type : List.of(AccountType.WHATSAPP, AccountType.INSTAGRAM, AccountType.TELEGRAM,
                AccountType.TWITTER)) {
            FakeAccount account = accounts.stream().filter(a -> a.type().equals(type)).findFirst().orElseThrow();
            validated(http.get("/api/v1/users/jane-doe?account_id=" + account.id()), "get", profile);
        }
        validated(http.get("/api/v1/users/x?account_id=unknown"), "get", profile);
        validated(http.get("/api/v1/users/x"), "get", profile);
        validated(http.get("/api/v1/users/x?linkedin_sections=hobbies&" + acc), "get", profile);
        validated(http.get("/api/v1/users/x?linkedin_api=sales_navigator&" + demoAcc), "get", profile);
        FakeAccount mail = accounts.stream().filter(a -> a.type().equals(AccountType.MAIL)).findFirst().orElseThrow();
        validated(http.get("/api/v1/users/x?account_id=" + mail.id()), "get", profile);
        state.markUnknownUser("gone-member");
        validated(http.get("/api/v1/users/gone-member?" + acc), "get", profile);

        String me = "/api/v1/users/me";
        for (FakeAccount account : accounts) {
            validated(http.get(me + "?account_id=" + account.id()), "get", me);
        }
        validated(http.get(me), "get", me);

        String edit = "/api/v1/users/me/edit";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        validated(http.patch(edit, new Multipart().field("type", "LINKEDIN").field("account_id", demo.id())
                .field("headline", "Staff engineer").field("summary", "About").field("location[id]", "105015875")
                .file("picture", "me.png", "image/png", png).field("picture_settings[filter]", "STUDIO")
                .field("experience[role]", "CTO").field("experience[company]", "Acme")
                .field("experience[seniority][start_date][month]", "3")
                .field("experience[seniority][start_date][year]", "2024")
                .field("education[school]", "MIT").field("skills", "Rust")), "patch", edit);
        validated(http.patch(edit, new Multipart().field("type", "LINKEDIN").field("account_id", demo.id())
                .field("experience[id]", "unknown").field("experience[role]", "x")), "patch", edit);
        validated(http.patch(edit, new Multipart().field("type", "LINKEDIN").field("account_id", demo.id())
                .field("nickname", "x")), "patch", edit);
        validated(http.patch(edit, new Multipart().field("type", "LINKEDIN").field("account_id", mail.id())
                .field("headline", "x")), "patch", edit);

        String relations = "/api/v1/users/relations";
        String cursor = validated(http.get(relations + "?limit=1&" + demoAcc), "get", relations).get("cursor")
                .asText();
        validated(http.get(relations + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + demoAcc),
                "get", relations);
        validated(http.get(relations + "?filter=bob&limit=1000&" + demoAcc), "get", relations);
        validated(http.get(relations + "?limit=1001&" + demoAcc), "get", relations);
        validated(http.get(relations + "?account_id=" + mail.id()), "get", relations);
        validated(http.get(relations + "?account_id=unknown"), "get", relations);

        String followers = "/api/v1/users/followers";
        String following = "/api/v1/users/following";
        validated(http.get(followers + "?user_id=" + DemoData.ALICE_PROVIDER_ID + "&limit=2&" + demoAcc), "get",
                followers);
        validated(http.get(following + "?user_id=alice-martin&" + demoAcc), "get", following);
        validated(http.get(following + "?user_id=someone-else&" + demoAcc), "get", following);
        FakeAccount instagram = accounts.stream().filter(a -> a.type().equals(AccountType.INSTAGRAM)).findFirst()
                .orElseThrow();
        state.addFollower(instagram.id(), "insta_fan");
        validated(http.get(followers + "?user_id=" + instagram.providerId() + "&account_id=" + instagram.id()), "get",
                followers);
        validated(http.get(followers + "?" + demoAcc), "get", followers);
        validated(http.get(following + "?user_id=x&account_id=" + mail.id()), "get", following);

        String invite = "/api/v1/users/invite";
        validated(http.postJson(invite, "{\"provider_id\":\"ACoAAConformance2\",\"account_id\":\"" + linkedin.id()
                + "\",\"user_email\":\"c2@example.org\",\"message\":\"Hi\"}"), "post", invite);
        validated(http.postJson(invite, "{\"provider_id\":\"ACoAAConformance2\",\"account_id\":\"" + linkedin.id()
                + "\"}"), "post", invite);
        validated(http.postJson(invite, "{\"provider_id\":\"ACoAAConformance3\",\"account_id\":\"" + linkedin.id()
                + "\",\"message\":\"" + "x".repeat(301) + "\"}"), "post", invite);
        validated(http.postJson(invite, "{\"provider_id\":\"gone-member\",\"account_id\":\"" + linkedin.id()
                + "\"}"), "post", invite);
        validated(http.postJson(invite, "{\"provider_id\":\"x\",\"account_id\":\"" + mail.id() + "\"}"), "post",
                invite);
        validated(http.postJson(invite, "{\"account_id\":\"" + linkedin.id() + "\"}"), "post", invite);

        String sent = "/api/v1/users/invite/sent";
        String received = "/api/v1/users/invite/received";
        cursor = validated(http.get(sent + "?limit=1&" + acc), "get", sent).get("cursor").asText();
        validated(http.get(sent + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + acc), "get",
                sent);
        validated(http.get(sent + "?limit=101&" + acc), "get", sent);
        validated(http.get(received + "?" + demoAcc), "get", received);
        validated(http.get(received + "?account_id=" + mail.id()), "get", received);

        String cancel = "/api/v1/users/invite/sent/{invitation_id}";
        validated(http.delete("/api/v1/users/invite/sent/" + state.sentInvitations(linkedin.id()).get(0).id() + "?"
                + acc), "delete", cancel);
        validated(http.delete("/api/v1/users/invite/sent/unknown?" + acc), "delete", cancel);

        String handle = "/api/v1/users/invite/received/{invitation_id}";
        List<FakeInvitation> pending = state.receivedInvitations(demo.id());
        for (int i = 0; i < pending.size(); i++) {
            FakeInvitation invitation = pending.get(i);
            validated(http.postJson("/api/v1/users/invite/received/" + invitation.id(), "{\"provider\":\"LINKEDIN\","
                    + "\"shared_secret\":\"" + invitation.sharedSecret() + "\",\"account_id\":\"" + demo.id()
                    + "\",\"action\":\"" + (i == 0 ? "accept" : "decline") + "\"}"), "post", handle);
        }
        FakeInvitation other = state.addReceivedInvitation(demo.id(), "ACoAAConformance4", null);
        validated(http.postJson("/api/v1/users/invite/received/" + other.id(), "{\"provider\":\"LINKEDIN\","
                + "\"shared_secret\":\"wrong\",\"account_id\":\"" + demo.id() + "\",\"action\":\"accept\"}"),
                "post", handle);
        validated(http.postJson("/api/v1/users/invite/received/unknown", "{\"provider\":\"LINKEDIN\","
                + "\"shared_secret\":\"s\",\"account_id\":\"" + demo.id() + "\",\"action\":\"decline\"}"), "post",
                handle);

        for (String activity : List.of("posts", "comments", "reactions")) {
            String template = "/api/v1/users/{identifier}/" + activity;
            String path = "/api/v1/users/" + DemoData.BOB_PROVIDER_ID + "/" + activity;
            cursor = validated(http.get(path + "?limit=1&" + demoAcc), "get", template).get("cursor").asText();
            validated(http.get(path + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + demoAcc),
                    "get", template);
            validated(http.get("/api/v1/users/ACoAAnobody/" + activity + "?" + demoAcc), "get", template);
            validated(http.get("/api/v1/users/bob-durand/" + activity + "?" + demoAcc), "get", template);
            validated(http.get(path + "?account_id=" + mail.id()), "get", template);
            validated(http.get(path + "?limit=0&" + demoAcc), "get", template);
        }
        state.addPost(new FakePost("9000", "1337", true, "Company news", Instant.now(), 5));
        validated(http.get("/api/v1/users/1337/posts?is_company=true&" + demoAcc), "get",
                "/api/v1/users/{identifier}/posts");

        assertThat(covered).contains(
                "GET /api/v1/users/{identifier} 200", "GET /api/v1/users/{identifier} 404 errors/resource_not_found",
                "GET /api/v1/users/{identifier} 403 errors/feature_not_subscribed",
                "GET /api/v1/users/{identifier} 501 errors/feature_not_implemented",
                "GET /api/v1/users/{identifier} 400 errors/missing_parameters (common shape)",
                "GET /api/v1/users/{identifier} 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/users/me 200", "GET /api/v1/users/me 501 errors/feature_not_implemented",
                "PATCH /api/v1/users/me/edit 200", "PATCH /api/v1/users/me/edit 404 errors/resource_not_found",
                "PATCH /api/v1/users/me/edit 422 errors/invalid_account",
                "PATCH /api/v1/users/me/edit 400 errors/invalid_parameters (common shape)",
                "GET /api/v1/users/relations 200", "GET /api/v1/users/relations 404 errors/resource_not_found",
                "GET /api/v1/users/followers 200", "GET /api/v1/users/following 200",
                "POST /api/v1/users/invite 200", "POST /api/v1/users/invite 422 errors/cannot_resend_yet",
                "POST /api/v1/users/invite 400 errors/too_many_characters",
                "POST /api/v1/users/invite 404 errors/resource_not_found",
                "POST /api/v1/users/invite 422 errors/invalid_account",
                "POST /api/v1/users/invite 400 errors/missing_parameters",
                "GET /api/v1/users/invite/sent 200", "GET /api/v1/users/invite/received 200",
                "DELETE /api/v1/users/invite/sent/{invitation_id} 200",
                "DELETE /api/v1/users/invite/sent/{invitation_id} 404 errors/resource_not_found",
                "POST /api/v1/users/invite/received/{invitation_id} 200",
                "GET /api/v1/users/{identifier}/posts 200", "GET /api/v1/users/{identifier}/comments 200",
                "GET /api/v1/users/{identifier}/reactions 200");
    }

    /**
     * The LinkedIn routes: a posting's whole life (draft, checkpoint, published, closed), applicants and resumes,
     * projects, companies, balances, raw data, member actions and endorsements, with their errors.
     */
    /** The posts group: a post read, published, commented and reacted to, its lists, and their errors. */
    private void posts(FakeAccount linkedin, FakeAccount mail) {
        FakeUnipileState state = server.state();
        String acc = "account_id=" + linkedin.id();
        FakePost seeded = state.addPost("ACoAAPostAuthor", "Hello network");
        FakeComment seededComment = state.addComment(seeded.id(), "ACoAAPostFan", "Nice");
        state.addReaction(seeded.id(), "ACoAAPostFan", "PRAISE");

        String create = "/api/v1/posts";
        String created = validated(http.post(create, new Multipart().field("account_id", linkedin.id())
                .field("text", "Hey {{0}}").field("mentions[0][name]", "Bob").field("mentions[0][profile_id]", "ACoB")
                .field("mentions[0][is_company]", "false").field("external_link", "https://example.org")
                .file("attachments", "a.png", "image/png", new byte[] {1, 2})), "post", create).get("post_id").asText();
        validated(http.post(create, new Multipart().field("account_id", linkedin.id())
                .field("as_organization", "12345").field("text", "From the company")), "post", create);
        validated(http.post(create, new Multipart().field("account_id", linkedin.id())), "post", create);
        validated(http.post(create, new Multipart().field("account_id", linkedin.id()).field("text", "x")
                .field("title", "x")), "post", create);
        validated(http.post(create, new Multipart().field("account_id", mail.id()).field("text", "x")), "post",
                create);
        validated(http.post(create, new Multipart().field("account_id", "unknown").field("text", "x")), "post",
                create);

        String get = "/api/v1/posts/{post_id}";
        validated(http.get("/api/v1/posts/" + created + "?" + acc), "get", get);
        validated(http.get("/api/v1/posts/" + seeded.socialId() + "?" + acc), "get", get);
        validated(http.get("/api/v1/posts/unknown?" + acc), "get", get);
        validated(http.get("/api/v1/posts/" + seeded.id()), "get", get);

        String comments = "/api/v1/posts/{post_id}/comments";
        String commentsOf = "/api/v1/posts/" + seeded.socialId() + "/comments";
        validated(http.postJson(commentsOf, "{\"account_id\":\"" + linkedin.id() + "\",\"text\":\"Hi {{0}}\","
                + "\"mentions\":[{\"name\":\"Bob\",\"profile_id\":\"ACoB\",\"is_company\":false}],"
                + "\"external_link\":\"https://example.org\"}"), "post", comments);
        validated(http.postJson(commentsOf, "{\"account_id\":\"" + linkedin.id() + "\",\"text\":\"Reply\","
                + "\"comment_id\":\"" + seededComment.id() + "\"}"), "post", comments);
        validated(http.postJson(commentsOf, "{\"account_id\":\"" + linkedin.id() + "\"}"), "post", comments);
        validated(http.postJson(commentsOf, "{\"account_id\":\"" + linkedin.id() + "\",\"text\":\"x\","
                + "\"comment_id\":\"unknown\"}"), "post", comments);
        validated(http.postJson("/api/v1/posts/unknown/comments", "{\"account_id\":\"" + linkedin.id()
                + "\",\"text\":\"x\"}"), "post", comments);
        String cursor = validated(http.get(commentsOf + "?limit=1&" + acc), "get", comments).get("cursor").asText();
        validated(http.get(commentsOf + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + acc),
                "get", comments);
        validated(http.get(commentsOf + "?comment_id=" + seededComment.id() + "&" + acc), "get", comments);
        validated(http.get(commentsOf + "?limit=101&" + acc), "get", comments);
        validated(http.get(commentsOf), "get", comments);
        validated(http.get("/api/v1/posts/unknown/comments?" + acc), "get", comments);

        String react = "/api/v1/posts/reaction";
        validated(http.postJson(react, "{\"account_id\":\"" + linkedin.id() + "\",\"post_id\":\""
                + seeded.socialId() + "\",\"reaction_type\":\"celebrate\"}"), "post", react);
        validated(http.postJson(react, "{\"account_id\":\"" + linkedin.id() + "\",\"post_id\":\"" + seeded.id()
                + "\",\"comment_id\":\"" + seededComment.id() + "\"}"), "post", react);
        validated(http.postJson(react, "{\"account_id\":\"" + linkedin.id() + "\",\"post_id\":\"unknown\"}"),
                "post", react);
        validated(http.postJson(react, "{\"account_id\":\"" + linkedin.id() + "\",\"post_id\":\"" + seeded.id()
                + "\",\"reaction_type\":\"wow\"}"), "post", react);
        validated(http.postJson(react, "{\"account_id\":\"" + linkedin.id() + "\"}"), "post", react);

        String reactions = "/api/v1/posts/{post_id}/reactions";
        String reactionsOf = "/api/v1/posts/" + seeded.socialId() + "/reactions";
        JsonNode first = validated(http.get(reactionsOf + "?limit=1&" + acc), "get", reactions);
        String next = first.get("paging").get("cursor").asText();
        validated(http.get(reactionsOf + "?cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), "get",
                reactions);
        validated(http.get(reactionsOf + "?comment_id=" + seededComment.id() + "&" + acc), "get", reactions);
        validated(http.get(reactionsOf + "?comment_id=unknown"), "get", reactions);
        validated(http.get("/api/v1/posts/unknown/reactions"), "get", reactions);
    }

    /**
     * The calendars group: calendars listed and read, events created (moments, days, attendees, recurrence,
     * conferences), listed with every filter and paged, read (occurrences too), edited and deleted, with their errors.
     */
    private void calendars(FakeAccount mail) {
        FakeUnipileState state = server.state();
        FakeAccount google = state.addAccount(AccountType.GOOGLE_OAUTH);
        FakeAccount outlook = state.addAccount(AccountType.OUTLOOK);
        FakeCalendar work = state.calendars().addCalendar(FakeCalendar.builder(google.id(), "Work").isDefault(true)
                .description("Work things").timezone("Europe/Paris").build());
        state.calendars().addCalendar(FakeCalendar.builder(google.id(), "Holidays").readOnly(true).ownedByUser(false)
                .textColor(null).build());
        FakeCalendar teams = state.calendars().addCalendar(outlook.id(), "Calendar");
        FakeCalendarEvent seeded = state.calendars().addEvent(FakeCalendarEvent.builder(work.id(), "Standup",
                        FakeCalendarEvent.Time.at(java.time.Instant.parse("2025-06-02T07:30:00Z"), "Europe/Paris"),
                        FakeCalendarEvent.Time.at(java.time.Instant.parse("2025-06-02T07:45:00Z"), "Europe/Paris"))
                .recurrence("RRULE:FREQ=DAILY;COUNT=3")
                .attendees(List.of(new FakeCalendarEvent.Attendee("bob@example.com", "Bob", "Fine", false, "optional",
                        "maybe"), new FakeCalendarEvent.Attendee("room@example.com", null, null, false, "resource",
                        "yes")))
                .conference("zoom", "https://zoom.example/j/1").build());
        String acc = "account_id=" + google.id();

        String list = "/api/v1/calendars";
        String cursor = validated(http.get(list + "?limit=1&" + acc), "get", list).get("next_cursor").asText();
        validated(http.get(list + "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + acc), "get",
                list);
        validated(http.get(list + "?offset=1&" + acc), "get", list);
        validated(http.get(list + "?limit=0&" + acc), "get", list);
        validated(http.get(list), "get", list);
        validated(http.get(list + "?account_id=" + mail.id()), "get", list);
        validated(http.get(list + "?account_id=unknown"), "get", list);

        String get = "/api/v1/calendars/{calendar_id}";
        validated(http.get(list + "/" + work.id() + "?" + acc), "get", get);
        validated(http.get(list + "/" + teams.id() + "?" + acc), "get", get);
        validated(http.get(list + "/" + work.id()), "get", get);

        String events = "/api/v1/calendars/{calendar_id}/events";
        String eventsOf = list + "/" + work.id() + "/events";
        String start = "\"start\":{\"date_time\":\"2025-06-03T07:00:00.000Z\",\"time_zone\":\"Europe/Paris\"}";
        String end = "\"end\":{\"date_time\":\"2025-06-03T08:00:00.000Z\",\"time_zone\":\"Europe/Paris\"}";
        String created = validated(http.postJson(eventsOf + "?" + acc, "{\"title\":\"Kick-off\",\"body\":\"Agenda\","
                + "\"location\":\"Room 1\",\"transparency\":\"opaque\",\"visibility\":\"private\","
                + "\"conference\":{\"provider\":\"google_meet\"},\"is_attendees_list_hidden\":true,"
                + "\"attendees\":[{\"email\":\"bob@example.com\"}],\"recurrence\":[\"RRULE:FREQ=WEEKLY;COUNT=2\"],"
                + start + "," + end + "}"), "post", events).get("event_id").asText();
        validated(http.postJson(eventsOf + "?" + acc, "{\"title\":\"Offsite\",\"attendees\":[],"
                + "\"start\":{\"date\":\"2025-06-12\"},\"end\":{\"date\":\"2025-06-14\"}}"), "post", events);
        validated(http.postJson(eventsOf + "?" + acc, "{\"title\":\"x\",\"attendees\":[]}"), "post", events);
        validated(http.postJson(eventsOf + "?" + acc, "{\"title\":\"x\",\"attendees\":[],\"conference\":"
                + "{\"provider\":\"teams\"}," + start + "," + end + "}"), "post", events);
        validated(http.postJson(eventsOf, "{}"), "post", events);
        validated(http.postJson(list + "/unknown/events?" + acc, "{\"title\":\"x\",\"attendees\":[]," + start
                + "," + end + "}"), "post", events);
        String holidays = state.calendars().calendars(google.id()).get(1).id();
        validated(http.postJson(list + "/" + holidays + "/events?" + acc, "{\"title\":\"x\",\"attendees\":[],"
                + start + "," + end + "}"), "post", events);
        validated(http.postJson(list + "/" + teams.id() + "/events?account_id=" + outlook.id(), "{\"title\":\"Call\","
                + "\"attendees\":[],\"conference\":{\"provider\":\"teams\"}," + start + "," + end + "}"), "post",
                events);

        String page = validated(http.get(eventsOf + "?limit=1&" + acc), "get", events).get("next_cursor").asText();
        validated(http.get(eventsOf + "?cursor=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&" + acc), "get",
                events);
        validated(http.get(eventsOf + "?expand_recurring=true&is_cancelled=true&busy=true&event_type=default"
                + "&attendees=bob%40example.com&updated_after=2020-01-01T00%3A00%3A00.000Z"
                + "&updated_before=2100-01-01T00%3A00%3A00.000Z&start=2025-06-01T00%3A00%3A00.000Z"
                + "&end=2025-07-01T00%3A00%3A00.000Z&location=room&ical_uid=x&description=a&title=k&offset=0&limit=5&"
                + acc), "get", events);
        validated(http.get(eventsOf + "?expand_recurring=true&" + acc), "get", events);
        validated(http.get(eventsOf + "?start=yesterday&" + acc), "get", events);
        validated(http.get(eventsOf + "?busy=maybe&" + acc), "get", events);
        validated(http.get(eventsOf), "get", events);
        validated(http.get(list + "/unknown/events?" + acc), "get", events);

        String event = "/api/v1/calendars/{calendar_id}/events/{event_id}";
        validated(http.get(eventsOf + "/" + created + "?" + acc), "get", event);
        validated(http.get(eventsOf + "/" + seeded.id() + "_20250603T073000Z?" + acc), "get", event);
        validated(http.get(eventsOf + "/unknown?" + acc), "get", event);
        validated(http.patchJson(eventsOf + "/" + created + "?" + acc, "{\"title\":\"Kick-off (moved)\","
                + "\"attendees\":[{\"email\":\"carol@example.com\"}],\"recurrence\":[]}"), "patch", event);
        validated(http.patchJson(eventsOf + "/" + created + "?" + acc, "{}"), "patch", event);
        validated(http.patchJson(eventsOf + "/" + created + "?" + acc, "{\"visibility\":\"secret\"}"), "patch",
                event);
        validated(http.patchJson(eventsOf + "/unknown?" + acc, "{\"title\":\"x\"}"), "patch", event);
        validated(http.delete(eventsOf + "/" + created + "?" + acc), "delete", event);
        validated(http.delete(eventsOf + "/" + created + "?" + acc), "delete", event);
        validated(http.get(eventsOf + "/" + created + "?" + acc), "get", event);

        assertThat(covered).contains("GET " + list + " 200", "GET " + get + " 200", "GET " + get
                + " 404 errors/resource_not_found", "GET " + events + " 200", "POST " + events + " 201",
                "GET " + event + " 200", "PATCH " + event + " 200", "DELETE " + event + " 200",
                "DELETE " + event + " 404 errors/resource_not_found", "POST " + events
                + " 403 errors/insufficient_permissions");
    }

    /**
     * The Emails group: a mailbox listed with every filter and both shapes, read by id and provider id, sent to
     * (multipart, JSON parts, a file), updated, deleted, its attachment downloaded, its folders, a draft; with errors.
     */
    private void emails(FakeAccount linkedin) {
        FakeUnipileState state = server.state();
        FakeAccount gmail = state.addAccount(FakeAccount.builder(AccountType.GOOGLE_OAUTH).name("ann@gmail.test")
                .connectionParams(new FakeConnectionParams.OAuth("g", "ann@gmail.test", "g", "ann@gmail.test"))
                .build());
        FakeAccount outlook = state.addAccount(FakeAccount.builder(AccountType.OUTLOOK).name("bo@outlook.test")
                .connectionParams(new FakeConnectionParams.OAuth("o", "bo@outlook.test", "o", "bo@outlook.test"))
                .build());
        FakeEmail seeded = state.emails().addEmail(FakeEmail.builder(gmail.id()).from("zed@x.test", "Zed")
                .to("ann@gmail.test").cc("cc@x.test").subject("Seeded").body("<p>Hi</p>").header("X-A", "1")
                .attachment("a.pdf", "application/pdf", new byte[] {1, 2, 3}).build());
        String acc = "account_id=" + gmail.id();

        String send = "/api/v1/emails";
        JsonNode sent = validated(http.post(send, new Multipart().field("account_id", gmail.id())
                .field("to", "[{\"display_name\":\"Bo\",\"identifier\":\"bo@outlook.test\"}]")
                .field("cc", "[{\"identifier\":\"c@x.test\"}]").field("bcc", "[{\"identifier\":\"b@x.test\"}]")
                .field("from", "{\"display_name\":\"Ann\",\"identifier\":\"ann@gmail.test\"}")
                .field("subject", "Hello").field("body", "<p>Hello</p>").field("reply_to", seeded.id())
                .field("custom_headers", "[{\"name\":\"X-Id\",\"value\":\"7\"}]")
                .field("tracking_options", "{\"opens\":true,\"links\":true,\"label\":\"l\"}")
                .file("attachments", "b.txt", "text/plain", new byte[] {65})), "post", send);
        validated(http.post(send, new Multipart().field("account_id", gmail.id()).field("body", "x")), "post", send);
        validated(http.post(send, new Multipart().field("account_id", gmail.id()).field("to", "bo@outlook.test")
                .field("body", "x")), "post", send);
        validated(http.post(send, new Multipart().field("account_id", gmail.id())
                .field("to", "[{\"identifier\":\"b@x.test\"}]").field("body", "x").field("reply_to", "unknown")),
                "post", send);
        validated(http.post(send, new Multipart().field("account_id", linkedin.id())
                .field("to", "[{\"identifier\":\"b@x.test\"}]").field("body", "x")), "post", send);
        validated(http.post(send, new Multipart().field("account_id", "unknown")
                .field("to", "[{\"identifier\":\"b@x.test\"}]").field("body", "x")), "post", send);

        String list = "/api/v1/emails";
        JsonNode page = validated(http.get(list + "?limit=1&include_headers=true&" + acc), "get", list);
        validated(http.get(list + "?cursor=" + URLEncoder.encode(page.get("cursor").asText(), StandardCharsets.UTF_8)
                + "&" + acc), "get", list);
        validated(http.get(list + "?meta_only=true&folder=INBOX&from=zed%40x.test&to=ann%40gmail.test"
                + "&any_email=zed%40x.test%2Cq%40x.test&before=2099-01-01T00:00:00.000Z"
                + "&after=2000-01-01T00:00:00.000Z&thread_id=" + seeded.threadId() + "&message_id="
                + URLEncoder.encode(seeded.messageId(), StandardCharsets.UTF_8) + "&" + acc), "get", list);
        validated(http.get(list + "?account_id=" + outlook.id()), "get", list);
        validated(http.get(list), "get", list);
        validated(http.get(list + "?meta_only=true&include_headers=true&" + acc), "get", list);
        validated(http.get(list + "?" + "account_id=" + linkedin.id()), "get", list);
        validated(http.get(list + "?limit=251&" + acc), "get", list);

        String get = "/api/v1/emails/{email_id}";
        validated(http.get("/api/v1/emails/" + seeded.id() + "?include_headers=true"), "get", get);
        validated(http.get("/api/v1/emails/" + sent.get("id").asText()), "get", get);
        validated(http.get("/api/v1/emails/" + seeded.providerId() + "?" + acc), "get", get);
        validated(http.get("/api/v1/emails/unknown"), "get", get);

        String update = "/api/v1/emails/{email_id}";
        validated(http.putJson("/api/v1/emails/" + seeded.id(), "{\"unread\":false,\"folders\":[\"STARRED\"]}"),
                "put", update);
        validated(http.putJson("/api/v1/emails/" + seeded.providerId() + "?" + acc, "{\"unread\":true}"), "put",
                update);
        validated(http.putJson("/api/v1/emails/" + seeded.id(), "{\"folders\":[\"NOPE\"]}"), "put", update);
        validated(http.putJson("/api/v1/emails/" + seeded.id(), "{\"starred\":true}"), "put", update);
        validated(http.putJson("/api/v1/emails/unknown", "{\"unread\":true}"), "put", update);

        String attachment = "/api/v1/emails/{email_id}/attachments/{attachment_id}";
        HttpResponse<byte[]> download = http.getBytes("/api/v1/emails/" + seeded.id() + "/attachments/"
                + seeded.attachments().get(0).id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).containsExactly(1, 2, 3);
        assertThat(spec.getPaths().get(attachment).getGet().getResponses()).containsKey("200");
        covered.add("GET " + attachment + " 200 (binary)");
        validated(http.get("/api/v1/emails/" + seeded.id() + "/attachments/unknown"), "get", attachment);

        String folders = "/api/v1/folders";
        JsonNode all = validated(http.get(folders + "?" + acc), "get", folders);
        validated(http.get(folders), "get", folders);
        validated(http.get(folders + "?account_id=unknown"), "get", folders);
        String folder = "/api/v1/folders/{folder_id}";
        validated(http.get("/api/v1/folders/" + all.get("items").get(0).get("id").asText()), "get", folder);
        validated(http.get("/api/v1/folders/INBOX?" + acc), "get", folder);
        validated(http.get("/api/v1/folders/unknown"), "get", folder);

        String drafts = "/api/v1/drafts";
        validated(http.postJson(drafts, "{\"account_id\":\"" + gmail.id() + "\",\"to\":[{\"identifier\":"
                + "\"bo@outlook.test\"}],\"subject\":\"D\",\"body\":\"<p>D</p>\",\"tracking_options\":"
                + "{\"opens\":true}}"), "post", drafts);
        validated(http.postJson(drafts, "{\"account_id\":\"" + gmail.id() + "\"}"), "post", drafts);
        validated(http.postJson(drafts, "{\"account_id\":\"unknown\",\"to\":[{\"identifier\":\"b@x.test\"}],"
                + "\"body\":\"x\"}"), "post", drafts);

        String delete = "/api/v1/emails/{email_id}";
        validated(http.delete("/api/v1/emails/" + seeded.id()), "delete", delete);
        validated(http.delete("/api/v1/emails/" + seeded.providerId() + "?" + acc), "delete", delete);
        validated(http.delete("/api/v1/emails/" + seeded.id()), "delete", delete);
        assertThat(covered).contains("POST /api/v1/emails 201", "GET /api/v1/emails 200",
                "GET /api/v1/emails/{email_id} 200", "PUT /api/v1/emails/{email_id} 200",
                "DELETE /api/v1/emails/{email_id} 200", "GET /api/v1/folders 200", "GET /api/v1/folders/{folder_id} 200",
                "POST /api/v1/drafts 200", "GET /api/v1/emails/{email_id} 404 errors/resource_not_found",
                "POST /api/v1/emails 422 errors/invalid_account");
    }

    private void linkedinGroup(FakeAccount mail) {
        LinkedInState linkedin = server.state().linkedin();
        FakeAccount recruiter = linkedin.addRecruiterAccount();
        FakeAccount member = linkedin.addLinkedInAccount();
        String acc = "account_id=" + recruiter.id();
        String body = "{\"account_id\":\"" + recruiter.id() + "\"";
        linkedin.addCompany(FakeCompany.builder("Acme").id("1441").tagline("t")
                .website("https://acme.example").industries("Software").employeeCount(40).build());
        linkedin.addCompany(FakeCompany.builder("Nameless").id("7")
                .organizationType(null).build());

        String company = "/api/v1/linkedin/company/{identifier}";
        validated(http.get("/api/v1/linkedin/company/1441?" + acc), "get", company);
        validated(http.get("/api/v1/linkedin/company/7?" + acc), "get", company);
        validated(http.get("/api/v1/linkedin/company/no-such-company?" + acc), "get", company);
        validated(http.get("/api/v1/linkedin/company/1441?account_id=" + mail.id()), "get", company);
        validated(http.get("/api/v1/linkedin/company/1441"), "get", company);

        String balance = "/api/v1/linkedin/inmail_balance";
        validated(http.get(balance + "?" + acc), "get", balance);
        validated(http.get(balance + "?account_id=" + member.id()), "get", balance);
        validated(http.get(balance + "?account_id=nope"), "get", balance);

        String raw = "/api/v1/linkedin";
        linkedin.addRawData("GET", "https://www.linkedin.com/voyager/api/me", "{\"a\": [1, {\"b\": null}]}");
        validated(http.postJson(raw, body + ",\"request_url\":\"https://www.linkedin.com/voyager/api/me\"}"), "post",
                raw);
        validated(http.postJson(raw, body + ",\"request_url\":\"https://www.linkedin.com/x\",\"method\":\"PUT\","
                + "\"headers\":{\"h\":\"v\"},\"body\":{},\"query_params\":{\"q\":1},\"encoding\":true}"), "post", raw);
        validated(http.postJson(raw, body + ",\"request_url\":\"ftp://x\"}"), "post", raw);
        validated(http.postJson(raw, body + "}"), "post", raw);
        validated(http.postJson(raw, "[]"), "post", raw);

        FakeHiringProject project = linkedin.addProject(recruiter.id(), "Backend");
        String action = "/api/v1/linkedin/user/{user_id}";
        String add = body + ",\"api\":\"recruiter\",\"action\":\"addCandidateToPipeline\",\"hiring_project_id\":\""
                + project.id() + "\"}";
        validated(http.postJson("/api/v1/linkedin/user/AEMAA1", add), "post", action);
        validated(http.postJson("/api/v1/linkedin/user/AEMAA1", add), "post", action);
        validated(http.postJson("/api/v1/linkedin/user/AEMAA2", add.replace(project.id(), "nope")), "post", action);
        validated(http.postJson("/api/v1/linkedin/user/ACwAA1", body + ",\"api\":\"sales_navigator\","
                + "\"action\":\"saveLead\",\"list_id\":\"l1\"}"), "post", action);
        validated(http.postJson("/api/v1/linkedin/user/ACwAA1", body + ",\"api\":\"classic\",\"action\":\"x\"}"),
                "post", action);

        String endorse = "/api/v1/linkedin/profile/endorse";
        String endorsement = body + ",\"profile_id\":\"ACoAA1\",\"skill_endorsement_id\":3}";
        validated(http.postJson(endorse, endorsement), "post", endorse);
        validated(http.postJson(endorse, endorsement), "post", endorse);
        validated(http.postJson(endorse, body + "}"), "post", endorse);

        String jobs = "/api/v1/linkedin/jobs";
        String draft = body + ",\"job_title\":{\"id\":\"1\"},\"company\":{\"id\":\"1441\"},\"workplace\":"
                + "\"ON_SITE\",\"location\":\"100\",\"description\":\"d\",\"employment_status\":\"CONTRACT\","
                + "\"auto_rejection_template\":\"no\",\"screening_questions\":[{\"question\":\"q\",\"answer_type\":"
                + "\"multiple_choices\",\"choices\":[\"a\",\"b\"],\"expected_choices\":[\"a\"],\"position\":0}]";
        String recruiterPart = ",\"recruiter\":{\"project\":{\"id\":\"" + project.id() + "\"},\"functions\":[\"eng\"],"
                + "\"industries\":[\"4\"],\"seniority\":\"DIRECTOR\",\"include_poster_info\":true,"
                + "\"tracking_pixel_url\":\"https://t\",\"company_job_id\":\"c1\",\"apply_method\":{\"type\":"
                + "\"linkedin\",\"notification_email\":\"j@x\",\"resume_required\":false}}";
        String recruiterJob = validated(http.postJson(jobs, draft + recruiterPart + "}"), "post", jobs).get("job_id")
                .asText();
        String classicJob = validated(http.postJson(jobs, draft + "}"), "post", jobs).get("job_id").asText();
        String secondJob = validated(http.postJson(jobs, body + ",\"job_title\":{\"text\":\"t\"},\"company\":"
                + "{\"text\":\"c\"},\"workplace\":\"REMOTE\",\"location\":\"1\",\"description\":\"d\"}"), "post",
                jobs).get("job_id").asText();
        validated(http.postJson(jobs, draft + recruiterPart.replace(project.id(), "nope") + "}"), "post", jobs);
        validated(http.postJson(jobs, draft.replace(recruiter.id(), member.id()) + recruiterPart + "}"), "post", jobs);
        validated(http.postJson(jobs, body + "}"), "post", jobs);

        String job = "/api/v1/linkedin/jobs/{job_id}";
        validated(http.patchJson("/api/v1/linkedin/jobs/" + classicJob, body + ",\"workplace\":\"HYBRID\"}"), "patch",
                job);
        validated(http.patchJson("/api/v1/linkedin/jobs/" + recruiterJob, body + ",\"recruiter\":{\"project_id\":\""
                + project.id() + "\",\"seniority\":\"EXECUTIVE\",\"functions\":[\"it\"]}}"), "patch", job);
        validated(http.patchJson("/api/v1/linkedin/jobs/unknown", body + ",\"description\":\"x\"}"), "patch", job);
        validated(http.patchJson("/api/v1/linkedin/jobs/" + classicJob, body + ",\"location\":\"x\"}"), "patch", job);

        String publish = "/api/v1/linkedin/jobs/{draft_id}/publish";
        String checkpoint = "/api/v1/linkedin/jobs/{draft_id}/checkpoint";
        linkedin.requireCheckpointOnNextPublish(recruiter.id(), JobCheckpointType.OTP, "42");
        validated(http.postJson("/api/v1/linkedin/jobs/" + classicJob + "/publish", body + ",\"mode\":\"FREE\","
                + "\"hiring_photo_frame\":true}"), "post", publish);
        validated(http.postJson("/api/v1/linkedin/jobs/" + classicJob + "/checkpoint", body + ",\"input\":\"0\"}"),
                "post", checkpoint);
        validated(http.postJson("/api/v1/linkedin/jobs/" + classicJob + "/checkpoint", body + ",\"input\":\"42\"}"),
                "post", checkpoint);
        validated(http.postJson("/api/v1/linkedin/jobs/" + classicJob + "/checkpoint", body + ",\"input\":\"42\"}"),
                "post", checkpoint);
        validated(http.postJson("/api/v1/linkedin/jobs/unknown/checkpoint", body + ",\"input\":\"42\"}"), "post",
                checkpoint);
        validated(http.postJson("/api/v1/linkedin/jobs/" + recruiterJob + "/publish", body + ",\"service\":"
                + "\"RECRUITER\",\"mode\":\"PROMOTED\",\"budget\":{\"monthly\":{\"currency\":\"EUR\","
                + "\"amount\":300}}}"), "post", publish);
        validated(http.postJson("/api/v1/linkedin/jobs/" + secondJob + "/publish", body + ",\"mode\":\"FREE\"}"),
                "post", publish);
        validated(http.postJson("/api/v1/linkedin/jobs/" + classicJob + "/publish", body + ",\"mode\":\"FREE\"}"),
                "post", publish);
        validated(http.postJson("/api/v1/linkedin/jobs/unknown/publish", body + ",\"mode\":\"FREE\"}"), "post",
                publish);
        validated(http.postJson("/api/v1/linkedin/jobs/x/publish", body + ",\"mode\":\"GRATIS\"}"), "post", publish);

        validated(http.get("/api/v1/linkedin/jobs/" + classicJob + "?service=CLASSIC&" + acc), "get", job);
        validated(http.get("/api/v1/linkedin/jobs/" + recruiterJob + "?service=RECRUITER&" + acc), "get", job);
        validated(http.get("/api/v1/linkedin/jobs/" + recruiterJob + "?service=CLASSIC&" + acc), "get", job);
        validated(http.get("/api/v1/linkedin/jobs/" + recruiterJob + "?" + acc), "get", job);
        validated(http.get(jobs + "?" + acc), "get", jobs);
        String next = validated(http.get(jobs + "?limit=1&category=active&" + acc), "get", jobs).get("cursor")
                .asText();
        validated(http.get(jobs + "?cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&limit=1&" + acc),
                "get", jobs);
        validated(http.get(jobs + "?category=draft&" + acc), "get", jobs);
        validated(http.get(jobs + "?category=open&" + acc), "get", jobs);

        String projects = "/api/v1/linkedin/projects";
        validated(http.get(projects + "?" + acc), "get", projects);
        validated(http.get(projects + "?limit=1&" + acc), "get", projects);
        validated(http.get(projects + "?account_id=" + member.id()), "get", projects);
        String projectRoute = "/api/v1/linkedin/projects/{id}";
        validated(http.get(projects + "/" + project.id() + "?" + acc), "get", projectRoute);
        validated(http.get(projects + "/" + linkedin.addProject(recruiter.id(), "Empty").id() + "?" + acc), "get",
                projectRoute);
        validated(http.get(projects + "/unknown?" + acc), "get", projectRoute);

        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        FakeApplicant full = linkedin.addApplicant(FakeApplicant
                .builder(classicJob, "Bob").contact("b@x", "+33").rating(ApplicantRating.GOOD_FIT)
                .positions(new FakeApplicant.Position("Acme", "Dev", 2020, 1, null, null),
                        new FakeApplicant.Position(null, null, 2010, 2, 2019, 12))
                .schools(new FakeApplicant.School("INSA", "MSc", "CS", 2005, 9, 2010, 6),
                        new FakeApplicant.School(null, null, null, 2001, 9, 2004, 6))
                .answers(new FakeApplicant.Answer("q", List.of("a"), true))
                .resume(FakeApplicant.Resume.pdf("bob.pdf", pdf)).build());
        FakeApplicant bare = linkedin.simulateApplication(
                FakeApplicant.builder(classicJob, "Ann").contact(null, "+1").build());
        String applicants = "/api/v1/linkedin/jobs/{id}/applicants";
        String page = validated(http.get("/api/v1/linkedin/jobs/" + classicJob + "/applicants?limit=1&" + acc), "get",
                applicants).get("cursor").asText();
        validated(http.get("/api/v1/linkedin/jobs/" + classicJob + "/applicants?cursor=" + URLEncoder.encode(page,
                StandardCharsets.UTF_8) + "&limit=1&service=CLASSIC&ratings=GOOD_FIT,UNRATED&keywords=a&" + acc),
                "get", applicants);
        validated(http.get("/api/v1/linkedin/jobs/" + classicJob + "/applicants?ratings=BAD&" + acc), "get",
                applicants);
        validated(http.get("/api/v1/linkedin/jobs/unknown/applicants?" + acc), "get", applicants);
        String applicant = "/api/v1/linkedin/jobs/applicants/{applicant_id}";
        validated(http.get("/api/v1/linkedin/jobs/applicants/" + full.id() + "?" + acc), "get", applicant);
        validated(http.get("/api/v1/linkedin/jobs/applicants/" + bare.id() + "?" + acc), "get", applicant);
        validated(http.get("/api/v1/linkedin/jobs/applicants/unknown?" + acc), "get", applicant);
        String resume = "/api/v1/linkedin/jobs/applicants/{applicant_id}/resume";
        HttpResponse<byte[]> bytes = http.getBytes("/api/v1/linkedin/jobs/applicants/" + full.id() + "/resume?"
                + acc);
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(pdf);
        assertThat(spec.getPaths().get(resume).getGet().getResponses()).containsKey("200");
        covered.add("GET " + resume + " 200 (binary)");
        validated(http.get("/api/v1/linkedin/jobs/applicants/" + bare.id() + "/resume?" + acc), "get", resume);
        validated(http.get("/api/v1/linkedin/jobs/applicants/" + full.id() + "/resume?service=RECRUITER&" + acc),
                "get", resume);

        String close = "/api/v1/linkedin/jobs/{id}/close";
        java.util.function.Function<String, HttpResponse<String>> post = path -> http.send(http.request(path)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        validated(post.apply("/api/v1/linkedin/jobs/" + classicJob + "/close?" + acc), "post", close);
        validated(post.apply("/api/v1/linkedin/jobs/" + classicJob + "/close?" + acc), "post", close);
        validated(post.apply("/api/v1/linkedin/jobs/" + recruiterJob + "/close?service=RECRUITER&" + acc), "post",
                close);
        validated(post.apply("/api/v1/linkedin/jobs/unknown/close?" + acc), "post", close);
        validated(http.patchJson("/api/v1/linkedin/jobs/" + classicJob, body + ",\"description\":\"x\"}"), "patch",
                job);

        assertThat(covered).contains("GET " + company + " 200", "GET " + company + " 404 errors/resource_not_found",
                "GET " + company + " 422 errors/invalid_account", "POST " + raw + " 200",
                "POST " + raw + " 400 errors/invalid_url", "POST " + raw + " 404 errors/resource_not_found",
                "POST " + action + " 200", "POST " + action + " 422 errors/action_already_performed",
                "POST " + action + " 403 errors/feature_not_subscribed", "POST " + endorse + " 200",
                "POST " + jobs + " 200", "POST " + jobs + " 403 errors/feature_not_subscribed",
                "PATCH " + job + " 200", "PATCH " + job + " 422 errors/unprocessable_entity",
                "POST " + publish + " 200", "POST " + publish + " 422 errors/action_already_performed",
                "POST " + publish + " 502 errors/invalid_parameters", "POST " + checkpoint + " 200",
                "POST " + checkpoint + " 401 errors/invalid_checkpoint_solution", "GET " + job + " 200",
                "GET " + jobs + " 200", "GET " + projects + " 200", "GET " + projectRoute + " 200",
                "GET " + applicants + " 200", "GET " + applicant + " 200", "GET " + resume + " 200 (binary)",
                "GET " + resume + " 404 errors/resource_not_found", "POST " + close + " 200",
                "POST " + close + " 422 errors/action_already_performed", "GET " + balance + " 200");
    }

    /**
     * Whether the route documents {@code status} with a body of another status, which no scripted fault can match:
     * publishing a job posting documents its 502 as a 400 body ("not eligible to free posting"); the fake's own
     * such answer is validated with the rest of the route.
     */
    private boolean documentsAnotherBodyStatus(Route route, int status) {
        io.swagger.v3.oas.models.PathItem path = spec.getPaths().get(route.template());
        io.swagger.v3.oas.models.Operation op = path == null ? null : path.readOperationsMap()
                .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(route.method()));
        io.swagger.v3.oas.models.responses.ApiResponse documented = op == null ? null
                : op.getResponses().get(Integer.toString(status));
        if (documented == null || documented.getContent() == null) {
            return false;
        }
        Schema<?> body = documented.getContent().get("application/json").getSchema();
        Schema<?> bodyStatus = body.getProperties() == null ? null : body.getProperties().get("status");
        return bodyStatus != null && bodyStatus.getEnum() != null && bodyStatus.getEnum().stream()
                .noneMatch(v -> new java.math.BigDecimal(v.toString()).intValue() == status);
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
        if (undocumented && status == 202 && CHECKPOINT_ROUTES.contains(template)) {
            report = checkpointValidator.validate(response.body(), checkpointReply, "response.body");
            what += " " + json.path("checkpoint").path("type").asText() + " (checkpoint reply)";
        } else if (undocumented) {
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
