package io.unipile.chats;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of {@code POST /api/v1/chats}: start a conversation with one or more attendees and send its first
 * message. Checked when built, so an invalid request never reaches the network.
 *
 * @param accountId    the Unipile account that sends (required)
 * @param attendeesIds provider ids of the attendees, at least one (for Instagram, the {@code provider_messaging_id})
 * @param text         the first message, or {@code null}
 * @param subject      the conversation's subject, or {@code null}
 * @param attachments  files sent with the first message, possibly empty
 * @param voiceMessage a voice message (LinkedIn only), or {@code null}
 * @param videoMessage a video message (LinkedIn only), or {@code null}
 * @param linkedin     LinkedIn product options, or {@code null}
 */
public record StartChatRequest(String accountId, List<String> attendeesIds, String text, String subject,
                               List<FileInput> attachments, FileInput voiceMessage, FileInput videoMessage,
                               LinkedInOptions linkedin) {

    public StartChatRequest {
        Check.notBlank("accountId", accountId);
        attendeesIds = Check.noBlankElements("attendeesIds", attendeesIds);
        if (attendeesIds.isEmpty()) {
            throw new IllegalArgumentException("attendeesIds needs at least one attendee provider id");
        }
        attachments = Check.noNullElements("attachments", attachments);
    }

    /** Starts a request from {@code accountId} to the given attendees. */
    public static Builder builder(String accountId, String... attendeesIds) {
        Builder b = new Builder().accountId(accountId);
        for (String id : attendeesIds) {
            b.addAttendee(id);
        }
        return b;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StartChatRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private final List<String> attendeesIds = new ArrayList<>();
        private String text;
        private String subject;
        private final List<FileInput> attachments = new ArrayList<>();
        private FileInput voiceMessage;
        private FileInput videoMessage;
        private LinkedInOptions linkedin;

        private Builder() {
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Adds one attendee provider id. */
        public Builder addAttendee(String attendeeProviderId) {
            attendeesIds.add(attendeeProviderId);
            return this;
        }

        /** Replaces the attendees. */
        public Builder attendeesIds(List<String> attendeeProviderIds) {
            attendeesIds.clear();
            attendeesIds.addAll(attendeeProviderIds);
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Adds one attachment. */
        public Builder addAttachment(FileInput file) {
            attachments.add(file);
            return this;
        }

        public Builder voiceMessage(FileInput voiceMessage) {
            this.voiceMessage = voiceMessage;
            return this;
        }

        public Builder videoMessage(FileInput videoMessage) {
            this.videoMessage = videoMessage;
            return this;
        }

        public Builder linkedin(LinkedInOptions linkedin) {
            this.linkedin = linkedin;
            return this;
        }

        public StartChatRequest build() {
            return new StartChatRequest(accountId, attendeesIds, text, subject, attachments, voiceMessage,
                    videoMessage, linkedin);
        }
    }
}
