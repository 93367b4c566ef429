package io.unipile;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * An enumeration whose set of values the server may extend: known values are constants of the subclass, and a value
 * this version does not know still parses and keeps its raw text, so that new Unipile values never break parsing.
 * Compare with {@code equals} or switch on {@link #value()}.
 */
public abstract class StringEnum {
    private final String value;
    private final boolean known;

    protected StringEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The value exactly as it travels on the wire. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether this value is one of the constants this version of the library knows. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((StringEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
