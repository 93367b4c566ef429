package io.unipile.testkit;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A comment on a {@link FakePost}, as {@code GET /users/{identifier}/comments} lists its author's (newest first).
 *
 * @param id the comment's id
 * @param postId the post it comments
 * @param authorProviderId who wrote it
 * @param text its text
 * @param createdAt when it was written
 */
public record FakeComment(String id, String postId, String authorProviderId, String text, Instant createdAt) {

    /** Requires every field. */
    public FakeComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorProviderId, "authorProviderId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A comment with a fresh id, written now. */
    public static FakeComment of(String postId, String authorProviderId, String text) {
        return new FakeComment(Ids.random(19), postId, authorProviderId, text,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
