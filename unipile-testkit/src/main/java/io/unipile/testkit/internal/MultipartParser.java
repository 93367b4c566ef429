package io.unipile.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small streaming {@code multipart/form-data} parser (RFC 7578).
 *
 * <p>It reads the body once through a fixed window, so memory holds the parts' contents and one
 * buffer, never the raw body twice. What a hostile body can make it hold is bounded: the parts' contents by
 * the caller's cap, their number by {@link #MAX_PARTS} and each part's headers by {@link #MAX_PART_HEADER_BYTES}.
 * Not part of the testkit's API.
 */
public final class MultipartParser {
    /**
     * The most parts a body may have. Each part costs memory beyond its content, so a body of many empty parts
     * would otherwise grow without bound inside the content cap.
     */
    public static final int MAX_PARTS = 1_000;

    /** The most bytes one part's headers may take, CRLFs included. */
    public static final int MAX_PART_HEADER_BYTES = 16 * 1024;

    /** One part of the body: a text field when {@code fileName} is null, else a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        /** The content as UTF-8 text, which is what form fields carry. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** Whether the part came with a {@code filename} parameter, that is, is a file. */
        public boolean isFile() {
            return fileName != null;
        }
    }

    /** The body is not valid multipart. */
    public static final class MalformedMultipartException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedMultipartException(String message) {
            super(message);
        }
    }

    /** The body goes beyond a limit: the parts' contents, their number or one part's headers. */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private static final int WINDOW = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final InputStream in;
    private final long maxContentBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long contentBytes;

    private MultipartParser(InputStream in, int delimiterLength, long maxContentBytes) {
        this.in = in;
        this.maxContentBytes = maxContentBytes;
        this.buf = new byte[WINDOW + delimiterLength + MAX_PART_HEADER_BYTES];
    }

    /**
     * Extracts the boundary from a {@code Content-Type} header value.
     *
     * @return the boundary, or null when the type is not multipart/form-data or names none
     */
    public static String boundaryOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] pieces = contentType.split(";");
        if (!pieces[0].trim().equalsIgnoreCase("multipart/form-data")) {
            return null;
        }
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].trim();
            int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String value = unquote(piece.substring(eq + 1).trim());
                return value.isEmpty() || value.length() > 70 ? null : value;
            }
        }
        return null;
    }

    /**
     * Parses the whole body. On failure the stream may be partly read; the caller drains it.
     *
     * @param maxContentBytes the most bytes all parts' contents together may hold
     */
    public static List<Part> parse(InputStream in, String boundary, long maxContentBytes)
            throws MalformedMultipartException, TooLargeException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        MultipartParser parser = new MultipartParser(in, delimiter.length, maxContentBytes);
        try {
            return parser.parseAll(delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Part> parseAll(byte[] delimiter)
            throws IOException, MalformedMultipartException, TooLargeException {
        // The first delimiter may open the body without the leading CRLF.
        byte[] first = new byte[delimiter.length - 2];
        System.arraycopy(delimiter, 2, first, 0, first.length);
        if (!startsWith(first)) {
            if (!skipPast(delimiter)) {
                throw new MalformedMultipartException("No multipart boundary found in the body");
            }
        } else {
            pos += first.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (!fill(2)) {
                throw new MalformedMultipartException("The body ends without the closing boundary");
            }
            if (buf[pos] == '-' && buf[pos + 1] == '-') {
                return parts;
            }
            if (parts.size() == MAX_PARTS) {
                throw new TooLargeException("The body has more than " + MAX_PARTS + " parts");
            }
            skipLinearWhitespace();
            if (!startsWith(CRLF)) {
                throw new MalformedMultipartException("Malformed boundary line");
            }
            pos += 2;
            Map<String, String> headers = readHeaders();
            parts.add(readPart(headers, delimiter));
        }
    }

    private Part readPart(Map<String, String> headers, byte[] delimiter)
            throws IOException, MalformedMultipartException, TooLargeException {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw new MalformedMultipartException("A part has no Content-Disposition header");
        }
        Map<String, String> params = dispositionParams(disposition);
        String name = params.get("name");
        if (name == null) {
            throw new MalformedMultipartException("A part has no name");
        }
        String fileName = params.containsKey("filename*")
                ? decodeExtended(params.get("filename*"))
                : params.get("filename");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (!copyUntil(delimiter, content)) {
            throw new MalformedMultipartException("The body ends inside part '" + name + "'");
        }
        return new Part(name, fileName, headers.get("content-type"), content.toByteArray());
    }

    private Map<String, String> readHeaders() throws IOException, MalformedMultipartException, TooLargeException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        if (startsWith(CRLF)) {
            pos += 2;
        } else if (!copyUntilBounded(HEADER_END, raw)) {
            throw new MalformedMultipartException("The body ends inside a part's headers");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : raw.toString(StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("Malformed part header: " + line);
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        return headers;
    }

    /** Splits {@code form-data; name="a"; filename="b"} into lower-cased parameter names. */
    static Map<String, String> dispositionParams(String disposition) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = disposition.indexOf(';');
        while (i >= 0 && i < disposition.length()) {
            int eq = disposition.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = disposition.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < disposition.length() && disposition.charAt(j) == ' ') {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < disposition.length() && disposition.charAt(j) == '"') {
                j++;
                while (j < disposition.length() && disposition.charAt(j) != '"') {
                    char c = disposition.charAt(j);
                    if (c == '\\' && j + 1 < disposition.length()) {
                        c = disposition.charAt(++j);
                    }
                    value.append(c);
                    j++;
                }
                j = disposition.indexOf(';', j);
            } else {
                int end = disposition.indexOf(';', j);
                value.append(disposition, j, end < 0 ? disposition.length() : end);
                j = end;
            }
            params.put(key, value.toString().trim());
            i = j;
        }
        return params;
    }

    /**
     * Decodes an RFC 5987 value, {@code charset'language'percent-encoded}, such as {@code UTF-8''na%C3%AFve.txt};
     * the RFC requires UTF-8 and ISO-8859-1 only.
     */
    private static String decodeExtended(String value) throws MalformedMultipartException {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw new MalformedMultipartException("filename* is not charset'language'value: " + value);
        }
        String charset = value.substring(0, first);
        Charset decoding = charset.equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8
                : charset.equalsIgnoreCase("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : null;
        if (decoding == null) {
            throw new MalformedMultipartException("filename* must be UTF-8 or ISO-8859-1, not " + charset);
        }
        try {
            // '+' is a plain character in RFC 5987, not a space as in forms.
            return URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"), decoding);
        } catch (IllegalArgumentException e) {
            throw new MalformedMultipartException("filename* has a malformed percent-encoding: " + value);
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private void skipLinearWhitespace() throws IOException {
        while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
    }

    private boolean startsWith(byte[] expected) throws IOException {
        if (!fill(expected.length)) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (buf[pos + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean skipPast(byte[] delimiter) throws IOException {
        try {
            return copyUntil(delimiter, OutputSink.DISCARD);
        } catch (TooLargeException e) {
            throw new IllegalStateException("Discarding never counts bytes", e);
        }
    }

    /** Like {@link #copyUntil} for part headers: false when the body ends first. */
    private boolean copyUntilBounded(byte[] delimiter, ByteArrayOutputStream out)
            throws IOException, TooLargeException {
        while (true) {
            int found = indexOf(delimiter);
            if (found >= 0 && found - pos <= MAX_PART_HEADER_BYTES) {
                out.write(buf, pos, found - pos);
                pos = found + delimiter.length;
                return true;
            }
            if (found >= 0 || limit - pos >= MAX_PART_HEADER_BYTES + delimiter.length) {
                throw new TooLargeException("A part's headers exceed " + MAX_PART_HEADER_BYTES + " bytes");
            }
            if (!fillMore()) {
                return false;
            }
        }
    }

    /** Copies bytes to {@code out} until the delimiter, which is consumed. */
    private boolean copyUntil(byte[] delimiter, ByteArrayOutputStream out) throws IOException, TooLargeException {
        return copyUntil(delimiter, out::write);
    }

    private boolean copyUntil(byte[] delimiter, OutputSink out) throws IOException, TooLargeException {
        while (true) {
            int found = indexOf(delimiter);
            if (found >= 0) {
                emit(out, found - pos);
                pos = found + delimiter.length;
                return true;
            }
            // Keep a delimiter's length minus one: it may be the start of a split delimiter.
            int safe = Math.max(pos, limit - (delimiter.length - 1));
            emit(out, safe - pos);
            pos = safe;
            if (!fillMore()) {
                return false;
            }
        }
    }

    private void emit(OutputSink out, int length) throws TooLargeException {
        if (length <= 0) {
            return;
        }
        if (out != OutputSink.DISCARD) {
            contentBytes += length;
            if (contentBytes > maxContentBytes) {
                throw new TooLargeException("The request body exceeds " + maxContentBytes + " bytes");
            }
        }
        out.write(buf, pos, length);
    }

    private int indexOf(byte[] needle) {
        byte head = needle[0];
        int last = limit - needle.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != head) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (buf[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Ensures at least {@code n} unread bytes, reading as needed; false at end of stream. */
    private boolean fill(int n) throws IOException {
        while (limit - pos < n) {
            if (!fillMore()) {
                return false;
            }
        }
        return true;
    }

    private boolean fillMore() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    @FunctionalInterface
    private interface OutputSink {
        OutputSink DISCARD = (b, off, len) -> { };

        void write(byte[] b, int off, int len);
    }
}
