package io.unipile.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the client's API key with {@code [REDACTED]} in every text the library builds from a reply: a gateway
 * naming the bad key in a 401, a proxy echoing request headers in an HTML page. Also a key cut off at the end of an
 * excerpt: a tail that begins the key (four characters or more) is redacted too. A call that sends other secrets (a
 * password, a cookie) redacts them as well, through {@link #and(List)}.
 */
public final class Redactor {
    /** The mark that stands where the key was. */
    public static final String MARK = "[REDACTED]";
    /** Redacts nothing: for texts that no client's key can reach, such as webhook payloads. */
    public static final Redactor NONE = new Redactor((String) null);
    private static final int MIN_TAIL = 4;

    /** Longest first, so that a secret that contains another is replaced whole. */
    private final List<String> secrets;

    /** @param secret the text never to show; null or shorter than four characters redacts nothing */
    public Redactor(String secret) {
        this(secret == null ? List.of() : List.of(secret));
    }

    private Redactor(List<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.length() >= MIN_TAIL && !kept.contains(s)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(kept);
    }

    /** A redactor of this one's secrets and {@code more}; those shorter than four characters are ignored. */
    public Redactor and(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(secrets);
        all.addAll(more);
        return new Redactor(all);
    }

    /** {@code text} with every occurrence of a secret replaced, or {@code text} itself when it has none. */
    public String apply(String text) {
        if (secrets.isEmpty() || text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MARK);
            }
        }
        for (String secret : secrets) {
            for (int n = Math.min(secret.length() - 1, out.length()); n >= MIN_TAIL; n--) {
                if (out.regionMatches(out.length() - n, secret, 0, n)) {
                    return out.substring(0, out.length() - n) + MARK;
                }
            }
        }
        return out;
    }
}
