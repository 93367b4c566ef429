package io.unipile.testkit.internal;

import io.unipile.accounts.AccountType;
import java.util.List;
import java.util.Set;

/** The account types the fake serves: the fourteen of Unipile's account schema, seven of them with chats. */
public final class AccountTypes {
    /** Every type the fake can hold an account of, in the order of the OpenAPI document. */
    public static final List<AccountType> ALL = List.of(AccountType.MOBILE, AccountType.MAIL, AccountType.GOOGLE_OAUTH,
            AccountType.ICLOUD, AccountType.OUTLOOK, AccountType.GOOGLE_CALENDAR, AccountType.WHATSAPP,
            AccountType.LINKEDIN, AccountType.SLACK, AccountType.TWITTER, AccountType.EXCHANGE, AccountType.TELEGRAM,
            AccountType.INSTAGRAM, AccountType.MESSENGER);

    /** The types with chats: the only values of {@code Chat.account_type} and of the {@code account_type} filter. */
    public static final Set<AccountType> MESSAGING = Set.of(AccountType.WHATSAPP, AccountType.LINKEDIN, AccountType.SLACK,
            AccountType.TWITTER, AccountType.TELEGRAM, AccountType.INSTAGRAM, AccountType.MESSENGER);

    private AccountTypes() {
    }

    /**
     * Whether accounts of this type have chats. Unipile's {@code Chat.account_type} admits only these, so the fake
     * refuses chats on the others.
     */
    public static boolean isMessaging(AccountType type) {
        return MESSAGING.contains(type);
    }
}
