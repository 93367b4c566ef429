package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** What a post holds ({@code content_type}). Values this library does not know can still be sent with {@link #of}. */
public final class PostContentType extends StringEnum {
    private static final EnumValues<PostContentType> VALUES = new EnumValues<>(PostContentType::new);

    /** {@code videos}. */
    public static final PostContentType VIDEOS = VALUES.known("videos");

    /** {@code images}. */
    public static final PostContentType IMAGES = VALUES.known("images");

    /** {@code live_videos}. */
    public static final PostContentType LIVE_VIDEOS = VALUES.known("live_videos");

    /** {@code collaborative_articles}. */
    public static final PostContentType COLLABORATIVE_ARTICLES = VALUES.known("collaborative_articles");

    /** {@code documents}. */
    public static final PostContentType DOCUMENTS = VALUES.known("documents");

    private PostContentType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PostContentType of(String value) {
        return VALUES.of(value);
    }
}
