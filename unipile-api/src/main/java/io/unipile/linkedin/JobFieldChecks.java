package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.List;
import java.util.regex.Pattern;

/** The spec's constraints on job posting fields, shared by the create and edit requests. */
final class JobFieldChecks {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LOWER_CASE = Pattern.compile("[a-z]+");

    private JobFieldChecks() {
    }

    /** A LinkedIn parameter id such as a location: digits only. */
    static String digits(String field, String value) {
        if (value != null && !DIGITS.matcher(Check.notBlank(field, value)).matches()) {
            throw new IllegalArgumentException(field + " must be digits only but was " + value);
        }
        return value;
    }

    /** Job functions: 1 to 3 lower-case ids such as {@code eng}; empty stays empty when {@code optional}. */
    static List<String> functions(String field, List<String> values, boolean optional) {
        return ids(field, values, LOWER_CASE, "lower-case letters", optional);
    }

    /** Industries: 1 to 3 ids of digits; empty stays empty when {@code optional}. */
    static List<String> industries(String field, List<String> values, boolean optional) {
        return ids(field, values, DIGITS, "digits", optional);
    }

    private static List<String> ids(String field, List<String> values, Pattern pattern, String what,
                                    boolean optional) {
        List<String> ids = Check.noBlankElements(field, values);
        if (ids.isEmpty() && optional) {
            return ids;
        }
        if (ids.isEmpty() || ids.size() > 3) {
            throw new IllegalArgumentException(field + " needs 1 to 3 ids but has " + ids.size());
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!pattern.matcher(ids.get(i)).matches()) {
                throw new IllegalArgumentException(field + "[" + i + "] must be " + what + " only but was "
                        + ids.get(i));
            }
        }
        return ids;
    }
}
