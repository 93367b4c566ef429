package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in a chat: seeded by a test, sent by a client, or the first message of a chat a
 * client started.
 *
 * @param id the Unipile message id
 * @param chatId the chat it belongs to
 * @param accountId the chat's account (filled in by the state when a seed leaves it null)
 * @param providerId the provider's id for the message
 * @param senderProviderId the sender's provider id (filled in from the chat when null)
 * @param senderAttendeeId the sender's attendee id (filled in from the chat when null)
 * @param fromSelf whether the account holder sent it ({@code is_sender})
 * @param text the text, or null
 * @param timestamp when it was sent
 * @param quoteId the id of the message it quotes ({@code quote_id}), or null
 * @param threadId the Slack thread it was sent in ({@code thread_id}), or null
 * @param attachments the {@code attachments} files, in the order sent
 * @param voiceMessage the {@code voice_message} file, or null
 * @param videoMessage the {@code video_message} file, or null
 * @param origin who created it
 * @param reactions the reactions to it, in the order they came ({@code reactions})
 * @param seenBy who read it, by provider id, and when ({@code seen_by}; {@code seen} is 1 when not empty)
 * @param edited whether it was edited ({@code edited})
 * @param deleted whether it was deleted ({@code deleted}); a deleted message stays listed, as Unipile flags it
 * @param delivered whether it reached the recipients ({@code delivered})
 */
public record FakeMessage(String id, String chatId, String accountId, String providerId, String senderProviderId,
                          String senderAttendeeId, boolean fromSelf, String text, Instant timestamp, String quoteId,
                          String threadId, List<FakeAttachment> attachments, FakeAttachment voiceMessage,
                          FakeAttachment videoMessage, Origin origin, List<Reaction> reactions,
                          Map<String, Instant> seenBy, boolean edited, boolean deleted, boolean delivered) {

    /** Requires the ids, the timestamp and the origin; copies the collections. */
    public FakeMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(origin, "origin");
        attachments = List.copyOf(attachments);
        reactions = List.copyOf(reactions);
        seenBy = Collections.unmodifiableMap(new LinkedHashMap<>(seenBy));
    }

    /**
     * A reaction to a message.
     *
     * @param value the reaction, e.g. an emoji
     * @param senderProviderId who reacted, by provider id
     * @param fromSelf whether the account holder reacted ({@code is_sender})
     */
    public record Reaction(String value, String senderProviderId, boolean fromSelf) {
        /** Requires the value and the sender. */
        public Reaction {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(senderProviderId, "senderProviderId");
        }
    }

    /** Every file of the message: attachments, then the voice and video message if any. */
    public List<FakeAttachment> allFiles() {
        List<FakeAttachment> all = new ArrayList<>(attachments);
        if (voiceMessage != null) {
            all.add(voiceMessage);
        }
        if (videoMessage != null) {
            all.add(videoMessage);
        }
        return List.copyOf(all);
    }

    /** The file with this attachment id, among {@link #allFiles()}. */
    public Optional<FakeAttachment> file(String attachmentId) {
        return allFiles().stream().filter(f -> f.id().equals(attachmentId)).findFirst();
    }

    /** This message as stored: with its account, sender and origin. */
    public FakeMessage withSender(String accountId, String senderProviderId, String senderAttendeeId, Origin origin) {
        return new FakeMessage(id, chatId, accountId, providerId, senderProviderId, senderAttendeeId, fromSelf, text,
                timestamp, quoteId, threadId, attachments, voiceMessage, videoMessage, origin, reactions, seenBy,
                edited, deleted, delivered);
    }

    /** This message with one more reaction. */
    public FakeMessage withReaction(Reaction reaction) {
        List<Reaction> all = new ArrayList<>(reactions);
        all.add(reaction);
        return withStatus(text, all, seenBy, edited, deleted, delivered);
    }

    /** This message read by one more person (the first read counts). */
    public FakeMessage withSeenBy(String readerProviderId, Instant at) {
        Map<String, Instant> all = new LinkedHashMap<>(seenBy);
        all.putIfAbsent(readerProviderId, at);
        return withStatus(text, reactions, all, edited, deleted, delivered);
    }

    /** This message edited to a new text. */
    public FakeMessage withText(String newText) {
        return withStatus(newText, reactions, seenBy, true, deleted, delivered);
    }

    /** This message flagged deleted. */
    public FakeMessage asDeleted() {
        return withStatus(text, reactions, seenBy, edited, true, delivered);
    }

    /** This message flagged delivered. */
    public FakeMessage asDelivered() {
        return withStatus(text, reactions, seenBy, edited, deleted, true);
    }

    private FakeMessage withStatus(String newText, List<Reaction> newReactions, Map<String, Instant> newSeenBy,
                                   boolean isEdited, boolean isDeleted, boolean isDelivered) {
        return new FakeMessage(id, chatId, accountId, providerId, senderProviderId, senderAttendeeId, fromSelf,
                newText, timestamp, quoteId, threadId, attachments, voiceMessage, videoMessage, origin, newReactions,
                newSeenBy, isEdited, isDeleted, isDelivered);
    }

    /** A builder for a seeded message in the given chat; by default from the chat's first attendee. */
    public static Builder builder(String chatId) {
        return new Builder(chatId);
    }

    /** Builds a seeded {@link FakeMessage}. */
    public static final class Builder {
        private final String chatId;
        private String id;
        private String providerId;
        private String senderProviderId;
        private boolean fromSelf;
        private String text;
        private Instant timestamp;
        private String quoteId;
        private String threadId;
        private List<FakeAttachment> attachments = List.of();
        private FakeAttachment voiceMessage;
        private FakeAttachment videoMessage;
        private List<Reaction> reactions = List.of();
        private final Map<String, Instant> seenBy = new LinkedHashMap<>();
        private boolean edited;
        private boolean deleted;
        private boolean delivered = true;

        private Builder(String chatId) {
            this.chatId = Objects.requireNonNull(chatId, "chatId");
        }

        /** Sets the message id (default: random). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the provider's message id (default: random). */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /** Sets the text (default: none). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Makes the account holder the sender (default: the chat's first attendee). */
        public Builder fromSelf() {
            this.fromSelf = true;
            this.senderProviderId = null;
            return this;
        }

        /** Makes the attendee with this provider id the sender. */
        public Builder from(String senderProviderId) {
            this.fromSelf = false;
            this.senderProviderId = senderProviderId;
            return this;
        }

        /** Sets when it was sent (default: now). */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets the quoted message id (default: none). */
        public Builder quoteId(String quoteId) {
            this.quoteId = quoteId;
            return this;
        }

        /** Sets the thread id (default: none). */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /** Sets the attachments (default: none). */
        public Builder attachments(FakeAttachment... attachments) {
            this.attachments = List.of(attachments);
            return this;
        }

        /** Sets the voice message (default: none). */
        public Builder voiceMessage(FakeAttachment voiceMessage) {
            this.voiceMessage = voiceMessage;
            return this;
        }

        /** Sets the video message (default: none). */
        public Builder videoMessage(FakeAttachment videoMessage) {
            this.videoMessage = videoMessage;
            return this;
        }

        /** Sets the reactions (default: none). */
        public Builder reactions(Reaction... reactions) {
            this.reactions = List.of(reactions);
            return this;
        }

        /** Records that the person with this provider id read it at the given time (default: nobody). */
        public Builder seenBy(String readerProviderId, Instant at) {
            seenBy.put(Objects.requireNonNull(readerProviderId, "readerProviderId"), Objects.requireNonNull(at, "at"));
            return this;
        }

        /** Flags it edited (default: no). */
        public Builder edited(boolean edited) {
            this.edited = edited;
            return this;
        }

        /** Flags it deleted (default: no). */
        public Builder deleted(boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        /** Flags it delivered (default: yes). */
        public Builder delivered(boolean delivered) {
            this.delivered = delivered;
            return this;
        }

        /** Builds the message; the state fills in the account and sender when it is added. */
        public FakeMessage build() {
            return new FakeMessage(id != null ? id : Ids.unipileId(), chatId, null,
                    providerId != null ? providerId : Ids.random(20), senderProviderId, null, fromSelf, text,
                    timestamp != null ? timestamp : Instant.now().truncatedTo(ChronoUnit.MILLIS), quoteId, threadId,
                    attachments, voiceMessage, videoMessage, Origin.SEEDED, reactions, seenBy, edited, deleted,
                    delivered);
        }
    }
}
