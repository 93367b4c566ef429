package io.unipile.testkit.emails;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FormFile;
import io.unipile.testkit.Route;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Emails group: {@code /api/v1/emails}, {@code /api/v1/folders}, {@code /api/v1/drafts}, over the mailboxes of
 * {@link EmailStore}. Sending files the e-mail in the sender's sent folder, read, and delivers a copy, unread, to the
 * inbox of every recipient that is another mail account of the fake; {@code email} webhooks hear {@code mail_sent}
 * and {@code mail_received}. Moving (and deleting, which moves to the trash; a second delete erases) fires
 * {@code mail_moved}. E-mails are named by their Unipile id, or by their provider id with {@code account_id}.
 */
public final class EmailRoutes implements ResourceGroup {
    /** {@code GET /api/v1/emails}: an account's e-mails, newest first, filtered. */
    public static final Route LIST_EMAILS = Route.get("/api/v1/emails", "message_id", "thread_id", "meta_only",
            "include_headers", "cursor", "before", "after", "limit", "any_email", "to", "from", "folder", "account_id");
    /** {@code POST /api/v1/emails} (multipart): sends an e-mail. */
    public static final Route SEND_EMAIL = Route.post("/api/v1/emails");
    /** {@code GET /api/v1/emails/{email_id}}. */
    public static final Route GET_EMAIL = Route.get("/api/v1/emails/{email_id}", "account_id", "include_headers");
    /** {@code DELETE /api/v1/emails/{email_id}}: moves it to the trash. */
    public static final Route DELETE_EMAIL = Route.delete("/api/v1/emails/{email_id}", "account_id");
    /** {@code PUT /api/v1/emails/{email_id}} (JSON): marks it read or unread, moves it. */
    public static final Route UPDATE_EMAIL = Route.put("/api/v1/emails/{email_id}", "account_id");
    /** {@code GET /api/v1/emails/{email_id}/attachments/{attachment_id}}: the file's bytes. */
    public static final Route GET_EMAIL_ATTACHMENT = Route.get(
            "/api/v1/emails/{email_id}/attachments/{attachment_id}", "account_id");
    /** {@code GET /api/v1/folders}. */
    public static final Route LIST_FOLDERS = Route.get("/api/v1/folders", "account_id");
    /** {@code GET /api/v1/folders/{folder_id}}. */
    public static final Route GET_FOLDER = Route.get("/api/v1/folders/{folder_id}", "account_id");
    /** {@code POST /api/v1/drafts} (JSON): saves a draft. */
    public static final Route CREATE_DRAFT = Route.post("/api/v1/drafts");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> WRITE_FIELDS = Set.of("account_id", "from", "to", "cc", "bcc", "subject", "body",
            "reply_to", "custom_headers", "tracking_options");
    private static final Set<String> DRAFT_FIELDS;
    private static final Set<String> OTHER_HEADERS = Set.of("unscribe-list", "list-unsubscribe", "reply-to",
            "content-type");

    static {
        Set<String> draft = new LinkedHashSet<>(WRITE_FIELDS);
        draft.add("attachments");
        DRAFT_FIELDS = Set.copyOf(draft);
    }

    private final SharedState shared;
    private final EmailStore store;

    /** The group over this state. */
    public EmailRoutes(SharedState state) {
        this.shared = state;
        this.store = EmailStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_EMAILS, this::list),
                Endpoint.multipart(SEND_EMAIL, this::send),
                Endpoint.of(GET_EMAIL, this::get),
                Endpoint.of(DELETE_EMAIL, this::delete),
                Endpoint.json(UPDATE_EMAIL, this::update),
                Endpoint.of(GET_EMAIL_ATTACHMENT, this::attachment),
                Endpoint.of(LIST_FOLDERS, this::folders),
                Endpoint.of(GET_FOLDER, this::folder),
                Endpoint.json(CREATE_DRAFT, this::draft));
    }

    private Reply list(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        boolean metaOnly = Boolean.TRUE.equals(request.booleanParam("meta_only"));
        boolean headers = Boolean.TRUE.equals(request.booleanParam("include_headers"));
        if (metaOnly && headers) {
            throw ApiException.invalidParameters("include_headers needs meta_only to be false");
        }
        Predicate<Instant> window = request.timeWindow();
        String messageId = request.queryParam("message_id");
        String threadId = request.queryParam("thread_id");
        String folder = request.queryParam("folder");
        String from = lower(request.queryParam("from"));
        String to = lower(request.queryParam("to"));
        Set<String> any = new LinkedHashSet<>();
        String anyEmail = request.queryParam("any_email");
        if (anyEmail != null) {
            for (String a : anyEmail.split(",", -1)) {
                if (a.isBlank()) {
                    throw ApiException.invalidParameters("any_email must be addresses separated by commas");
                }
                any.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        synchronized (shared.lock()) {
            FakeAccount account = store.mailAccount(accountId);
            List<FakeFolder> folders = store.folders(account);
            Predicate<FakeEmail> filter = e -> window.test(e.date())
                    && (messageId == null || e.messageId().equals(messageId))
                    && (threadId == null || e.threadId().equals(threadId))
                    && (folder == null || e.inFolder(folder))
                    && (from == null || e.from().identifier().equalsIgnoreCase(from))
                    && (to == null || recipients(e).contains(to))
                    && (any.isEmpty() || e.addresses().stream().anyMatch(a -> any.contains(a.toLowerCase(Locale.ROOT))));
            String kind = metaOnly ? EmailJson.META : EmailJson.FULL;
            return Reply.page("EmailList", "emails", store.entries(account.id()), filter, request,
                    e -> EmailJson.email(e, account, folders, kind, headers));
        }
    }

    private Reply get(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        boolean headers = Boolean.TRUE.equals(request.booleanParam("include_headers"));
        synchronized (shared.lock()) {
            if (accountId != null) {
                store.mailAccount(accountId);
            }
            FakeEmail email = store.find(request.pathParam("email_id"), accountId);
            FakeAccount account = store.mailAccount(email.accountId());
            return Reply.json(200, EmailJson.email(email, account, store.folders(account), EmailJson.FULL, headers));
        }
    }

    private Reply attachment(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeEmail email = email(request);
            String attachmentId = request.pathParam("attachment_id");
            FakeEmail.Attachment file = email.attachments().stream().filter(a -> a.id().equals(attachmentId))
                    .findFirst().orElseThrow(() -> ApiException.notFound("Attachment " + attachmentId
                            + " not found in email " + email.id()));
            return Reply.bytes(file.contentType(), file.content());
        }
    }

    private Reply update(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("unread", "folders"));
        Boolean unread = JsonFields.optionalBoolean(body, "unread");
        JsonNode folders = body.get("folders");
        if (folders != null && (!folders.isArray() || folders.isEmpty())) {
            throw ApiException.invalidParameters("folders must be a non-empty array of folder ids");
        }
        synchronized (shared.lock()) {
            FakeEmail email = email(request);
            FakeAccount account = store.mailAccount(email.accountId());
            FakeEmail changed = email;
            if (unread != null) {
                changed = changed.withReadDate(unread ? null
                        : email.readDate() != null ? email.readDate() : WireJson.now());
            }
            List<WebhookNotice> notices = new ArrayList<>();
            if (folders != null) {
                List<String> target = new ArrayList<>();
                for (JsonNode f : folders) {
                    String id = JsonFields.text(f, "folders");
                    FakeFolder found = store.folder(account, id).orElseThrow(() ->
                            ApiException.invalidParameters("No folder " + id + " in account " + account.id()));
                    if (!target.contains(found.providerId())) {
                        target.add(found.providerId());
                    }
                }
                if (!target.equals(email.folders())) {
                    changed = changed.withFolders(target);
                    notices.add(store.notice(WebhookEventType.MAIL_MOVED, changed));
                }
            }
            store.put(changed);
            return Reply.write(200, WireJson.object("EmailUpdated"), notices);
        }
    }

    private Reply delete(IncomingRequest request) {
        synchronized (shared.lock()) {
            FakeEmail email = email(request);
            FakeAccount account = store.mailAccount(email.accountId());
            FakeFolder trash = store.folderOfRole(account, "trash");
            if (email.inFolder(trash.providerId())) {
                store.remove(email.id());
                return Reply.write(200, WireJson.object("EmailDeleted"), List.of());
            }
            FakeEmail moved = store.put(email.withFolders(List.of(trash.providerId())));
            return Reply.write(200, WireJson.object("EmailDeleted"),
                    List.of(store.notice(WebhookEventType.MAIL_MOVED, moved)));
        }
    }

    private Reply folders(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        synchronized (shared.lock()) {
            List<FakeAccount> accounts = accountId == null ? store.mailAccounts()
                    : List.of(store.mailAccount(accountId));
            ObjectNode json = WireJson.object("FolderList");
            ArrayNode items = json.putArray("items");
            for (FakeAccount account : accounts) {
                store.folders(account).forEach(f -> items.add(EmailJson.folder(f, store.count(f))));
            }
            return Reply.json(200, json);
        }
    }

    private Reply folder(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        String folderId = request.pathParam("folder_id");
        synchronized (shared.lock()) {
            FakeFolder folder = accountId != null ? store.folder(store.mailAccount(accountId), folderId).orElse(null)
                    : store.folderById(folderId).orElse(null);
            if (folder == null) {
                throw ApiException.notFound("Folder " + folderId + " not found");
            }
            return Reply.json(200, EmailJson.folder(folder, store.count(folder)));
        }
    }

    private Reply send(IncomingRequest request) {
        Map<String, List<String>> fields = request.formFields();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (!WRITE_FIELDS.contains(field.getKey())) {
                throw ApiException.invalidParameters("Unknown field " + field.getKey());
            }
            if (field.getValue().size() > 1) {
                throw ApiException.invalidParameters(field.getKey() + " must be sent once, as one JSON value");
            }
        }
        for (FormFile file : request.files()) {
            if (!file.fieldName().equals("attachments")) {
                throw ApiException.invalidParameters("Unknown file field " + file.fieldName());
            }
        }
        ObjectNode body = WireJson.NODES.objectNode();
        for (String name : fields.keySet()) {
            String value = request.formField(name);
            boolean json = !Set.of("account_id", "subject", "body", "reply_to").contains(name);
            body.set(name, json ? parse(name, value) : WireJson.NODES.textNode(value));
        }
        List<FakeEmail.Attachment> files = new ArrayList<>();
        for (FormFile f : request.files()) {
            files.add(FakeEmail.Attachment.of(f.fileName() == null ? "attachment" : f.fileName(),
                    f.contentType() == null ? "application/octet-stream" : f.contentType(), f.content()));
        }
        return compose(body, files, false);
    }

    private Reply draft(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), DRAFT_FIELDS);
        if (body.has("attachments")) {
            throw ApiException.invalidParameters("attachments cannot travel in a JSON body");
        }
        return compose(body, List.of(), true);
    }

    /** Sends an e-mail, or saves a draft, from a body with the fields of both. */
    private Reply compose(JsonNode body, List<FakeEmail.Attachment> files, boolean draft) {
        String accountId = JsonFields.requiredText(body, "account_id");
        String html = JsonFields.requiredText(body, "body");
        String subject = JsonFields.optionalText(body, "subject");
        String replyTo = JsonFields.optionalText(body, "reply_to");
        if (!body.has("to")) {
            throw ApiException.missingParameters("to is required");
        }
        List<FakeEmail.Address> to = addresses(body.get("to"), "to");
        if (to.isEmpty()) {
            throw ApiException.invalidParameters("to must name at least one recipient");
        }
        List<FakeEmail.Address> cc = body.has("cc") ? addresses(body.get("cc"), "cc") : List.of();
        List<FakeEmail.Address> bcc = body.has("bcc") ? addresses(body.get("bcc"), "bcc") : List.of();
        List<FakeEmail.Header> headers = headers(body.get("custom_headers"));
        JsonNode tracking = body.get("tracking_options");
        if (tracking != null) {
            JsonFields.object(tracking.toString(), Set.of("opens", "links", "label", "custom_domain"));
        }
        synchronized (shared.lock()) {
            FakeAccount account = store.mailAccount(accountId);
            FakeEmail.Address own = new FakeEmail.Address(EmailStore.address(account), account.name());
            FakeEmail.Address from = own;
            if (body.has("from")) {
                JsonNode f = body.get("from");
                JsonFields.object(f.toString(), Set.of("display_name", "identifier"));
                String identifier = JsonFields.optionalText(f, "identifier");
                from = new FakeEmail.Address(identifier == null ? own.identifier() : identifier,
                        JsonFields.optionalText(f, "display_name"));
            }
            FakeEmail parent = replyTo == null ? null : store.find(replyTo, account.id());
            String providerId = Ids.random(20);
            String domain = from.identifier().substring(from.identifier().indexOf('@') + 1);
            FakeEmail.Tracking track = tracking == null ? null : new FakeEmail.Tracking("trk_" + Ids.random(16),
                    Boolean.TRUE.equals(JsonFields.optionalBoolean(tracking, "opens")),
                    Boolean.TRUE.equals(JsonFields.optionalBoolean(tracking, "links")),
                    JsonFields.optionalText(tracking, "label"), JsonFields.optionalText(tracking, "custom_domain"));
            String role = draft ? "drafts" : "sent";
            FakeEmail.Builder b = FakeEmail.builder(account.id()).providerId(providerId)
                    .messageId("<" + providerId + "@" + domain + ">").date(WireJson.now()).from(from)
                    .folder(store.folderOfRole(account, role).providerId())
                    .subject(subject != null ? subject : parent != null ? "Re: " + parent.subject() : "").body(html)
                    .read(WireJson.now()).origin("unipile").tracking(track);
            to.forEach(b::to);
            cc.forEach(a -> b.cc(a.identifier()));
            bcc.forEach(a -> b.bcc(a.identifier()));
            headers.forEach(h -> b.header(h.name(), h.value()));
            files.forEach(b::attachment);
            if (parent != null) {
                b.threadId(parent.threadId()).inReplyTo(new FakeEmail.Parent(parent.id(), parent.messageId()));
            }
            FakeEmail sent = store.put(b.build());
            if (draft) {
                return Reply.write(200, WireJson.object("DraftCreated").put("draft_id", sent.id()), List.of());
            }
            List<WebhookNotice> notices = new ArrayList<>();
            notices.add(store.notice(WebhookEventType.MAIL_SENT, sent));
            notices.addAll(deliver(sent, to, cc, bcc));
            ObjectNode reply = WireJson.object("EmailSent")
                    .put("tracking_id", track != null ? track.trackingId() : "trk_" + Ids.random(16))
                    .put("id", sent.id()).put("provider_id", sent.providerId());
            return Reply.write(201, reply, notices);
        }
    }

    /** A copy, unread, in the inbox of every recipient the fake holds a mailbox for; Bcc recipients stay hidden. */
    private List<WebhookNotice> deliver(FakeEmail sent, List<FakeEmail.Address> to, List<FakeEmail.Address> cc,
                                        List<FakeEmail.Address> bcc) {
        Set<String> done = new LinkedHashSet<>();
        List<WebhookNotice> notices = new ArrayList<>();
        List<FakeEmail.Address> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        for (FakeEmail.Address address : all) {
            FakeAccount recipient = store.accountOf(address.identifier()).orElse(null);
            if (recipient == null || !done.add(recipient.id())) {
                continue;
            }
            FakeEmail parent = sent.inReplyTo() == null ? null : store.entries(recipient.id()).stream()
                    .map(Paging.Entry::item).filter(e -> e.messageId().equals(sent.inReplyTo().messageId()))
                    .findFirst().orElse(null);
            FakeEmail.Builder b = FakeEmail.builder(recipient.id()).messageId(sent.messageId()).date(sent.date())
                    .folder(store.folderOfRole(recipient, "inbox").providerId()).from(sent.from())
                    .subject(sent.subject()).body(sent.body()).origin("external");
            sent.to().forEach(b::to);
            sent.cc().forEach(a -> b.cc(a.identifier()));
            sent.headers().forEach(h -> b.header(h.name(), h.value()));
            sent.attachments().forEach(a -> b.attachment(FakeEmail.Attachment.of(a.name(), a.contentType(),
                    a.content())));
            if (parent != null) {
                b.threadId(parent.threadId()).inReplyTo(new FakeEmail.Parent(parent.id(), parent.messageId()));
            }
            notices.add(store.receive(b.build()));
        }
        return notices;
    }

    /** The e-mail of the path, by id or by provider id with {@code account_id}. */
    private FakeEmail email(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId != null) {
            store.mailAccount(accountId);
        }
        return store.find(request.pathParam("email_id"), accountId);
    }

    private static Set<String> recipients(FakeEmail e) {
        Set<String> all = new LinkedHashSet<>();
        for (List<FakeEmail.Address> list : List.of(e.to(), e.cc(), e.bcc())) {
            list.forEach(a -> all.add(a.identifier().toLowerCase(Locale.ROOT)));
        }
        return all;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String field, String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidParameters(field + " must be JSON, as in " + field
                    + "=[{\"identifier\":\"bob@example.com\"}]");
        }
    }

    private static List<FakeEmail.Address> addresses(JsonNode value, String field) {
        if (value == null || !value.isArray()) {
            throw ApiException.invalidParameters(field + " must be an array of {display_name, identifier}");
        }
        List<FakeEmail.Address> list = new ArrayList<>();
        for (JsonNode a : value) {
            if (!a.isObject()) {
                throw ApiException.invalidParameters(field + " must be an array of {display_name, identifier}");
            }
            JsonFields.object(a.toString(), Set.of("display_name", "identifier"));
            String identifier = JsonFields.requiredText(a, "identifier");
            if (!identifier.matches("[^@\\s]+@[^@\\s]+")) {
                throw new ApiException(400, "invalid_parameters", field + ": " + identifier
                        + " is not an e-mail address");
            }
            list.add(new FakeEmail.Address(identifier, JsonFields.optionalText(a, "display_name")));
        }
        return list;
    }

    private static List<FakeEmail.Header> headers(JsonNode value) {
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ApiException.invalidParameters("custom_headers must be an array of {name, value}");
        }
        List<FakeEmail.Header> list = new ArrayList<>();
        for (JsonNode h : value) {
            JsonFields.object(h.toString(), Set.of("name", "value"));
            String name = JsonFields.requiredText(h, "name");
            String v = JsonFields.requiredText(h, "value");
            if (!name.matches("[xX]-.+") && !OTHER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidParameters("custom_headers: " + name
                        + " must start with X- or be Unscribe-List, Reply-To or Content-Type");
            }
            if (name.contains("\n") || name.contains("\r") || v.contains("\n") || v.contains("\r")) {
                throw ApiException.invalidParameters("custom_headers must not contain line breaks");
            }
            list.add(new FakeEmail.Header(name, v));
        }
        return list;
    }
}
