package io.unipile.testkit.emails;

import java.util.Objects;

/**
 * A mail folder of a mailbox.
 *
 * @param id         the Unipile id
 * @param accountId  the account it belongs to
 * @param providerId the provider's id ({@code INBOX}, {@code SENT}, ...): what e-mails' {@code folders} list and the
 *                   {@code folder} filter take
 * @param name       the name shown
 * @param role       {@code inbox}, {@code sent}, {@code drafts}, {@code trash}, {@code spam}, {@code archive}, ...
 */
public record FakeFolder(String id, String accountId, String providerId, String name, String role) {

    /** Requires every field. */
    public FakeFolder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
