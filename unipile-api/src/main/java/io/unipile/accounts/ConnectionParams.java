package io.unipile.accounts;

/**
 * How an account is connected to its provider ({@code connection_params}). Its shape depends on the account's
 * {@link AccountType}, so each shape is a record of its own; match on the record type:
 * <pre>{@code
 * if (account.connectionParams() instanceof LinkedInConnectionParams p) {
 *     String publicId = p.im().publicIdentifier();
 * }
 * }</pre>
 * A type this version does not know yields {@link UnknownConnectionParams}, which keeps the JSON as sent.
 */
public sealed interface ConnectionParams permits MobileConnectionParams, MailConnectionParams,
        MailCalendarConnectionParams, GoogleCalendarConnectionParams, WhatsAppConnectionParams,
        LinkedInConnectionParams, SlackConnectionParams, TelegramConnectionParams, SocialConnectionParams,
        UnknownConnectionParams {
}
