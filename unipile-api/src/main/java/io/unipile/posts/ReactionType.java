package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A LinkedIn reaction to a post or a comment ({@code value} of a reaction, {@code user_reacted} of a post). */
public final class ReactionType extends StringEnum {
    private static final EnumValues<ReactionType> VALUES = new EnumValues<>(ReactionType::new);

    /** Like. */
    public static final ReactionType LIKE = VALUES.known("LIKE");

    /** Celebrate. */
    public static final ReactionType PRAISE = VALUES.known("PRAISE");

    /** Support. */
    public static final ReactionType APPRECIATION = VALUES.known("APPRECIATION");

    /** Love. */
    public static final ReactionType EMPATHY = VALUES.known("EMPATHY");

    /** Insightful. */
    public static final ReactionType INTEREST = VALUES.known("INTEREST");

    /** Funny. */
    public static final ReactionType ENTERTAINMENT = VALUES.known("ENTERTAINMENT");

    private ReactionType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReactionType of(String value) {
        return VALUES.of(value);
    }
}
