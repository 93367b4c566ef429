package io.unipile.accounts;

import java.util.Objects;

/**
 * How much history a messaging account syncs ({@code sync_limit} of a LinkedIn, Instagram or Messenger connection, or
 * {@code sync_limit.MESSAGING} of a hosted auth link): a limit for the chats of each inbox, for the messages of each
 * chat, or both. Unset means no limit. Providers support it partly.
 */
public final class MessagingSyncLimit {
    private final SyncLimit chats;
    private final SyncLimit messages;

    private MessagingSyncLimit(Builder b) {
        if (b.chats == null && b.messages == null) {
            throw new IllegalArgumentException("syncLimit needs a limit for chats, messages or both");
        }
        this.chats = b.chats;
        this.messages = b.messages;
    }

    /** An empty builder; set {@code chats}, {@code messages} or both. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding both limits. */
    public Builder toBuilder() {
        return new Builder().chats(chats).messages(messages);
    }

    /** {@code chats}: the limit for the chats of each inbox, or {@code null} for none. */
    public SyncLimit chats() {
        return chats;
    }

    /** {@code messages}: the limit for the messages of each chat, or {@code null} for none. */
    public SyncLimit messages() {
        return messages;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessagingSyncLimit m && Objects.equals(chats, m.chats)
                && Objects.equals(messages, m.messages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chats, messages);
    }

    @Override
    public String toString() {
        return "MessagingSyncLimit[chats=" + chats + ", messages=" + messages + "]";
    }

    /** Builds a {@link MessagingSyncLimit}; {@link #build()} checks it. */
    public static final class Builder {
        private SyncLimit chats;
        private SyncLimit messages;

        private Builder() {
        }

        /** {@code chats}: how far back each inbox's chats are synced. */
        public Builder chats(SyncLimit chats) {
            this.chats = chats;
            return this;
        }

        /** {@code messages}: how far back each chat's messages are synced. */
        public Builder messages(SyncLimit messages) {
            this.messages = messages;
            return this;
        }

        /** The limit; fails when neither is set. */
        public MessagingSyncLimit build() {
            return new MessagingSyncLimit(this);
        }
    }
}
