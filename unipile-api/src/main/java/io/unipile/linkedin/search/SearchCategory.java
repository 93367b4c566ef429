package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** What a search looks for ({@code category}). Values this library does not know still parse. */
public final class SearchCategory extends StringEnum {
    private static final EnumValues<SearchCategory> VALUES = new EnumValues<>(SearchCategory::new);

    /** {@code people}. */
    public static final SearchCategory PEOPLE = VALUES.known("people");

    /** {@code companies}. */
    public static final SearchCategory COMPANIES = VALUES.known("companies");

    /** {@code posts}. */
    public static final SearchCategory POSTS = VALUES.known("posts");

    /** {@code jobs}. */
    public static final SearchCategory JOBS = VALUES.known("jobs");

    private SearchCategory(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchCategory of(String value) {
        return VALUES.of(value);
    }
}
