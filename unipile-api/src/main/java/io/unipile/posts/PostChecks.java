package io.unipile.posts;

import io.unipile.internal.Check;

/** Checks shared by the post writes. */
final class PostChecks {
    private PostChecks() {
    }

    /** {@code null}, or a URL starting with {@code http://} or {@code https://}, as the spec's pattern asks. */
    static String link(String field, String value) {
        if (value != null && !Check.notBlank(field, value).matches("(?s)^https?://.*")) {
            throw new IllegalArgumentException(field + " must start with http:// or https:// but was " + value);
        }
        return value;
    }
}
