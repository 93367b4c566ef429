package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How posts or jobs are sorted ({@code sort_by}); relevance by default. Values this library does not know can still be sent with {@link #of}. */
public final class SearchSortOrder extends StringEnum {
    private static final EnumValues<SearchSortOrder> VALUES = new EnumValues<>(SearchSortOrder::new);

    /** {@code relevance}. */
    public static final SearchSortOrder RELEVANCE = VALUES.known("relevance");

    /** {@code date}. */
    public static final SearchSortOrder DATE = VALUES.known("date");

    private SearchSortOrder(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchSortOrder of(String value) {
        return VALUES.of(value);
    }
}
