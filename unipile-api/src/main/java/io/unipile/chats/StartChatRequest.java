package io.unipile.chats;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Multipart body of {@code POST /api/v1/chats}: start a conversation with one or more attendees and send its first
 * message. Checked when built, so an invalid request never reaches the network.
 */
public final class StartChatRequest {
    private final String accountId;
    private final List<String> attendeesIds;
    private final String text;
    private final String subject;
    private final List<FileInput> attachments;
    private final FileInput voiceMessage;
    private final FileInput videoMessage;
    private final LinkedInOptions linkedin;

    private StartChatRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.attendeesIds = Check.noBlankElements("attendeesIds", b.attendeesIds);
        if (attendeesIds.isEmpty()) {
            throw new IllegalArgumentException("attendeesIds needs at least one attendee provider id");
        }
        this.text = b.text;
        this.subject = b.subject;
        this.attachments = Check.noNullElements("attachments", b.attachments);
        this.voiceMessage = b.voiceMessage;
        this.videoMessage = b.videoMessage;
        this.linkedin = b.linkedin;
    }

    /** Starts a request from {@code accountId} to the given attendees. */
    public static Builder builder(String accountId, String... attendeesIds) {
        Builder b = new Builder().accountId(accountId);
        for (String id : attendeesIds) {
            b.addAttendee(id);
        }
        return b;
    }

    /** An empty builder; {@code accountId} and at least one attendee are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).attendeesIds(attendeesIds).text(text).subject(subject)
                .attachments(attachments).voiceMessage(voiceMessage).videoMessage(videoMessage).linkedin(linkedin);
    }

    /** {@code account_id}: the Unipile account that sends. */
    public String accountId() {
        return accountId;
    }

    /**
     * {@code attendees_ids}: provider ids of the attendees, at least one (for Instagram, the
     * {@code provider_messaging_id}). Immutable.
     */
    public List<String> attendeesIds() {
        return attendeesIds;
    }

    /** {@code text}: the first message, or {@code null}. */
    public String text() {
        return text;
    }

    /** {@code subject}: the conversation's subject, or {@code null}. */
    public String subject() {
        return subject;
    }

    /** {@code attachments}: files sent with the first message, possibly empty. Immutable. */
    public List<FileInput> attachments() {
        return attachments;
    }

    /** {@code voice_message}: a voice message (LinkedIn only), or {@code null}. */
    public FileInput voiceMessage() {
        return voiceMessage;
    }

    /** {@code video_message}: a video message (LinkedIn only), or {@code null}. */
    public FileInput videoMessage() {
        return videoMessage;
    }

    /** {@code linkedin[...]}: LinkedIn product options, or {@code null}. */
    public LinkedInOptions linkedin() {
        return linkedin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StartChatRequest r && accountId.equals(r.accountId) && attendeesIds.equals(r.attendeesIds)
                && Objects.equals(text, r.text) && Objects.equals(subject, r.subject)
                && attachments.equals(r.attachments) && Objects.equals(voiceMessage, r.voiceMessage)
                && Objects.equals(videoMessage, r.videoMessage) && Objects.equals(linkedin, r.linkedin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, attendeesIds, text, subject, attachments, voiceMessage, videoMessage,
                linkedin);
    }

    @Override
    public String toString() {
        return "StartChatRequest[accountId=" + accountId + ", attendeesIds=" + attendeesIds + ", text=" + text
                + ", subject=" + subject + ", attachments=" + attachments + ", voiceMessage=" + voiceMessage
                + ", videoMessage=" + videoMessage + ", linkedin=" + linkedin + "]";
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

        /** {@code account_id} (required): the Unipile account that sends. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Adds one attendee provider id. */
        public Builder addAttendee(String attendeeProviderId) {
            attendeesIds.add(attendeeProviderId);
            return this;
        }

        /** {@code attendees_ids}: replaces the attendees' provider ids; {@code null} clears them. */
        public Builder attendeesIds(List<String> attendeeProviderIds) {
            attendeesIds.clear();
            if (attendeeProviderIds != null) {
                attendeesIds.addAll(attendeeProviderIds);
            }
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

        /** {@code attachments}: replaces the attachments; {@code null} clears them. */
        public Builder attachments(List<FileInput> files) {
            attachments.clear();
            if (files != null) {
                attachments.addAll(files);
            }
            return this;
        }

        /** {@code voice_message}: LinkedIn only. */
        public Builder voiceMessage(FileInput voiceMessage) {
            this.voiceMessage = voiceMessage;
            return this;
        }

        /** {@code video_message}: LinkedIn only. */
        public Builder videoMessage(FileInput videoMessage) {
            this.videoMessage = videoMessage;
            return this;
        }

        /** {@code linkedin[...]}: which LinkedIn product sends, and its options. */
        public Builder linkedin(LinkedInOptions linkedin) {
            this.linkedin = linkedin;
            return this;
        }

        /**
         * The request; fails when {@code accountId} is missing or blank, when there is no attendee, or when an
         * attendee id is blank or an attachment null.
         */
        public StartChatRequest build() {
            return new StartChatRequest(this);
        }
    }
}
