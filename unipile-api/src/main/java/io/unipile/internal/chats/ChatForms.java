package io.unipile.internal.chats;

import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.files.FileInput;
import io.unipile.internal.MultipartBody;
import io.unipile.messages.SendMessageRequest;

import java.util.List;

/**
 * The multipart encoding of the chat writes, as Unipile reads it: arrays repeat the field name
 * ({@code attendees_ids=a}, {@code attendees_ids=b}), nested options use brackets ({@code linkedin[inmail]=true}).
 */
final class ChatForms {
    private static final String FOLLOW_UP = "linkedin[follow_up]";

    /** Every field {@link #sendMessage} may write. */
    static final List<String> SEND_MESSAGE_FIELDS = List.of("text", "account_id", "thread_id", "quote_id",
            "attachments", "voice_message", "video_message");

    /** Every field {@link #startChat} may write. */
    static final List<String> START_CHAT_FIELDS = List.of("account_id", "attendees_ids", "text", "subject",
            "attachments", "voice_message", "video_message", "linkedin[api]", "linkedin[topic]",
            "linkedin[applicant_id]", "linkedin[invitation_id]", "linkedin[inmail]", "linkedin[signature]",
            "linkedin[hiring_project_id]", "linkedin[job_posting_id]", "linkedin[email_address]",
            "linkedin[visibility]", FOLLOW_UP + "[subject]", FOLLOW_UP + "[text]", FOLLOW_UP + "[attachments]",
            FOLLOW_UP + "[scheduled_time][days]", FOLLOW_UP + "[scheduled_time][weeks]",
            FOLLOW_UP + "[scheduled_time][timezone]");

    private ChatForms() {
    }

    /** The body of {@code POST /chats}. */
    static void startChat(StartChatRequest r, MultipartBody.Builder b) {
        b.field("account_id", r.accountId());
        for (String id : r.attendeesIds()) {
            b.field("attendees_ids", id);
        }
        b.field("text", r.text()).field("subject", r.subject());
        files(b, r.attachments(), r.voiceMessage(), r.videoMessage());
        if (r.linkedin() != null) {
            linkedin(b, r.linkedin());
        }
    }

    /** The body of {@code POST /chats/{chat_id}/messages}. */
    static void sendMessage(SendMessageRequest r, MultipartBody.Builder b) {
        b.field("text", r.text())
                .field("account_id", r.accountId())
                .field("thread_id", r.threadId())
                .field("quote_id", r.quoteId());
        files(b, r.attachments(), r.voiceMessage(), r.videoMessage());
    }

    private static void files(MultipartBody.Builder b, List<FileInput> attachments, FileInput voice,
                              FileInput video) {
        for (FileInput f : attachments) {
            b.file("attachments", f);
        }
        b.file("voice_message", voice).file("video_message", video);
    }

    private static void linkedin(MultipartBody.Builder b, LinkedInOptions options) {
        b.field("linkedin[api]", options.api());
        if (options instanceof LinkedInOptions.Classic c) {
            b.field("linkedin[topic]", c.topic() == null ? null : c.topic().value())
                    .field("linkedin[applicant_id]", c.applicantId())
                    .field("linkedin[invitation_id]", c.invitationId())
                    .field("linkedin[inmail]", c.inmail() == null ? null : c.inmail().toString());
        } else if (options instanceof LinkedInOptions.Recruiter r) {
            b.field("linkedin[signature]", r.signature())
                    .field("linkedin[hiring_project_id]", r.hiringProjectId())
                    .field("linkedin[job_posting_id]", r.jobPostingId())
                    .field("linkedin[email_address]", r.emailAddress())
                    .field("linkedin[visibility]", r.visibility() == null ? null : r.visibility().value());
            LinkedInOptions.FollowUp f = r.followUp();
            if (f != null) {
                String p = FOLLOW_UP;
                b.field(p + "[subject]", f.subject()).field(p + "[text]", f.text());
                for (FileInput file : f.attachments()) {
                    b.file(p + "[attachments]", file);
                }
                LinkedInOptions.ScheduledTime t = f.scheduledTime();
                b.field(p + "[scheduled_time][days]", t.days() == null ? null : t.days().toString())
                        .field(p + "[scheduled_time][weeks]", t.weeks() == null ? null : t.weeks().toString())
                        .field(p + "[scheduled_time][timezone]", t.timezone());
            }
        }
    }
}
