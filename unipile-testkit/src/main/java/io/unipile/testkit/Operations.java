package io.unipile.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.WebhookEventType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unipile's behaviour for every route: validation, state changes and replies. Accounts and the two
 * multipart writes are here; {@link MessagingReads} and {@link WebhookOperations} answer the rest.
 */
final class Operations {
    private static final String LINKEDIN = "linkedin";
    private static final Set<String> START_CHAT_FIELDS = Set.of("account_id", "attendees_ids", "text", "subject");
    private static final Set<String> START_CHAT_FILES =
            Set.of("attachments", "voice_message", "video_message", "linkedin[follow_up][attachments]");
    private static final Set<String> SEND_MESSAGE_FIELDS = Set.of("text", "account_id", "thread_id", "quote_id");
    private static final Set<String> SEND_MESSAGE_FILES = Set.of("attachments", "voice_message", "video_message");
    private static final Set<String> CLASSIC_ONLY = Set.of("inmail", "topic", "applicant_id", "invitation_id");
    private static final Set<String> RECRUITER_ONLY =
            Set.of("signature", "hiring_project_id", "job_posting_id", "email_address", "visibility");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("follow_up][subject", "follow_up][text",
            "follow_up][scheduled_time][days", "follow_up][scheduled_time][weeks",
            "follow_up][scheduled_time][timezone");
    private static final Set<String> TOPICS = Set.of("service_request", "request_demo", "support", "careers", "other");

    /**
     * A successful reply: a JSON body, or a stored file's bytes; whether the state changed; and what
     * webhooks are to be told once the reply is decided.
     */
    record Reply(int status, ObjectNode body, FakeAttachment file, boolean applied, List<WebhookNotice> notices) {
        /** A read's JSON reply. */
        static Reply json(int status, ObjectNode body) {
            return new Reply(status, body, null, false, List.of());
        }

        /** A write's JSON reply. */
        static Reply write(int status, ObjectNode body, List<WebhookNotice> notices) {
            return new Reply(status, body, null, true, List.copyOf(notices));
        }

        /** A stored file, sent as its bytes with its content type. */
        static Reply file(FakeAttachment file) {
            return new Reply(200, null, file, false, List.of());
        }
    }

    private final FakeUnipileState state;
    private final WireFormat wire;
    private final MessagingReads reads;
    private final WebhookOperations webhooks;

    Operations(FakeUnipileState state, WireFormat wire) {
        this.state = state;
        this.wire = wire;
        this.reads = new MessagingReads(state, wire);
        this.webhooks = new WebhookOperations(state, wire);
    }

    /** Handles a request that matched a route and passed authentication. */
    Reply handle(IncomingRequest request) {
        if (request.bodyError() != null) {
            throw request.bodyError();
        }
        for (String name : request.query().keySet()) {
            if (!request.route().queryParameters().contains(name)) {
                throw ApiException.invalidParameters("Unknown query parameter " + name + "; "
                        + request.route().template() + " takes " + (request.route().queryParameters().isEmpty()
                        ? "none" : new TreeSet<>(request.route().queryParameters())));
            }
        }
        switch (request.route()) {
            case LIST_ACCOUNTS:
                return Reply.json(200, wire.list("AccountList",
                        Paging.page("accounts", state.accountEntries(), a -> true, request), wire::account));
            case GET_ACCOUNT:
                return getAccount(request);
            case DELETE_ACCOUNT:
                return deleteAccount(request);
            case LIST_CHATS:
                return reads.listChats(request);
            case START_CHAT:
                return startChat(request);
            case GET_CHAT:
                return getChat(request);
            case LIST_CHAT_MESSAGES:
                return reads.listChatMessages(request);
            case SEND_MESSAGE:
                return sendMessage(request);
            case LIST_CHAT_ATTENDEES:
                return reads.listChatAttendees(request);
            case LIST_MESSAGES:
                return reads.listMessages(request);
            case GET_MESSAGE:
                return reads.getMessage(request);
            case GET_ATTACHMENT:
                return reads.getAttachment(request);
            case LIST_ATTENDEES:
                return reads.listAttendees(request);
            case GET_ATTENDEE:
                return reads.getAttendee(request);
            case LIST_WEBHOOKS:
                return webhooks.list(request);
            case CREATE_WEBHOOK:
                return webhooks.create(request);
            case DELETE_WEBHOOK:
                return webhooks.delete(request);
            default:
                throw new IllegalStateException("Unhandled route " + request.route());
        }
    }

    private Reply getAccount(IncomingRequest request) {
        String id = request.pathParams().get("id");
        FakeAccount account = state.account(id)
                .orElseThrow(() -> ApiException.notFound("Account " + id + " not found"));
        return Reply.json(200, wire.account(account));
    }

    /** Removes the account with its chats, messages and attendees; account-status webhooks hear DELETED. */
    private Reply deleteAccount(IncomingRequest request) {
        String id = request.pathParams().get("id");
        FakeAccount account = state.deleteAccount(id)
                .orElseThrow(() -> ApiException.notFound("Account " + id + " not found"));
        return Reply.write(200, wire.object("AccountDeleted"), List.of(
                new WebhookNotice.AccountStatus(account.id(), account.type(), AccountStatusMessage.DELETED)));
    }

    private Reply getChat(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        FakeUnipileState.ChatView view = state.chatView(request.pathParams().get("chat_id"), accountId);
        return Reply.json(200, wire.chat(view, true));
    }

    private Reply startChat(IncomingRequest request) {
        requireKnownFields(request, START_CHAT_FIELDS, START_CHAT_FILES, true);
        String accountId = request.formField("account_id");
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        List<String> attendees = request.formFields().getOrDefault("attendees_ids", List.of());
        if (attendees.isEmpty()) {
            throw ApiException.missingParameters("attendees_ids is required: one field per attendee provider id");
        }
        if (attendees.stream().anyMatch(String::isEmpty)) {
            throw ApiException.invalidParameters("attendees_ids must not hold empty values");
        }
        String subject = request.formField("subject");
        LinkedinOptions linkedin = linkedinOptions(request);
        FakeUnipileState.MessageContent content = messageContent(request, null, null);
        FakeUnipileState.StartedChat started =
                state.startChat(accountId, List.copyOf(attendees), subject, linkedin, content, now());
        String messageId = started.message() == null ? null : started.message().id();
        return Reply.write(201, wire.chatStarted(started.chat().id(), messageId), sentNotice(started.message()));
    }

    private Reply sendMessage(IncomingRequest request) {
        requireKnownFields(request, SEND_MESSAGE_FIELDS, SEND_MESSAGE_FILES, false);
        FakeUnipileState.MessageContent content =
                messageContent(request, request.formField("quote_id"), request.formField("thread_id"));
        if (content.isEmpty()) {
            throw ApiException.missingParameters("A message needs text or a file");
        }
        FakeMessage message = state.sendMessage(request.pathParams().get("chat_id"),
                request.formField("account_id"), content, now());
        return Reply.write(201, wire.messageSent(message.id()), sentNotice(message));
    }

    /** Messages the account sends reach messaging webhooks too, as {@code message_received}. */
    private List<WebhookNotice> sentNotice(FakeMessage message) {
        List<WebhookNotice> notices = new ArrayList<>();
        if (message != null) {
            state.notice(WebhookEventType.MESSAGE_RECEIVED, message.id(), message.timestamp()).ifPresent(notices::add);
        }
        return notices;
    }

    private static FakeUnipileState.MessageContent messageContent(IncomingRequest request, String quoteId,
                                                                  String threadId) {
        List<FakeAttachment> attachments = request.files("attachments").stream()
                .map(Operations::attachment).toList();
        FormFile voice = request.singleFile("voice_message");
        FormFile video = request.singleFile("video_message");
        FakeAttachment voiceMessage = voice == null ? null : new FakeAttachment(Ids.unipileId(),
                FakeAttachment.Type.AUDIO, voice.fileName(), voice.contentType(), voice.content(), 0, 0, true);
        FakeAttachment videoMessage = video == null ? null : new FakeAttachment(Ids.unipileId(),
                FakeAttachment.Type.VIDEO, video.fileName(), video.contentType(), video.content(), 0, 0, false);
        return new FakeUnipileState.MessageContent(request.formField("text"), quoteId, threadId, attachments,
                voiceMessage, videoMessage);
    }

    private static FakeAttachment attachment(FormFile file) {
        return FakeAttachment.of(file.fileName(), file.contentType(), file.content());
    }

    /** Refuses unknown names, text sent as a file and files sent as text: typos fail loudly. */
    private static void requireKnownFields(IncomingRequest request, Set<String> fields, Set<String> files,
                                           boolean linkedinAllowed) {
        for (String name : request.formFields().keySet()) {
            boolean linkedin = linkedinAllowed && name.startsWith(LINKEDIN + "[");
            if (!fields.contains(name) && !linkedin) {
                throw ApiException.invalidParameters(files.contains(name)
                        ? name + " must be sent as a file part" : "Unknown field " + name);
            }
        }
        for (FormFile file : request.files()) {
            if (!files.contains(file.fieldName())) {
                throw ApiException.invalidParameters(fields.contains(file.fieldName())
                        ? file.fieldName() + " must be sent as a text field, not a file"
                        : "Unknown file field " + file.fieldName());
            }
        }
    }

    private static LinkedinOptions linkedinOptions(IncomingRequest request) {
        Map<String, String> options = new TreeMap<>();
        for (String name : request.formFields().keySet()) {
            if (name.startsWith(LINKEDIN + "[")) {
                if (!name.endsWith("]")) {
                    throw ApiException.invalidParameters("Malformed field name " + name);
                }
                options.put(name.substring(LINKEDIN.length() + 1, name.length() - 1), request.formField(name));
            }
        }
        List<FormFile> followUpFiles = request.files("linkedin[follow_up][attachments]");
        if (options.isEmpty() && followUpFiles.isEmpty()) {
            return null;
        }
        for (String key : options.keySet()) {
            if (!CLASSIC_ONLY.contains(key) && !RECRUITER_ONLY.contains(key) && !FOLLOW_UP_FIELDS.contains(key)
                    && !key.equals("api")) {
                throw ApiException.invalidParameters("Unknown field linkedin[" + key + "]");
            }
        }
        LinkedinOptions.Api api = options.containsKey("api") ? api(options.get("api")) : null;
        boolean recruiter = api == LinkedinOptions.Api.RECRUITER;
        boolean classic = api == null || api == LinkedinOptions.Api.CLASSIC;
        for (String key : options.keySet()) {
            boolean recruiterField = RECRUITER_ONLY.contains(key) || FOLLOW_UP_FIELDS.contains(key);
            if ((recruiterField && !recruiter) || (CLASSIC_ONLY.contains(key) && !classic)) {
                throw ApiException.invalidParameters("linkedin[" + key + "] does not apply to linkedin[api]="
                        + (api == null ? "classic" : api.wireName()));
            }
        }
        if (!followUpFiles.isEmpty() && !recruiter) {
            throw ApiException.invalidParameters("linkedin[follow_up] applies to linkedin[api]=recruiter only");
        }
        String topic = options.get("topic");
        if (topic != null && !TOPICS.contains(topic)) {
            throw ApiException.invalidParameters("linkedin[topic] must be one of " + TOPICS);
        }
        return new LinkedinOptions(api, bool(options.get("inmail")), topic, options.get("applicant_id"),
                options.get("invitation_id"), options.get("signature"), options.get("hiring_project_id"),
                options.get("job_posting_id"), options.get("email_address"), visibility(options.get("visibility")),
                followUp(options, followUpFiles));
    }

    private static LinkedinOptions.Api api(String value) {
        for (LinkedinOptions.Api api : LinkedinOptions.Api.values()) {
            if (api.wireName().equals(value)) {
                return api;
            }
        }
        throw ApiException.invalidParameters("linkedin[api] must be classic, recruiter or sales_navigator");
    }

    private static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidParameters("linkedin[inmail] must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static LinkedinOptions.Visibility visibility(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LinkedinOptions.Visibility.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameters("linkedin[visibility] must be PUBLIC, PRIVATE or PROJECT");
        }
    }

    private static LinkedinOptions.FollowUp followUp(Map<String, String> options, List<FormFile> files) {
        boolean any = !files.isEmpty() || options.keySet().stream().anyMatch(FOLLOW_UP_FIELDS::contains);
        if (!any) {
            return null;
        }
        String subject = options.get("follow_up][subject");
        String text = options.get("follow_up][text");
        String timezone = options.get("follow_up][scheduled_time][timezone");
        Integer days = integer(options, "days", 3, 28);
        Integer weeks = integer(options, "weeks", 1, 4);
        if (subject == null || text == null || timezone == null || (days == null && weeks == null)) {
            throw ApiException.missingParameters("linkedin[follow_up] needs subject, text, and scheduled_time "
                    + "with days or weeks and a timezone");
        }
        if (days != null && weeks != null) {
            throw ApiException.invalidParameters("linkedin[follow_up][scheduled_time] takes days or weeks, not both");
        }
        return new LinkedinOptions.FollowUp(subject, text, files.stream().map(Operations::attachment).toList(), days,
                weeks, timezone);
    }

    private static Integer integer(Map<String, String> options, String unit, int min, int max) {
        String value = options.get("follow_up][scheduled_time][" + unit);
        if (value == null) {
            return null;
        }
        String field = "linkedin[follow_up][scheduled_time][" + unit + "]";
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw ApiException.invalidParameters(field + " must be a whole number from " + min + " to " + max);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
