package io.unipile.testkit.chats;

import io.unipile.testkit.FakeAttachment;
import io.unipile.testkit.FormFile;
import io.unipile.testkit.FakeLinkedinOptions;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.messages.MessageContent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the multipart forms of {@code POST /chats} and {@code POST /chats/{chat_id}/messages} strictly: unknown
 * or misplaced fields and LinkedIn options that do not fit {@code linkedin[api]} are 400.
 */
final class ChatFormReader {
    private static final String LINKEDIN = "linkedin";
    static final Set<String> START_CHAT_FIELDS = Set.of("account_id", "attendees_ids", "text", "subject");
    static final Set<String> START_CHAT_FILES =
            Set.of("attachments", "voice_message", "video_message", "linkedin[follow_up][attachments]");
    static final Set<String> SEND_MESSAGE_FIELDS = Set.of("text", "account_id", "thread_id", "quote_id");
    static final Set<String> SEND_MESSAGE_FILES = Set.of("attachments", "voice_message", "video_message");
    private static final Set<String> CLASSIC_ONLY = Set.of("inmail", "topic", "applicant_id", "invitation_id");
    private static final Set<String> RECRUITER_ONLY =
            Set.of("signature", "hiring_project_id", "job_posting_id", "email_address", "visibility");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("follow_up][subject", "follow_up][text",
            "follow_up][scheduled_time][days", "follow_up][scheduled_time][weeks",
            "follow_up][scheduled_time][timezone");
    private static final Set<String> TOPICS = Set.of("service_request", "request_demo", "support", "careers", "other");

    private ChatFormReader() {
    }

    static MessageContent messageContent(IncomingRequest request, String quoteId,
                                                                  String threadId) {
        List<FakeAttachment> attachments = request.files("attachments").stream()
                .map(ChatFormReader::attachment).toList();
        FormFile voice = request.singleFile("voice_message");
        FormFile video = request.singleFile("video_message");
        FakeAttachment voiceMessage = voice == null ? null : new FakeAttachment(Ids.unipileId(),
                FakeAttachment.Type.AUDIO, voice.fileName(), voice.contentType(), voice.content(), 0, 0, true);
        FakeAttachment videoMessage = video == null ? null : new FakeAttachment(Ids.unipileId(),
                FakeAttachment.Type.VIDEO, video.fileName(), video.contentType(), video.content(), 0, 0, false);
        return new MessageContent(request.formField("text"), quoteId, threadId, attachments,
                voiceMessage, videoMessage);
    }

    private static FakeAttachment attachment(FormFile file) {
        return FakeAttachment.of(file.fileName(), file.contentType(), file.content());
    }

    /** Refuses unknown names, text sent as a file and files sent as text: typos fail loudly. */
    static void requireKnownFields(IncomingRequest request, Set<String> fields, Set<String> files,
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

    static FakeLinkedinOptions linkedinOptions(IncomingRequest request) {
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
        FakeLinkedinOptions.Api api = options.containsKey("api") ? api(options.get("api")) : null;
        boolean recruiter = api == FakeLinkedinOptions.Api.RECRUITER;
        boolean classic = api == null || api == FakeLinkedinOptions.Api.CLASSIC;
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
        return new FakeLinkedinOptions(api, bool(options.get("inmail")), topic, options.get("applicant_id"),
                options.get("invitation_id"), options.get("signature"), options.get("hiring_project_id"),
                options.get("job_posting_id"), options.get("email_address"), visibility(options.get("visibility")),
                followUp(options, followUpFiles));
    }

    private static FakeLinkedinOptions.Api api(String value) {
        for (FakeLinkedinOptions.Api api : FakeLinkedinOptions.Api.values()) {
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

    private static FakeLinkedinOptions.Visibility visibility(String value) {
        if (value == null) {
            return null;
        }
        try {
            return FakeLinkedinOptions.Visibility.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameters("linkedin[visibility] must be PUBLIC, PRIVATE or PROJECT");
        }
    }

    private static FakeLinkedinOptions.FollowUp followUp(Map<String, String> options, List<FormFile> files) {
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
        return new FakeLinkedinOptions.FollowUp(subject, text, files.stream().map(ChatFormReader::attachment).toList(),
                days, weeks, timezone);
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
}
