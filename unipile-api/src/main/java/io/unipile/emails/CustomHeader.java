package io.unipile.emails;

import io.unipile.internal.Check;

/**
 * A header to add to a sent e-mail or a draft ({@code custom_headers}): an {@code X-} header, or {@code Reply-To},
 * {@code Content-Type} or {@code List-Unsubscribe} (the spec spells it {@code Unscribe-List}; both are let through).
 * Its {@link #toString()} hides the value, which may carry a token.
 *
 * @param name  the header's name
 * @param value its value, on one line
 */
public record CustomHeader(String name, String value) {

    /** Checks the name against the spec's rule and keeps both on one line. */
    public CustomHeader {
        EmailChecks.headerName(name);
        Check.notNull("value", value);
        EmailChecks.oneLine("value", value);
    }

    /** The header {@code name: value}. */
    public static CustomHeader of(String name, String value) {
        return new CustomHeader(name, value);
    }

    @Override
    public String toString() {
        return "CustomHeader[name=" + name + ", value=***]";
    }
}
