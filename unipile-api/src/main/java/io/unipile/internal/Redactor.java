package io.unipile.internal;

/**
 * Replaces the client's API key with {@code [REDACTED]} in every text the library builds from a reply: a gateway
 * naming the bad key in a 401, a proxy echoing request headers in an HTML page. Also a key cut off at the end of an
 * excerpt: a tail that begins the key (four characters or more) is redacted too.
 */
public final class Redactor {
    /** The mark that stands where the key was. */
    public static final String MARK = "[REDACTED]";
    /** Redacts nothing: for texts that no client's key can reach, such as webhook payloads. */
    public static final Redactor NONE = new Redactor(null);
    private static final int MIN_TAIL = 4;

    private final String secret;

    /** @param secret the text never to show; null or shorter than four characters redacts nothing */
    public Redactor(String secret) {
        this.secret = secret == null || secret.length() < MIN_TAIL ? null : secret;
    }

    /** {@code text} with every occurrence of the secret replaced, or {@code text} itself when it has none. */
    public String apply(String text) {
        if (secret == null || text == null || text.isEmpty()) {
            return text;
        }
        String out = text.contains(secret) ? text.replace(secret, MARK) : text;
        for (int n = Math.min(secret.length() - 1, out.length()); n >= MIN_TAIL; n--) {
            if (out.regionMatches(out.length() - n, secret, 0, n)) {
                return out.substring(0, out.length() - n) + MARK;
            }
        }
        return out;
    }
}
