package io.unipile.posts;

import io.unipile.internal.Check;

/**
 * A LinkedIn mention in a post or a comment ({@code mentions}): the text refers to it by its index in the list,
 * between double braces ({@code "Hey {{0}}"}).
 *
 * @param name      the name shown in the text
 * @param profileId the provider id of the person ({@code ACo...}) or the number of the company
 * @param isCompany whether it is a company; {@code null} to leave it to the server
 */
public record Mention(String name, String profileId, Boolean isCompany) {

    /** Checks that {@code name} and {@code profileId} are given and not blank. */
    public Mention {
        Check.notBlank("name", name);
        Check.notBlank("profileId", profileId);
    }

    /** A person. */
    public static Mention of(String name, String profileId) {
        return new Mention(name, profileId, null);
    }

    /** A company page. */
    public static Mention company(String name, String companyId) {
        return new Mention(name, companyId, true);
    }
}
