package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A reaction to a {@link FakePost} or to one of its comments, as {@code GET /users/{identifier}/reactions} lists
 * its author's (newest first).
 *
 * @param id the reaction's id (not on the wire; it names the reaction in the state)
 * @param postId the post reacted to, or the post of the comment reacted to
 * @param commentId the comment reacted to, or null for the post itself
 * @param authorProviderId who reacted
 * @param value one of {@link #VALUES}
 * @param createdAt when
 */
public record FakeReaction(String id, String postId, String commentId, String authorProviderId, String value,
                           Instant createdAt) {
    /** The reactions LinkedIn has, as the wire names them. */
    public static final Set<String> VALUES = Set.of("LIKE", "PRAISE", "APPRECIATION", "EMPATHY", "INTEREST",
            "ENTERTAINMENT");

    /** Requires every field but the comment; the value must be one of {@link #VALUES}. */
    public FakeReaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorProviderId, "authorProviderId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!VALUES.contains(value)) {
            throw new IllegalArgumentException("value must be one of " + VALUES + ", not " + value);
        }
    }

    /** A reaction to a post, now. */
    public static FakeReaction toPost(String postId, String authorProviderId, String value) {
        return new FakeReaction(Ids.unipileId(), postId, null, authorProviderId, value,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A reaction to a comment of a post, now. */
    public static FakeReaction toComment(String postId, String commentId, String authorProviderId, String value) {
        return new FakeReaction(Ids.unipileId(), postId, Objects.requireNonNull(commentId, "commentId"),
                authorProviderId, value, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
