package io.unipile.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Makes broken and odd variants of valid JSON documents, and random JSON from nothing, reproducibly from a seed.
 * Mutations target what servers and proxies really get wrong: truncation, wrong types, stray bytes, deep nesting,
 * huge numbers, bad escapes and invalid UTF-8.
 */
final class JsonMutator {
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "1e999", "-0.0", "\"\"", "\"x\"",
            "[]", "{}", "[null]", "{\"a\":{}}", "\"\\u0000\"", "\"\\ud800\"", "9223372036854775808",
            "\"2025-13-45T99:99:99.999Z\"", "\"" + "y".repeat(3000) + "\""};

    private final SplittableRandom random;

    JsonMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutant of {@code json}. */
    byte[] mutate(String json) {
        return switch (random.nextInt(9)) {
            case 0 -> bytes(json.substring(0, random.nextInt(json.length() + 1)));
            case 1 -> bytes(replaceValue(json));
            case 2 -> bytes(insert(json, String.valueOf((char) random.nextInt(0x20, 0x7f))));
            case 3 -> bytes(delete(json));
            case 4 -> invalidUtf8(json);
            case 5 -> bytes(insert(json, VALUES[random.nextInt(VALUES.length)]));
            case 6 -> bytes("[".repeat(random.nextInt(1, 5000)));
            case 7 -> bytes(json + (random.nextBoolean() ? " trailing" : "}{"));
            default -> bytes(randomJson(4));
        };
    }

    /** A random JSON value up to {@code depth} levels deep. */
    String randomJson(int depth) {
        int kind = depth == 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> VALUES[random.nextInt(VALUES.length)];
            case 1 -> Long.toString(random.nextLong());
            case 2 -> "\"" + randomText() + "\"";
            case 3 -> random.nextBoolean() ? "true" : "null";
            case 4 -> {
                StringBuilder sb = new StringBuilder("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(randomJson(depth - 1));
                }
                yield sb.append(']').toString();
            }
            default -> {
                StringBuilder sb = new StringBuilder("{");
                int n = random.nextInt(5);
                String[] keys = {"object", "type", "id", "items", "cursor", "connection_params", "attachments",
                        "lastMessage", "timestamp", "event", "AccountStatus", "specifics", "provider", "text"};
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append('"').append(keys[random.nextInt(keys.length)]).append("\":")
                            .append(randomJson(depth - 1));
                }
                yield sb.append('}').toString();
            }
        };
    }

    private String randomText() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(0x20, 0x2FF);
            sb.append(c == '"' || c == '\\' ? 'q' : (char) c);
        }
        return sb.toString();
    }

    private String replaceValue(String json) {
        int colon = json.indexOf(':', random.nextInt(Math.max(1, json.length())));
        if (colon < 0) {
            return json;
        }
        int end = colon + 1;
        int depth = 0;
        while (end < json.length()) {
            char c = json.charAt(end);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return json.substring(0, colon + 1) + VALUES[random.nextInt(VALUES.length)] + json.substring(end);
    }

    private String insert(String json, String what) {
        int at = random.nextInt(json.length() + 1);
        return json.substring(0, at) + what + json.substring(at);
    }

    private String delete(String json) {
        if (json.isEmpty()) {
            return json;
        }
        int at = random.nextInt(json.length());
        return json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + random.nextInt(5)));
    }

    private byte[] invalidUtf8(String json) {
        byte[] b = bytes(json);
        if (b.length > 0) {
            b[random.nextInt(b.length)] = (byte) (0x80 | random.nextInt(0x80));
        }
        return b;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
