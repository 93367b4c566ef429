package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * The job title of a job posting ({@code job_title}): a LinkedIn id (from the search parameters of type
 * {@code JOB_TITLE}) or plain text, e.g. {@code JobTitle.ofText("Backend engineer")}.
 */
public final class JobTitle {
    private final String id;
    private final String text;

    private JobTitle(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The job title with this LinkedIn id, digits only; fails naming {@code jobTitle.id} otherwise. */
    public static JobTitle ofId(String id) {
        String field = "jobTitle.id";
        if (!Check.notBlank(field, id).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " must be digits only but was " + id);
        }
        return new JobTitle(id, null);
    }

    /** The job title as plain text; fails naming {@code jobTitle.text} when blank. */
    public static JobTitle ofText(String text) {
        return new JobTitle(null, Check.notBlank("jobTitle.text", text));
    }

    /** {@code id}: the LinkedIn id, or {@code null} for plain text. */
    public String id() {
        return id;
    }

    /** {@code text}: the plain text, or {@code null} for an id. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobTitle t && Objects.equals(id, t.id) && Objects.equals(text, t.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text);
    }

    @Override
    public String toString() {
        return id != null ? "JobTitle[id=" + id + "]" : "JobTitle[text=" + text + "]";
    }
}
