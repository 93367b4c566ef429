package io.unipile.testkit.linkedin;

import java.util.concurrent.ThreadLocalRandom;

/** Ids shaped like LinkedIn's: job postings and applicants are numbers, members' ids start with ACoA. */
final class LinkedInIds {
    private LinkedInIds() {
    }

    /** {@code length} random digits, the first not 0. */
    static String digits(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder(length).append((char) ('1' + random.nextInt(9)));
        while (id.length() < length) {
            id.append((char) ('0' + random.nextInt(10)));
        }
        return id.toString();
    }
}
