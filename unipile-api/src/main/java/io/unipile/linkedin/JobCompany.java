package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * The company of a job posting ({@code company}): a LinkedIn id (from the search parameters of type {@code COMPANY}) or
 * plain text, e.g. {@code JobCompany.ofId("1441")}.
 */
public final class JobCompany {
    private final String id;
    private final String text;

    private JobCompany(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The company with this LinkedIn id, digits only; fails naming {@code company.id} otherwise. */
    public static JobCompany ofId(String id) {
        String field = "company.id";
        if (!Check.notBlank(field, id).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " must be digits only but was " + id);
        }
        return new JobCompany(id, null);
    }

    /** The company as plain text; fails naming {@code company.text} when blank. */
    public static JobCompany ofText(String text) {
        return new JobCompany(null, Check.notBlank("company.text", text));
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
        return o instanceof JobCompany t && Objects.equals(id, t.id) && Objects.equals(text, t.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text);
    }

    @Override
    public String toString() {
        return id != null ? "JobCompany[id=" + id + "]" : "JobCompany[text=" + text + "]";
    }
}
