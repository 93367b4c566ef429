package io.unipile.messages;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/messages/{message_id}/forward}: the chat to forward a message to (WhatsApp only).
 * Checked when built.
 */
public final class ForwardMessageRequest {
    private final String chatId;

    private ForwardMessageRequest(Builder b) {
        this.chatId = Check.notBlank("chatId", b.chatId);
    }

    /** Forwards to the chat {@code chatId}. */
    public static ForwardMessageRequest to(String chatId) {
        return builder().chatId(chatId).build();
    }

    /** An empty builder; {@code chatId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().chatId(chatId);
    }

    /** {@code chat_id}: the id of the chat to forward the message to. */
    public String chatId() {
        return chatId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForwardMessageRequest r && Objects.equals(chatId, r.chatId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(chatId);
    }

    @Override
    public String toString() {
        return "ForwardMessageRequest[chatId=" + chatId + "]";
    }

    /** Builds a {@link ForwardMessageRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String chatId;

        private Builder() {
        }

        /** {@code chat_id} (required, not blank): the chat to forward to. */
        public Builder chatId(String chatId) {
            this.chatId = chatId;
            return this;
        }

        /** The request; fails when {@code chatId} is missing or blank. */
        public ForwardMessageRequest build() {
            return new ForwardMessageRequest(this);
        }
    }
}
