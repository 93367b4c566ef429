package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Whether a reaction's author is a person or a company page ({@code author.type}). */
public final class AuthorType extends StringEnum {
    private static final EnumValues<AuthorType> VALUES = new EnumValues<>(AuthorType::new);

    /** A person. */
    public static final AuthorType INDIVIDUAL = VALUES.known("INDIVIDUAL");

    /** A company page. */
    public static final AuthorType COMPANY = VALUES.known("COMPANY");

    private AuthorType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AuthorType of(String value) {
        return VALUES.of(value);
    }
}
