package io.unipile.emails;

import io.unipile.internal.Check;

/**
 * A sender or recipient to write to ({@code from}, {@code to}, {@code cc}, {@code bcc} of a sent e-mail or a draft).
 *
 * @param identifier  the e-mail address
 * @param displayName the name to show with it, or {@code null}
 */
public record EmailAddress(String identifier, String displayName) {

    /** Checks the address: not blank, one {@code @}, on one line; the name on one line. */
    public EmailAddress {
        Check.notBlank("identifier", identifier);
        EmailChecks.oneLine("identifier", identifier);
        if (identifier.indexOf('@') <= 0 || identifier.indexOf('@') != identifier.lastIndexOf('@')
                || identifier.endsWith("@") || identifier.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("identifier must be an e-mail address but was " + identifier);
        }
        EmailChecks.oneLine("displayName", displayName);
    }

    /** An address without a name. */
    public static EmailAddress of(String identifier) {
        return new EmailAddress(identifier, null);
    }

    /** An address with the name to show. */
    public static EmailAddress of(String identifier, String displayName) {
        return new EmailAddress(identifier, displayName);
    }
}
