package io.unipile.users;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;

/**
 * The profile of an account's own user ({@code "object": "AccountOwnerProfile"}), as {@code GET /api/v1/users/me}
 * returns it. Its shape depends on the account's provider; match on {@link LinkedInAccountOwnerProfile},
 * {@link TelegramProfile}, {@link TwitterProfile}, {@link GmailAccountOwnerProfile},
 * {@link OutlookAccountOwnerProfile} or {@link ImapAccountOwnerProfile}. Gmail and IMAP accounts say
 * {@code GMAIL} and {@code IMAP}, values {@link AccountType} keeps without knowing them. A provider this version does
 * not know yields {@link UnknownAccountOwnerProfile}, which keeps the JSON as sent.
 */
@JsonDeserialize(using = AccountOwnerProfileDeserializer.class)
public sealed interface AccountOwnerProfile permits LinkedInAccountOwnerProfile, TelegramProfile, TwitterProfile,
        GmailAccountOwnerProfile, OutlookAccountOwnerProfile, ImapAccountOwnerProfile, UnknownAccountOwnerProfile {

    /** The provider the profile comes from, the wire's {@code provider}; {@code null} only when it was not sent. */
    AccountType provider();
}
