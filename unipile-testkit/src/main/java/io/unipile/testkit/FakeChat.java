package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A chat in the fake: seeded by a test or started by a client with {@code POST /chats}.
 *
 * @param id the Unipile chat id
 * @param accountId the account the chat belongs to
 * @param providerId the provider's id for the conversation
 * @param attendeeProviderIds the provider ids of the other participants, at least one
 * @param name the chat's name, or null (Unipile sends null for most one-to-one chats)
 * @param subject the subject a client or seed gave, or null
 * @param createdAt when the chat began; its {@code timestamp} until a message is added
 * @param unreadCount unread messages
 * @param archived whether the chat is archived
 * @param readOnly whether nobody can write to it: sending then fails with 422 {@code cant_send_message}
 * @param mutedUntil until when notifications are muted, or null
 * @param linkedin the LinkedIn options the client started the chat with, or null
 * @param origin who created it
 */
public record FakeChat(String id, String accountId, String providerId, List<String> attendeeProviderIds, String name,
                       String subject, Instant createdAt, int unreadCount, boolean archived, boolean readOnly,
                       Instant mutedUntil, FakeLinkedinOptions linkedin, Origin origin) {

    /** Requires ids, at least one attendee, and a non-negative unread count. */
    public FakeChat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        attendeeProviderIds = List.copyOf(attendeeProviderIds);
        if (attendeeProviderIds.isEmpty()) {
            throw new IllegalArgumentException("a chat needs at least one attendee");
        }
        if (unreadCount < 0) {
            throw new IllegalArgumentException("unreadCount must not be negative");
        }
    }

    /** Whether more than one other person takes part: Unipile's chat {@code type} 1 rather than 0. */
    public boolean isGroup() {
        return attendeeProviderIds.size() > 1;
    }

    /** This chat with another unread count. */
    public FakeChat withUnreadCount(int count) {
        return new FakeChat(id, accountId, providerId, attendeeProviderIds, name, subject, createdAt, count, archived,
                readOnly, mutedUntil, linkedin, origin);
    }

    /** A builder for a seeded chat of the given account with the given attendees. */
    public static Builder builder(String accountId, String... attendeeProviderIds) {
        return new Builder(accountId, List.of(attendeeProviderIds));
    }

    /** Builds a seeded {@link FakeChat}. */
    public static final class Builder {
        private final String accountId;
        private final List<String> attendeeProviderIds;
        private String id;
        private String providerId;
        private String name;
        private String subject;
        private Instant createdAt;
        private int unreadCount;
        private boolean archived;
        private boolean readOnly;
        private Instant mutedUntil;

        private Builder(String accountId, List<String> attendeeProviderIds) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            this.attendeeProviderIds = attendeeProviderIds;
        }

        /** Sets the chat id (default: random). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the provider's id for the chat (default: random). */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /** Sets the name (default: null). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the subject (default: none). */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Sets when the chat began (default: now). */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** Sets the unread count (default: 0). */
        public Builder unreadCount(int unreadCount) {
            this.unreadCount = unreadCount;
            return this;
        }

        /** Marks the chat archived (default: no). */
        public Builder archived(boolean archived) {
            this.archived = archived;
            return this;
        }

        /** Makes the chat read-only (default: no). */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Mutes the chat until the given time (default: not muted). */
        public Builder mutedUntil(Instant mutedUntil) {
            this.mutedUntil = mutedUntil;
            return this;
        }

        /** Builds the chat. */
        public FakeChat build() {
            return new FakeChat(id != null ? id : Ids.unipileId(), accountId,
                    providerId != null ? providerId : Ids.random(16), attendeeProviderIds, name, subject,
                    createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.MILLIS), unreadCount,
                    archived, readOnly, mutedUntil, null, Origin.SEEDED);
        }
    }
}
