package io.unipile.messages;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of {@code POST /api/v1/chats/{chat_id}/messages}. Checked when built: a message needs text or a file.
 *
 * @param text         the text, or {@code null}
 * @param accountId    restricts sending to chats of this account, or {@code null}
 * @param threadId     the Slack thread to send in, or {@code null}
 * @param quoteId      the id of a message to quote or reply to, or {@code null}
 * @param attachments  files, possibly empty
 * @param voiceMessage a voice message (LinkedIn only), or {@code null}
 * @param videoMessage a video message (LinkedIn only), or {@code null}
 */
public record SendMessageRequest(String text, String accountId, String threadId, String quoteId,
                                 List<FileInput> attachments, FileInput voiceMessage, FileInput videoMessage) {

    public SendMessageRequest {
        Check.nullOrNotBlank("accountId", accountId);
        Check.nullOrNotBlank("threadId", threadId);
        Check.nullOrNotBlank("quoteId", quoteId);
        attachments = Check.noNullElements("attachments", attachments);
        if (text == null && attachments.isEmpty() && voiceMessage == null && videoMessage == null) {
            throw new IllegalArgumentException(
                    "a message needs text, attachments, voiceMessage or videoMessage; all were missing");
        }
    }

    /** A text message. */
    public static SendMessageRequest ofText(String text) {
        return builder().text(Check.notNull("text", text)).build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
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

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        public Builder quoteId(String quoteId) {
            this.quoteId = quoteId;
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

        public SendMessageRequest build() {
            return new SendMessageRequest(text, accountId, threadId, quoteId, attachments, voiceMessage,
                    videoMessage);
        }
    }
}
