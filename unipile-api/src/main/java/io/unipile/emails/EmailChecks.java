package io.unipile.emails;

import io.unipile.internal.Check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks shared by the e-mail writes; each names the field at fault. */
final class EmailChecks {
    /** The headers besides {@code X-*} the spec lets a sender set ({@code Unscribe-List} is its spelling). */
    static final Set<String> OTHER_HEADERS = Set.of("unscribe-list", "list-unsubscribe", "reply-to", "content-type");

    private EmailChecks() {
    }

    /** Fails when {@code value} holds a line break, which would let it write a header of its own. */
    static String oneLine(String field, String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(field + " must not contain line breaks");
        }
        return value;
    }

    /** A non-empty list of addresses, or with {@code required} false a possibly empty one. */
    static List<EmailAddress> addresses(String field, List<EmailAddress> values, boolean required) {
        List<EmailAddress> list = Check.noNullElements(field, values);
        if (required && list.isEmpty()) {
            throw new IllegalArgumentException(field + " must name at least one recipient");
        }
        return list;
    }

    static String headerName(String name) {
        Check.notBlank("name", name);
        if (!name.matches("[xX]-[!-9;-~]+") && !OTHER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("name must start with X- or be Reply-To, Content-Type or "
                    + "List-Unsubscribe (Unscribe-List) but was " + name);
        }
        return name;
    }
}
