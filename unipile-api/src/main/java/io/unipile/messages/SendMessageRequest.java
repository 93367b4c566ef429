package io.unipile.messages;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Multipart body of {@code POST /api/v1/chats/{chat_id}/messages}. Checked when built: a message needs text or a
 * file.
 */
public final class SendMessageRequest {
    private final String text;
    private final String accountId;
    private final String threadId;
    private final String quoteId;
    private final List<FileInput> attachments;
    private final FileInput voiceMessage;
    private final FileInput videoMessage;

    private SendMessageRequest(Builder b) {
        this.text = b.text;
        this.accountId = Check.nullOrNotBlank("accountId", b.accountId);
        this.threadId = Check.nullOrNotBlank("threadId", b.threadId);
        this.quoteId = Check.nullOrNotBlank("quoteId", b.quoteId);
        this.attachments = Check.noNullElements("attachments", b.attachments);
        this.voiceMessage = b.voiceMessage;
        this.videoMessage = b.videoMessage;
        if (text == null && attachments.isEmpty() && voiceMessage == null && videoMessage == null) {
            throw new IllegalArgumentException(
                    "a message needs text, attachments, voiceMessage or videoMessage; all were missing");
        }
    }

    /** A text message. */
    public static SendMessageRequest ofText(String text) {
        return builder().text(Check.notNull("text", text)).build();
    }

    /** An empty builder; at least one of text, attachments, voice or video message is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().text(text).accountId(accountId).threadId(threadId).quoteId(quoteId)
                .attachments(attachments).voiceMessage(voiceMessage).videoMessage(videoMessage);
    }

    /** {@code text}: the text, or {@code null}. */
    public String text() {
        return text;
    }

    /** {@code account_id}: restricts sending to chats of this account, or {@code null}. */
    public String accountId() {
        return accountId;
    }

    /** {@code thread_id}: the Slack thread to send in, or {@code null}. */
    public String threadId() {
        return threadId;
    }

    /** {@code quote_id}: the id of a message to quote or reply to, or {@code null}. */
    public String quoteId() {
        return quoteId;
    }

    /** {@code attachments}: files, possibly empty. Immutable. */
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

    @Override
    public boolean equals(Object o) {
        return o instanceof SendMessageRequest r && Objects.equals(text, r.text)
                && Objects.equals(accountId, r.accountId) && Objects.equals(threadId, r.threadId)
                && Objects.equals(quoteId, r.quoteId) && attachments.equals(r.attachments)
                && Objects.equals(voiceMessage, r.voiceMessage) && Objects.equals(videoMessage, r.videoMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, accountId, threadId, quoteId, attachments, voiceMessage, videoMessage);
    }

    @Override
    public String toString() {
        return "SendMessageRequest[text=" + text + ", accountId=" + accountId + ", threadId=" + threadId
                + ", quoteId=" + quoteId + ", attachments=" + attachments + ", voiceMessage=" + voiceMessage
                + ", videoMessage=" + videoMessage + "]";
    }

    /** Builds a {@link SendMessageRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String text;
        private String accountId;
        private String threadId;
        private String quoteId;
        private final List<FileInput> attachments = new ArrayList<>();
        private FileInput voiceMessage;
        private FileInput videoMessage;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** {@code account_id}: send only if the chat belongs to this account. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code thread_id}: the Slack thread to send in. */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /** {@code quote_id}: the id of a message to quote or reply to. */
        public Builder quoteId(String quoteId) {
            this.quoteId = quoteId;
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

        /**
         * The request; fails when an id is blank, an attachment null, or there is neither text, attachment, voice
         * nor video message.
         */
        public SendMessageRequest build() {
            return new SendMessageRequest(this);
        }
    }
}
