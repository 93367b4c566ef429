package io.unipile.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict parser of {@code multipart/form-data} bodies, written independently of the client's encoder. */
public final class MultipartParser {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** One part: its field name, file name and content type (null when absent) and bytes. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        /** The content as UTF-8 text. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private MultipartParser() {
    }

    /** Parses {@code body} sent with the given {@code Content-Type}; fails loudly on any framing error. */
    public static List<Part> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!contentType.startsWith("multipart/form-data") || !m.find()) {
            throw new AssertionError("not multipart/form-data with a boundary: " + contentType);
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos != 0) {
            throw new AssertionError("body does not start with the boundary");
        }
        while (true) {
            pos += delimiter.length;
            if (body[pos] == '-' && body[pos + 1] == '-') {
                if (pos + 4 != body.length || body[pos + 2] != '\r' || body[pos + 3] != '\n') {
                    throw new AssertionError("bad closing delimiter");
                }
                return parts;
            }
            if (body[pos] != '\r' || body[pos + 1] != '\n') {
                throw new AssertionError("delimiter not followed by CRLF");
            }
            pos += 2;
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), pos);
            String head = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            int contentStart = headerEnd + 4;
            byte[] next = new byte[delimiter.length + 2];
            next[0] = '\r';
            next[1] = '\n';
            System.arraycopy(delimiter, 0, next, 2, delimiter.length);
            int contentEnd = indexOf(body, next, contentStart);
            String disposition = headers.get("content-disposition");
            if (disposition == null || !disposition.startsWith("form-data")) {
                throw new AssertionError("part without form-data disposition: " + head);
            }
            Matcher name = NAME.matcher(disposition);
            if (!name.find()) {
                throw new AssertionError("part without name: " + head);
            }
            Matcher file = FILENAME.matcher(disposition);
            parts.add(new Part(name.group(1), file.find() ? file.group(1) : null, headers.get("content-type"),
                    Arrays.copyOfRange(body, contentStart, contentEnd)));
            pos = contentEnd + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("expected bytes not found in the body");
    }
}
