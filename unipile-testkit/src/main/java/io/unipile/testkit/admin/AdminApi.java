package io.unipile.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.FakeUnipileState;
import io.unipile.testkit.RecordedRequest;
import io.unipile.testkit.Route;
import io.unipile.testkit.WebhookDelivery;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.webhooks.AccountStatusMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The fake's admin HTTP API: JSON in and out under {@value #PREFIX}, opened only by the admin key in
 * {@value #HEADER} (compared in constant time; 401 otherwise). The Unipile API key does not open it and the admin key
 * does not open {@code /api/v1}. Enabled by {@link FakeUnipileServer.Builder#adminKey(String)} or the standalone
 * jar's {@code --admin-key}; a server without it answers {@code /_admin/...} with Unipile's 404.
 *
 * <table>
 * <caption>Operations</caption>
 * <tr><td>{@code GET /_admin}</td><td>this list</td></tr>
 * <tr><td>{@code GET /_admin/routes}</td><td>the operations the fake models, with the names faults and stubs take</td></tr>
 * <tr><td>{@code POST /_admin/reset}</td><td>{@code {"seed": "empty" | "demo"}}: empties everything, then seeds</td></tr>
 * <tr><td>{@code GET /_admin/state}</td><td>accounts, attendees, chats, messages, e-mails, webhooks</td></tr>
 * <tr><td>{@code POST /_admin/accounts}, {@code /attendees}, {@code /chats}, {@code /messages}, {@code /emails},
 *     {@code /invitations}, {@code /relations}</td><td>seed, firing no webhook</td></tr>
 * <tr><td>{@code POST|DELETE /_admin/faults}, {@code /_admin/stubs}</td><td>arm or clear faults and stubs</td></tr>
 * <tr><td>{@code POST /_admin/simulate/<event>}</td><td>provider events, delivered to webhooks</td></tr>
 * <tr><td>{@code GET|DELETE /_admin/journal}, {@code /_admin/webhook-deliveries}</td><td>read or clear</td></tr>
 * </table>
 *
 * <p>Errors are {@code {"status", "error", "field", "message"}}; a field of the request that is missing, of the
 * wrong type or unknown is 400 naming it, an id that names nothing 404 naming its field. The testkit README has a
 * curl example of each operation.
 */
public final class AdminApi implements HttpHandler {
    /** Where the admin API lives; it never collides with Unipile's {@code /api/v1}. */
    public static final String PREFIX = "/_admin";

    /** The header that carries the admin key. */
    public static final String HEADER = "X-Admin-Key";

    /** The largest admin request body: 1 MiB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final long MAX_WAIT_MILLIS = 60_000;

    private final FakeUnipileServer server;
    private final byte[] keyDigest;
    private final Map<String, Map<String, Operation>> operations = new LinkedHashMap<>();

    /**
     * The admin API of this server, opened by this key. {@link FakeUnipileServer} mounts it when
     * {@link FakeUnipileServer.Builder#adminKey(String)} is set; there is no need to build one.
     */
    public AdminApi(FakeUnipileServer server, String adminKey) {
        this.server = server;
        this.keyDigest = digest(adminKey);
        register();
    }

    /** One admin operation: the request's JSON body (or {@code {}}) and query; its answer. */
    @FunctionalInterface
    private interface Operation {
        Answer handle(AdminInput body, Query query) throws InterruptedException;
    }

    private record Answer(int status, Object body) {
        static Answer ok(Object body) {
            return new Answer(200, body);
        }

        static Answer created(Object body) {
            return new Answer(201, body);
        }
    }

    private void on(String method, String path, Operation operation) {
        operations.computeIfAbsent(PREFIX + path, p -> new LinkedHashMap<>()).put(method, operation);
    }

    private void register() {
        on("GET", "", (in, q) -> Answer.ok(AdminJson.obj("operations", index())));
        on("GET", "/routes", (in, q) -> Answer.ok(AdminJson.obj("routes",
                OperationNames.all().values().stream().distinct().map(OperationNames::describe).toList())));
        on("POST", "/reset", this::reset);
        on("GET", "/state", (in, q) -> Answer.ok(state()));

        on("POST", "/accounts", this::addAccount);
        on("POST", "/attendees", this::addAttendee);
        on("POST", "/chats", this::addChat);
        on("POST", "/messages", this::addMessage);
        on("POST", "/emails", (in, q) -> Answer.created(AdminJson.email(server.state().emails()
                .addEmail(emailFrom(in)))));
        on("POST", "/invitations", this::addInvitation);
        on("POST", "/relations", (in, q) -> {
            String account = account(in, "account_id").id();
            String person = in.requiredString("provider_id");
            in.done();
            return Answer.created(AdminJson.relation(server.state().addRelation(account, person)));
        });

        on("POST", "/faults", (in, q) -> Answer.created(Scripts.armFault(server, in)));
        on("DELETE", "/faults", (in, q) -> {
            server.faults().clear();
            return Answer.ok(AdminJson.obj("cleared", "faults"));
        });
        on("POST", "/stubs", (in, q) -> Answer.created(Scripts.addStub(server, in)));
        on("DELETE", "/stubs", (in, q) -> {
            server.stubs().clear();
            return Answer.ok(AdminJson.obj("cleared", "stubs"));
        });

        on("GET", "/journal", this::journal);
        on("DELETE", "/journal", (in, q) -> {
            server.journal().clear();
            return Answer.ok(AdminJson.obj("cleared", "journal"));
        });
        on("GET", "/webhook-deliveries", this::deliveries);
        on("DELETE", "/webhook-deliveries", (in, q) -> {
            server.webhookDeliveries().clear();
            return Answer.ok(AdminJson.obj("cleared", "webhook-deliveries"));
        });

        simulations();
    }

    private void simulations() {
        on("POST", "/simulate/incoming-message", (in, q) -> {
            FakeChat chat = chat(in, "chat_id");
            FakeMessage.Builder message = FakeMessage.builder(chat.id()).text(in.requiredString("text"));
            sender(in, message);
            in.string("id").ifPresent(message::id);
            in.done();
            return Answer.ok(AdminJson.message(server.simulateIncomingMessage(message.build())));
        });
        on("POST", "/simulate/message-reaction", (in, q) -> {
            String message = message(in, "message_id");
            String from = in.requiredString("from");
            String reaction = in.requiredString("reaction");
            in.done();
            return Answer.ok(AdminJson.message(rejected("from", () -> server.simulateReaction(message, from, reaction))));
        });
        on("POST", "/simulate/message-read", (in, q) -> {
            String message = message(in, "message_id");
            String reader = in.requiredString("reader");
            in.done();
            return Answer.ok(AdminJson.message(rejected("reader", () -> server.simulateMessageRead(message, reader))));
        });
        on("POST", "/simulate/message-edited", (in, q) -> {
            String message = message(in, "message_id");
            String text = in.requiredString("text");
            in.done();
            return Answer.ok(AdminJson.message(server.simulateMessageEdited(message, text)));
        });
        on("POST", "/simulate/message-deleted", (in, q) -> {
            String message = message(in, "message_id");
            in.done();
            return Answer.ok(AdminJson.message(server.simulateMessageDeleted(message)));
        });
        on("POST", "/simulate/message-delivered", (in, q) -> {
            String message = message(in, "message_id");
            in.done();
            return Answer.ok(AdminJson.message(server.simulateMessageDelivered(message)));
        });
        on("POST", "/simulate/account-status", (in, q) -> {
            FakeAccount account = account(in, "account_id");
            String given = in.requiredString("status");
            AccountStatusMessage status = AccountStatusMessage.of(given.toUpperCase(Locale.ROOT));
            if (!status.isKnown()) {
                throw AdminError.invalid(in.name("status"), "unknown status " + given + "; one of "
                        + known(AccountStatusMessage.class));
            }
            in.done();
            server.simulateAccountStatus(account.id(), status);
            return Answer.ok(AdminJson.obj("account_id", account.id(), "status", status.value(),
                    "account", server.state().account(account.id()).map(AdminJson::account).orElse(null)));
        });
        on("POST", "/simulate/checkpoint-approved", (in, q) -> {
            String account = in.requiredString("account_id");
            in.done();
            Optional<FakeAccount> connected = rejected("account_id", () -> server.simulateCheckpointApproved(account));
            return Answer.ok(AdminJson.obj("connected", connected.isPresent(),
                    "account", connected.map(AdminJson::account).orElse(null)));
        });
        on("POST", "/simulate/hosted-auth-completed", (in, q) -> {
            String link = in.requiredString("link");
            AccountType type = accountType(in);
            in.done();
            return Answer.ok(AdminJson.account(rejected("link", () -> server.simulateHostedAuthCompleted(link, type))));
        });
        on("POST", "/simulate/incoming-email", (in, q) ->
                Answer.ok(AdminJson.email(server.simulateIncomingEmail(emailFrom(in)))));
        on("POST", "/simulate/email-opened", (in, q) -> {
            String email = email(in, "email_id");
            in.done();
            rejected("email_id", () -> {
                server.simulateEmailOpened(email);
                return null;
            });
            return Answer.ok(AdminJson.obj("email_id", email, "event", "mail_opened"));
        });
        on("POST", "/simulate/email-link-clicked", (in, q) -> {
            String email = email(in, "email_id");
            String url = in.requiredString("url");
            in.done();
            rejected("email_id", () -> {
                server.simulateEmailLinkClicked(email, url);
                return null;
            });
            return Answer.ok(AdminJson.obj("email_id", email, "event", "mail_link_clicked", "url", url));
        });
        on("POST", "/simulate/invitation-received", (in, q) -> {
            String account = account(in, "account_id").id();
            String from = in.requiredString("from");
            String note = in.string("message").orElse(null);
            in.done();
            return Answer.ok(AdminJson.invitation(rejected("from", () -> server.simulateInvitationReceived(account, from, note))));
        });
        on("POST", "/simulate/invitation-accepted", (in, q) -> {
            String invitation = in.requiredString("invitation_id");
            in.done();
            return Answer.ok(AdminJson.relation(rejected("invitation_id", () -> server.simulateInvitationAccepted(invitation))));
        });
        on("POST", "/simulate/invitation-withdrawn", (in, q) -> {
            String invitation = in.requiredString("invitation_id");
            in.done();
            return Answer.ok(AdminJson.invitation(rejected("invitation_id", () -> server.simulateInvitationWithdrawn(invitation))));
        });
    }

    /** Runs a simulation whose refusal is about this field: 400 {@code rejected} naming it. */
    private static <T> T rejected(String field, Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new AdminError(400, "rejected", field, e.getMessage());
        }
    }

    private List<String> index() {
        List<String> out = new ArrayList<>();
        operations.forEach((path, byMethod) -> byMethod.keySet().forEach(method -> out.add(method + " " + path)));
        return out;
    }

    // --- reset, state, seeding ---

    private Answer reset(AdminInput in, Query query) {
        String seed = in.string("seed").orElse("empty");
        if (!seed.equals("empty") && !seed.equals("demo")) {
            throw AdminError.invalid(in.name("seed"), "empty or demo, not " + seed);
        }
        in.done();
        server.reset();
        if (seed.equals("demo")) {
            DemoData.load(server.state());
        }
        FakeUnipileState state = server.state();
        return Answer.ok(AdminJson.obj("reset", true, "seed", seed, "accounts", state.accounts().size(),
                "chats", state.chats().size(), "messages", state.messages().size(),
                "emails", state.emails().all().size()));
    }

    private Map<String, Object> state() {
        FakeUnipileState state = server.state();
        return AdminJson.obj(
                "accounts", state.accounts().stream().map(AdminJson::account).toList(),
                "attendees", state.attendees().stream().map(AdminJson::attendee).toList(),
                "chats", state.chats().stream().map(AdminJson::chat).toList(),
                "messages", state.messages().stream().map(AdminJson::message).toList(),
                "emails", state.emails().all().stream().map(AdminJson::email).toList(),
                "webhooks", state.webhooks().stream().map(AdminJson::webhook).toList());
    }

    private Answer addAccount(AdminInput in, Query query) {
        FakeAccount.Builder account = FakeAccount.builder(accountType(in));
        in.string("id").ifPresent(account::id);
        in.string("name").ifPresent(account::name);
        in.string("provider_id").ifPresent(account::providerId);
        in.instant("created_at").ifPresent(account::createdAt);
        in.done();
        return Answer.created(AdminJson.account(server.state().addAccount(account.build())));
    }

    private Answer addAttendee(AdminInput in, Query query) {
        String account = account(in, "account_id").id();
        String providerId = in.requiredString("provider_id");
        String name = in.requiredString("name");
        in.done();
        return Answer.created(AdminJson.attendee(server.state().addAttendee(account, providerId, name)));
    }

    private Answer addChat(AdminInput in, Query query) {
        String account = account(in, "account_id").id();
        List<String> attendees = in.strings("attendees");
        if (attendees.isEmpty()) {
            throw in.has("attendees") ? AdminError.invalid(in.name("attendees"), "must name at least one attendee")
                    : AdminError.missing(in.name("attendees"));
        }
        FakeChat.Builder chat = FakeChat.builder(account, attendees.toArray(String[]::new));
        in.string("id").ifPresent(chat::id);
        in.string("provider_id").ifPresent(chat::providerId);
        in.string("name").ifPresent(chat::name);
        in.string("subject").ifPresent(chat::subject);
        in.instant("created_at").ifPresent(chat::createdAt);
        in.integer("unread_count", 0, 1_000_000).ifPresent(chat::unreadCount);
        chat.archived(in.bool("archived"));
        chat.readOnly(in.bool("read_only"));
        in.done();
        return Answer.created(AdminJson.chat(server.state().addChat(chat.build())));
    }

    private Answer addMessage(AdminInput in, Query query) {
        FakeChat chat = chat(in, "chat_id");
        FakeMessage.Builder message = FakeMessage.builder(chat.id()).text(in.requiredString("text"));
        sender(in, message);
        in.string("id").ifPresent(message::id);
        in.instant("timestamp").ifPresent(message::timestamp);
        in.done();
        return Answer.created(AdminJson.message(server.state().addMessage(message.build())));
    }

    private static void sender(AdminInput in, FakeMessage.Builder message) {
        Optional<String> from = in.string("from");
        boolean fromSelf = in.bool("from_self");
        if (from.isPresent() && fromSelf) {
            throw AdminError.invalid(in.name("from_self"), "give from or from_self, not both");
        }
        from.ifPresent(message::from);
        if (fromSelf) {
            message.fromSelf();
        }
    }

    private Answer addInvitation(AdminInput in, Query query) {
        String account = account(in, "account_id").id();
        String providerId = in.requiredString("provider_id");
        String direction = in.requiredString("direction");
        String note = in.string("message").orElse(null);
        in.done();
        switch (direction) {
            case "sent":
                return Answer.created(AdminJson.invitation(server.state().addSentInvitation(account, providerId,
                        note)));
            case "received":
                return Answer.created(AdminJson.invitation(server.state().addReceivedInvitation(account, providerId,
                        note)));
            default:
                throw AdminError.invalid(in.name("direction"), "sent or received, not " + direction);
        }
    }

    /** An e-mail from {@code {account_id, from, to, cc, subject, body, folder, read, id, date, in_reply_to}}. */
    private FakeEmail emailFrom(AdminInput in) {
        String account = account(in, "account_id").id();
        FakeEmail.Builder email = FakeEmail.builder(account);
        FakeEmail.Address from = address(in, "from").orElseThrow(() -> AdminError.missing(in.name("from")));
        email.from(from);
        List<String> to = in.strings("to");
        if (to.isEmpty()) {
            email.to(server.state().emails().address(account));
        } else {
            email.to(to.toArray(String[]::new));
        }
        List<String> cc = in.strings("cc");
        if (!cc.isEmpty()) {
            email.cc(cc.toArray(String[]::new));
        }
        in.string("subject").ifPresent(email::subject);
        in.string("body").ifPresent(email::body);
        in.string("folder").ifPresent(email::folder);
        in.string("id").ifPresent(email::id);
        in.instant("date").ifPresent(email::date);
        if (in.bool("read")) {
            email.read(Instant.now());
        }
        Optional<AdminInput> tracking = in.object("tracking");
        if (tracking.isPresent()) {
            AdminInput t = tracking.get();
            email.tracking(new FakeEmail.Tracking(t.string("tracking_id").orElse("trk_" + UUID.randomUUID()),
                    t.bool("opens"), t.bool("links"), t.string("label").orElse(null),
                    t.string("custom_domain").orElse(null)));
        }
        Optional<String> parentId = in.string("in_reply_to");
        if (parentId.isPresent()) {
            FakeEmail parent = server.state().emails().email(parentId.get()).orElseThrow(() ->
                    AdminError.notFound(in.name("in_reply_to"), "No e-mail " + parentId.get()));
            email.threadId(parent.threadId()).inReplyTo(new FakeEmail.Parent(parent.id(), parent.messageId()));
        }
        in.done();
        return email.build();
    }

    /** An address: {@code "bob@example.com"} or {@code {"address": ..., "name": ...}}. */
    private static Optional<FakeEmail.Address> address(AdminInput in, String field) {
        if (!in.has(field)) {
            in.raw(field);
            return Optional.empty();
        }
        JsonNode raw = in.raw(field).orElseThrow();
        if (raw.isTextual()) {
            return Optional.of(FakeEmail.Address.of(in.string(field).orElseThrow()));
        }
        AdminInput object = in.object(field).orElseThrow();
        String address = object.requiredString("address");
        return Optional.of(new FakeEmail.Address(address, object.string("name").orElse(null)));
    }

    private AccountType accountType(AdminInput in) {
        String given = in.requiredString("type");
        AccountType type = AccountType.of(given.toUpperCase(Locale.ROOT));
        if (!type.isKnown()) {
            throw AdminError.invalid(in.name("type"), "unknown account type " + given + "; one of "
                    + known(AccountType.class));
        }
        return type;
    }

    private static String known(Class<?> stringEnum) {
        List<String> names = new ArrayList<>();
        for (Field field : stringEnum.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == stringEnum) {
                names.add(field.getName());
            }
        }
        return String.join(", ", names);
    }

    // --- lookups that name the field of an unknown id ---

    private FakeAccount account(AdminInput in, String field) {
        String id = in.requiredString(field);
        return server.state().account(id).orElseThrow(() -> AdminError.notFound(in.name(field), "No account " + id));
    }

    private FakeChat chat(AdminInput in, String field) {
        String id = in.requiredString(field);
        return server.state().chat(id).orElseThrow(() -> AdminError.notFound(in.name(field), "No chat " + id));
    }

    private String message(AdminInput in, String field) {
        String id = in.requiredString(field);
        return server.state().message(id).orElseThrow(() -> AdminError.notFound(in.name(field), "No message " + id))
                .id();
    }

    private String email(AdminInput in, String field) {
        String id = in.requiredString(field);
        return server.state().emails().email(id).orElseThrow(() ->
                AdminError.notFound(in.name(field), "No e-mail " + id)).id();
    }

    // --- journal and webhook deliveries ---

    private Answer journal(AdminInput in, Query query) {
        Optional<Route> route = query.string("route").map(r -> OperationNames.parse(r, "route"));
        long since = query.integer("since", 0, Integer.MAX_VALUE).orElse(0);
        int limit = query.integer("limit", 1, 100_000).orElse(1000);
        query.done();
        List<RecordedRequest> matching = server.journal().matching(r -> r.sequence() > since
                && (route.isEmpty() || r.route().filter(route.get()::equals).isPresent()));
        List<RecordedRequest> kept = matching.subList(Math.max(0, matching.size() - limit), matching.size());
        return Answer.ok(AdminJson.obj("count", kept.size(),
                "requests", kept.stream().map(AdminJson::request).toList()));
    }

    private Answer deliveries(AdminInput in, Query query) throws InterruptedException {
        Optional<Integer> settled = query.integer("settled", 1, 10_000);
        long timeout = query.integer("timeout_ms", 0, (int) MAX_WAIT_MILLIS).orElse(10_000);
        query.done();
        boolean timedOut = false;
        if (settled.isPresent()) {
            try {
                server.webhookDeliveries().awaitSettled(settled.get(), Duration.ofMillis(timeout));
            } catch (AssertionError e) {
                timedOut = true;
            }
        }
        List<WebhookDelivery> all = server.webhookDeliveries().all();
        return Answer.ok(AdminJson.obj("count", all.size(), "settled", all.stream().filter(WebhookDelivery::settled)
                .count(), "timed_out", timedOut, "deliveries", all.stream().map(AdminJson::delivery).toList()));
    }

    // --- HTTP ---

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Answer answer;
            try {
                answer = serve(exchange);
            } catch (AdminError e) {
                answer = error(e);
            } catch (IllegalArgumentException e) {
                answer = error(new AdminError(400, "rejected", null, e.getMessage()));
            } catch (IllegalStateException e) {
                answer = error(new AdminError(409, "conflict", null, e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = error(new AdminError(503, "interrupted", null, "The server is stopping"));
            } catch (RuntimeException e) {
                answer = error(new AdminError(500, "admin_failed", null, "The fake failed: " + e));
            }
            send(exchange, answer);
        } finally {
            exchange.close();
        }
    }

    private Answer serve(HttpExchange exchange) throws IOException, InterruptedException {
        String given = exchange.getRequestHeaders().getFirst(HEADER);
        if (given == null) {
            throw new AdminError(401, "unauthorized", null, "The admin API needs its own key in the " + HEADER
                    + " header (the Unipile API key does not open it)");
        }
        if (!MessageDigest.isEqual(keyDigest, digest(given))) {
            throw new AdminError(401, "unauthorized", null, "The " + HEADER + " header does not hold the admin key");
        }
        String path = exchange.getRequestURI().getPath();
        if (path.length() > PREFIX.length() && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Map<String, Operation> byMethod = operations.get(path);
        if (byMethod == null) {
            throw new AdminError(404, "no_such_operation", null, "No admin operation at " + path
                    + "; GET " + PREFIX + " lists them");
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Operation operation = byMethod.get(method);
        if (operation == null) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", byMethod.keySet()));
            throw new AdminError(405, "method_not_allowed", null, method + " is not allowed on " + path
                    + "; allowed: " + String.join(", ", byMethod.keySet()));
        }
        AdminInput body = AdminInput.parse(readBody(exchange.getRequestBody()));
        Query query = new Query(exchange.getRequestURI().getRawQuery());
        if (method.equals("GET") || method.equals("DELETE")) {
            body.done();
        } else {
            query.done();
        }
        return operation.handle(body, query);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new AdminError(413, "too_large", "body", "An admin request body holds at most " + MAX_BODY_BYTES
                    + " bytes");
        }
        return body;
    }

    private static Answer error(AdminError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", e.status());
        body.put("error", e.error());
        body.put("field", e.field());
        body.put("message", e.getMessage());
        return new Answer(e.status(), body);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes;
        try {
            bytes = AdminInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer.body());
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query of a GET, read as strictly as a body: each parameter once, unknown ones refused. */
    static final class Query {
        private final Map<String, String> params = new TreeMap<>();
        private final Set<String> read = new HashSet<>();

        Query(String rawQuery) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return;
            }
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (params.put(name, value) != null) {
                    throw AdminError.invalid(name, "give the query parameter once");
                }
            }
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new AdminError(400, "invalid_field", "query", "Malformed query: " + e.getMessage());
            }
        }

        Optional<String> string(String name) {
            read.add(name);
            String value = params.get(name);
            if (value != null && value.isEmpty()) {
                throw AdminError.invalid(name, "must not be empty");
            }
            return Optional.ofNullable(value);
        }

        Optional<Integer> integer(String name, int min, int max) {
            return string(name).map(value -> {
                try {
                    int n = Integer.parseInt(value);
                    if (n >= min && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw AdminError.invalid(name, "must be a whole number from " + min + " to " + max);
            });
        }

        void done() {
            for (String name : params.keySet()) {
                if (!read.contains(name)) {
                    throw new AdminError(400, "unknown_field", name, "Unknown query parameter " + name);
                }
            }
        }
    }
}
