package io.unipile.chats;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code PATCH /api/v1/chats/{chat_id}}: an action on a chat and its value. Use {@link #markRead()} or
 * {@link #markUnread()}, or {@link #builder()} for an action this library does not name. Checked when built.
 */
public final class UpdateChatRequest {
    private final ChatAction action;
    private final Boolean value;

    private UpdateChatRequest(Builder b) {
        this.action = Check.notNull("action", b.action);
        this.value = Check.notNull("value", b.value);
    }

    /** Marks the chat read: {@code setReadStatus} {@code true}. */
    public static UpdateChatRequest markRead() {
        return builder().action(ChatAction.SET_READ_STATUS).value(true).build();
    }

    /** Marks the chat unread: {@code setReadStatus} {@code false}. */
    public static UpdateChatRequest markUnread() {
        return builder().action(ChatAction.SET_READ_STATUS).value(false).build();
    }

    /** An empty builder; both fields are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().action(action).value(value);
    }

    /** {@code action}: what to change on the chat. */
    public ChatAction action() {
        return action;
    }

    /** {@code value}: the action's argument; for {@code setReadStatus}, {@code true} for read. */
    public Boolean value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateChatRequest r && Objects.equals(action, r.action) && Objects.equals(value, r.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, value);
    }

    @Override
    public String toString() {
        return "UpdateChatRequest[action=" + action + ", value=" + value + "]";
    }

    /** Builds an {@link UpdateChatRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private ChatAction action;
        private Boolean value;

        private Builder() {
        }

        /** {@code action} (required). */
        public Builder action(ChatAction action) {
            this.action = action;
            return this;
        }

        /** {@code value} (required): the action's argument. */
        public Builder value(Boolean value) {
            this.value = value;
            return this;
        }

        /** The request; fails naming {@code action} or {@code value} when missing. */
        public UpdateChatRequest build() {
            return new UpdateChatRequest(this);
        }
    }
}
