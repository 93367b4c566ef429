package io.unipile.internal;

import io.unipile.files.FileInput;
import io.unipile.http.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body (RFC 7578) streamed part by part: files are opened only when the transport
 * reaches them, so memory use does not grow with their size. The length is exact, so transports send a
 * {@code Content-Length} rather than chunks.
 */
public final class MultipartBody implements RequestBody {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final char[] BOUNDARY_CHARS =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final String boundary;
    private final List<Part> parts;
    private final byte[] closing;
    private final long contentLength;
    private final boolean repeatable;

    private MultipartBody(String boundary, List<Part> parts) {
        this.boundary = boundary;
        this.parts = List.copyOf(parts);
        this.closing = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = closing.length;
        boolean allRepeatable = true;
        for (Part p : this.parts) {
            length += p.head.length + p.length() + CRLF.length;
            allRepeatable &= p.file == null || p.file.isRepeatable();
        }
        this.contentLength = length;
        this.repeatable = allRepeatable;
    }

    /** Starts a body with a fresh random boundary. */
    public static Builder builder() {
        char[] b = new char[32];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < b.length; i++) {
            b[i] = BOUNDARY_CHARS[random.nextInt(BOUNDARY_CHARS.length)];
        }
        return new Builder("unipile-" + new String(b));
    }

    @Override
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public long contentLength() {
        return contentLength;
    }

    @Override
    public boolean isRepeatable() {
        return repeatable;
    }

    @Override
    public InputStream open() {
        return new PartsStream();
    }

    /** The first text part named {@code name}, decoded; null when there is none (files are not text parts). */
    public String textField(String name) {
        for (Part p : parts) {
            if (p.file == null && p.name.equals(name)) {
                return new String(p.value, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The boundary, for tests that parse the body. */
    public String boundary() {
        return boundary;
    }

    /** Collects the parts of one body, in order. */
    public static final class Builder {
        private final String boundary;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String boundary) {
            this.boundary = boundary;
        }

        /** Adds a text field; does nothing when {@code value} is null. */
        public Builder field(String name, String value) {
            if (value != null) {
                String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escape(name)
                        + "\"\r\n\r\n";
                parts.add(new Part(head.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8),
                        null, name));
            }
            return this;
        }

        /** Adds a file part; does nothing when {@code file} is null. */
        public Builder file(String name, FileInput file) {
            if (file != null) {
                String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escape(name)
                        + "\"; filename=\"" + escape(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n";
                parts.add(new Part(head.getBytes(StandardCharsets.UTF_8), null, file, name));
            }
            return this;
        }

        public MultipartBody build() {
            return new MultipartBody(boundary, parts);
        }

        // As browsers do (WHATWG HTML form encoding): quote, CR and LF are percent-encoded inside quoted names.
        private static String escape(String s) {
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String rep = c == '"' ? "%22" : c == '\r' ? "%0D" : c == '\n' ? "%0A" : null;
                if (rep != null) {
                    if (sb == null) {
                        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                    }
                    sb.append(rep);
                } else if (sb != null) {
                    sb.append(c);
                }
            }
            return sb == null ? s : sb.toString();
        }
    }

    private record Part(byte[] head, byte[] value, FileInput file, String name) {
        long length() {
            return value != null ? value.length : file.length();
        }
    }

    /** Reads the parts in sequence; fails when a file yields more or fewer bytes than it declared. */
    private final class PartsStream extends InputStream {
        private int partIndex = -1;
        private int stage; // 0 head, 1 content, 2 crlf; after the last part: the closing delimiter
        private InputStream current = InputStream.nullInputStream();
        private long remainingInFile = -1;
        private Part currentPart;
        private boolean closed;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        /** Fills as much of {@code buf} as the parts allow, so that transports copy few, large chunks. */
        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            if (len == 0) {
                return 0;
            }
            int total = 0;
            while (total < len) {
                int want = len - total;
                int limit = remainingInFile >= 0 ? (int) Math.min(want, remainingInFile) : want;
                int n = limit == 0 ? -1 : current.read(buf, off + total, limit);
                if (n > 0) {
                    if (remainingInFile >= 0) {
                        remainingInFile -= n;
                    }
                    total += n;
                    if (remainingInFile > 0 && current.available() == 0) {
                        // A file stream may block for more; hand back what we have rather than wait here.
                        return total;
                    }
                    continue;
                }
                if (!advance()) {
                    return total == 0 ? -1 : total;
                }
            }
            return total;
        }

        private boolean advance() throws IOException {
            if (remainingInFile > 0) {
                throw new IOException("file '" + currentPart.file.fileName() + "' of part '" + currentPart.name
                        + "' ended " + remainingInFile + " bytes before its declared length of "
                        + currentPart.file.length());
            }
            if (remainingInFile == 0 && current.read() != -1) {
                throw new IOException("file '" + currentPart.file.fileName() + "' of part '" + currentPart.name
                        + "' is longer than its declared length of " + currentPart.file.length() + " bytes");
            }
            current.close();
            remainingInFile = -1;
            if (partIndex >= parts.size()) {
                return false;
            }
            if (partIndex >= 0 && stage < 2) {
                stage++;
            } else {
                partIndex++;
                stage = 0;
            }
            if (partIndex == parts.size()) {
                current = new ByteArrayInputStream(closing);
                return true;
            }
            currentPart = parts.get(partIndex);
            switch (stage) {
                case 0 -> current = new ByteArrayInputStream(currentPart.head);
                case 1 -> {
                    if (currentPart.value != null) {
                        current = new ByteArrayInputStream(currentPart.value);
                    } else {
                        current = currentPart.file.openStream();
                        remainingInFile = currentPart.file.length();
                    }
                }
                default -> current = new ByteArrayInputStream(CRLF);
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                current.close();
            }
        }
    }
}
