package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Which LinkedIn product a search runs on ({@code api}). Values this library does not know still parse. */
public final class SearchApi extends StringEnum {
    private static final EnumValues<SearchApi> VALUES = new EnumValues<>(SearchApi::new);

    /** {@code classic}. */
    public static final SearchApi CLASSIC = VALUES.known("classic");

    /** {@code sales_navigator}. */
    public static final SearchApi SALES_NAVIGATOR = VALUES.known("sales_navigator");

    /** {@code recruiter}. */
    public static final SearchApi RECRUITER = VALUES.known("recruiter");

    private SearchApi(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchApi of(String value) {
        return VALUES.of(value);
    }
}
