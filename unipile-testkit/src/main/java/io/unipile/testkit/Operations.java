package io.unipile.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Unipile's behaviour for the five seed operations: validation, state changes and replies. */
final class Operations {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 250;
    private static final String CURSOR_PREFIX = "accounts-after:";
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

    /** A successful reply and whether the state changed. */
    record Reply(int status, ObjectNode body, boolean applied) {
    }

    private final FakeUnipileState state;
    private final WireFormat wire;

    Operations(FakeUnipileState state, WireFormat wire) {
        this.state = state;
        this.wire = wire;
    }

    /** Handles a request that matched a route and passed authentication. */
    Reply handle(IncomingRequest request) {
        if (request.bodyError() != null) {
            throw request.bodyError();
        }
        switch (request.route()) {
            case LIST_ACCOUNTS:
                return listAccounts(request);
            case GET_ACCOUNT:
                return getAccount(request);
            case START_CHAT:
                return startChat(request);
            case GET_CHAT:
                return getChat(request);
            case SEND_MESSAGE:
                return sendMessage(request);
            default:
                throw new IllegalStateException("Unhandled route " + request.route());
        }
    }

    private Reply listAccounts(IncomingRequest request) {
        String limitParam = request.queryParam("limit");
        int limit = DEFAULT_LIMIT;
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam);
            } catch (NumberFormatException e) {
                throw ApiException.invalidParameters("limit must be an integer from 1 to " + MAX_LIMIT);
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ApiException.invalidParameters("limit must be an integer from 1 to " + MAX_LIMIT);
            }
        }
        String cursor = request.queryParam("cursor");
        FakeUnipileState.AccountPage page = state.accountPage(cursor == null ? null : decodeCursor(cursor), limit);
        String next = page.hasMore() ? encodeCursor(page.items().get(page.items().size() - 1).id()) : null;
        return new Reply(200, wire.accountList(page.items(), next), false);
    }

    static String encodeCursor(String lastId) {
        return Base64.getEncoder().encodeToString((CURSOR_PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameters("The cursor is not valid");
        }
        if (!decoded.startsWith(CURSOR_PREFIX)) {
            throw ApiException.invalidParameters("The cursor is not valid");
        }
        return decoded.substring(CURSOR_PREFIX.length());
    }

    private Reply getAccount(IncomingRequest request) {
        String id = request.pathParams().get("id");
        FakeAccount account = state.account(id)
                .orElseThrow(() -> ApiException.notFound("Account " + id + " not found"));
        return new Reply(200, wire.account(account), false);
    }

    private Reply getChat(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        FakeUnipileState.ChatView view = state.chatView(request.pathParams().get("chat_id"), accountId);
        return new Reply(200, wire.chat(view), false);
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
        return new Reply(201, wire.chatStarted(started.chat().id(), messageId), true);
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
        return new Reply(201, wire.messageSent(message.id()), true);
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
