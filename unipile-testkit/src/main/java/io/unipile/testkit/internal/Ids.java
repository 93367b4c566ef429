package io.unipile.testkit.internal;

import io.unipile.accounts.AccountType;
import java.util.concurrent.ThreadLocalRandom;

/** Random ids shaped like Unipile's and the providers'. */
public final class Ids {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** A 22-character id like the ones Unipile gives accounts, chats and messages. */
    public static String unipileId() {
        return random(22);
    }

    /** An id like the given provider's member ids. */
    public static String providerId(AccountType type) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (type.equals(AccountType.LINKEDIN)) {
            return "ACoAA" + random(34);
        }
        if (type.equals(AccountType.WHATSAPP)) {
            return "336" + (10_000_000 + random.nextInt(90_000_000)) + "@s.whatsapp.net";
        }
        return Long.toString(1_000_000_000L + random.nextLong(9_000_000_000L));
    }

    public static String random(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
