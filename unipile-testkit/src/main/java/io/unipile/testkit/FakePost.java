package io.unipile.testkit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A LinkedIn post, as {@code GET /users/{identifier}/posts} lists it (newest first); its reaction and comment counts
 * are those of the {@link FakeReaction reactions} and {@link FakeComment comments} stored for it.
 *
 * @param id the post's id (LinkedIn's activity number)
 * @param authorId the author's provider id, or a company's id
 * @param company whether the author is a company page ({@code is_company=true} lists it)
 * @param text the post's text
 * @param createdAt when it was posted
 * @param impressions how many times it was seen
 */
public record FakePost(String id, String authorId, boolean company, String text, Instant createdAt, int impressions) {

    /** Requires every field. */
    public FakePost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id.isEmpty() || impressions < 0) {
            throw new IllegalArgumentException("a post needs an id and no negative impressions");
        }
    }

    /** A person's post with a fresh id, posted now. */
    public static FakePost of(String authorProviderId, String text) {
        return new FakePost(newId(), authorProviderId, false, text, Instant.now().truncatedTo(ChronoUnit.MILLIS), 0);
    }

    /** The URN comments and reactions refer to. */
    public String socialId() {
        return "urn:li:activity:" + id;
    }

    /** A fresh LinkedIn-like activity number. */
    public static String newId() {
        return "7" + (100_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000_000L));
    }
}
