package io.unipile.accounts;

/**
 * How an account signs in to its provider when it is connected natively ({@code POST /accounts}) or reconnected
 * ({@code POST /accounts/{id}}). Each provider has its own type holding exactly the fields Unipile takes for it, so
 * that IMAP settings cannot be sent for a LinkedIn account:
 * <pre>{@code
 * LinkedInCredentials.basic("jane@example.com", password)
 * LinkedInCredentials.cookie(liAt)
 * ImapCredentials.builder().imapHost("imap.example.com")...build()
 * WhatsAppCredentials.qrCode()
 * }</pre>
 * Secrets (passwords, cookies, tokens) never appear in {@code toString()}.
 */
public sealed interface AccountCredentials permits LinkedInCredentials, WhatsAppCredentials, InstagramCredentials,
        MessengerCredentials, ImapCredentials, GoogleOAuthCredentials, TelegramCredentials, OutlookCredentials,
        TwitterCredentials {

    /** The provider, the wire's {@code provider}; also the type the connected account has. */
    AccountType provider();
}
