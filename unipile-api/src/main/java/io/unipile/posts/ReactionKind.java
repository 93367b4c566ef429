package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The reaction to send ({@code reaction_type} of {@code POST /api/v1/posts/reaction}). It names reactions as
 * LinkedIn's buttons do; the lists name the same ones as {@link ReactionType} ({@code celebrate} is
 * {@link ReactionType#PRAISE}). Instagram only takes {@link #LIKE}.
 */
public final class ReactionKind extends StringEnum {
    private static final EnumValues<ReactionKind> VALUES = new EnumValues<>(ReactionKind::new);

    /** Like ({@link ReactionType#LIKE}); the server's default. */
    public static final ReactionKind LIKE = VALUES.known("like");

    /** Celebrate ({@link ReactionType#PRAISE}). */
    public static final ReactionKind CELEBRATE = VALUES.known("celebrate");

    /** Support ({@link ReactionType#APPRECIATION}). */
    public static final ReactionKind SUPPORT = VALUES.known("support");

    /** Love ({@link ReactionType#EMPATHY}). */
    public static final ReactionKind LOVE = VALUES.known("love");

    /** Insightful ({@link ReactionType#INTEREST}). */
    public static final ReactionKind INSIGHTFUL = VALUES.known("insightful");

    /** Funny ({@link ReactionType#ENTERTAINMENT}). */
    public static final ReactionKind FUNNY = VALUES.known("funny");

    private ReactionKind(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReactionKind of(String value) {
        return VALUES.of(value);
    }
}
