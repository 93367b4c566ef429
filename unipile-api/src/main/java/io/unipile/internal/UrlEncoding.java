package io.unipile.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of path segments and query components (RFC 3986), strict enough that data never becomes syntax. */
public final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {
    }

    /**
     * Encodes {@code value} as exactly one path segment: every character but the unreserved ones is escaped, so
     * {@code /}, {@code ?}, {@code #} and {@code %} stay data; the dot-only segments {@code .} and {@code ..} are
     * escaped too, so they cannot walk the path.
     */
    public static String pathSegment(String value) {
        return encode(value, isDotsOnly(value));
    }

    private static boolean isDotsOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '.') {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /** Encodes a query parameter name or value; spaces become {@code %20}. */
    public static String queryComponent(String value) {
        return encode(value, false);
    }

    /**
     * Decodes a percent-encoded path segment or query component. A {@code +} stays a {@code +}: in a path it is one,
     * and {@link #queryComponent} writes a space as {@code %20}, never as {@code +}.
     *
     * @throws IllegalArgumentException on a malformed escape
     */
    public static String decode(String component) {
        return URLDecoder.decode(component.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String value, boolean escapeDots) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = null;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = isUnreserved(b) && !(escapeDots && b == '.');
            if (keep) {
                if (sb != null) {
                    sb.append((char) b);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(bytes.length + 16);
                    for (int j = 0; j < i; j++) {
                        sb.append((char) bytes[j]);
                    }
                }
                sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
    }
}
