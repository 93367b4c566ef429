package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How recent posts are ({@code date_posted}). Values this library does not know can still be sent with {@link #of}. */
public final class PostDate extends StringEnum {
    private static final EnumValues<PostDate> VALUES = new EnumValues<>(PostDate::new);

    /** {@code past_day}. */
    public static final PostDate PAST_DAY = VALUES.known("past_day");

    /** {@code past_week}. */
    public static final PostDate PAST_WEEK = VALUES.known("past_week");

    /** {@code past_month}. */
    public static final PostDate PAST_MONTH = VALUES.known("past_month");

    private PostDate(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PostDate of(String value) {
        return VALUES.of(value);
    }
}
