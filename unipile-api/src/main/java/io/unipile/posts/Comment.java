package io.unipile.posts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A comment ({@code "object": "Comment"}), as the items of {@code GET /api/v1/users/{identifier}/comments} return
 * it. The spec gives LinkedIn and Instagram comments different shapes and no {@code provider} field, so the shape
 * is read from the fields: match on {@link LinkedInComment} or {@link InstagramComment}; a comment of neither shape
 * yields {@link UnknownComment}, which keeps the JSON as sent.
 */
@JsonDeserialize(using = CommentDeserializer.class)
public sealed interface Comment permits LinkedInComment, InstagramComment, UnknownComment {

    /** The comment's text, or {@code null} when it has none. */
    String text();
}
