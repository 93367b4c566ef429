package io.unipile.users;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;

/**
 * A user's profile ({@code "object": "UserProfile"}), as {@code GET /api/v1/users/{identifier}} returns it. Its
 * shape depends on the provider of the account that asks, so each shape is a record of its own; match on it:
 * <pre>{@code
 * if (unipile.users().get("john-doe", accountId) instanceof LinkedInUserProfile p) {
 *     String headline = p.headline();
 * }
 * }</pre>
 * A provider this version does not know, or a profile without a {@code provider}, yields
 * {@link UnknownUserProfile}, which keeps the JSON as sent.
 */
@JsonDeserialize(using = UserProfileDeserializer.class)
public sealed interface UserProfile permits LinkedInUserProfile, WhatsAppUserProfile, InstagramUserProfile,
        TelegramProfile, TwitterProfile, UnknownUserProfile {

    /** The provider the profile comes from, the wire's {@code provider}; {@code null} only when it was not sent. */
    AccountType provider();
}
