package io.unipile.testkit.linkedin;

import java.time.Instant;
import java.util.Objects;

/**
 * A LinkedIn post that classic posts searches find, seeded with {@code server.state().linkedin().search().addPost}.
 * Its author is a seeded member ({@link FakeSearchMember#id()}) or a company ({@link FakeCompany#id()}).
 *
 * @param id the post's id (digits)
 * @param authorId the author's member or company id
 * @param authorIsCompany whether a company page posted it
 * @param text the text, searched by keywords
 * @param postedAt when it was posted
 * @param reactions how many reactions it has
 * @param comments how many comments it has
 */
public record FakeSearchPost(String id, String authorId, boolean authorIsCompany, String text, Instant postedAt,
                             int reactions, int comments) {

    /** Requires an id of digits, the author, the text and the time. */
    public FakeSearchPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
        if (!id.matches("\\d+")) {
            throw new IllegalArgumentException("A LinkedIn post id is digits, not " + id);
        }
    }

    /** A post by a member. */
    public static FakeSearchPost byMember(String id, FakeSearchMember author, String text, Instant postedAt) {
        return new FakeSearchPost(id, author.id(), false, text, postedAt, 0, 0);
    }

    /** A post by a company page. */
    public static FakeSearchPost byCompany(String id, FakeCompany author, String text, Instant postedAt) {
        return new FakeSearchPost(id, author.id(), true, text, postedAt, 0, 0);
    }
}
