package io.unipile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Short, printable excerpts of response bodies for exception messages. */
public final class BodyExcerpt {
    /** How many characters of a body an exception shows. */
    public static final int MAX_CHARS = 200;
    /** How many bytes of an error body are read at most; Unipile's error bodies are far smaller. */
    public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private BodyExcerpt() {
    }

    /** Reads at most {@link #MAX_ERROR_BODY_BYTES} of {@code in}; an I/O failure yields what was read so far. */
    public static byte[] readCapped(InputStream in) {
        try {
            return in.readNBytes(MAX_ERROR_BODY_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The first {@link #MAX_CHARS} characters of {@code bytes}, control characters replaced, marked when cut. */
    public static String of(byte[] bytes, int length) {
        return of(bytes, length, Redactor.NONE);
    }

    /**
     * {@link #of(byte[], int)} with the secret redacted before the text is cut, so that no part of it survives at
     * the cut.
     */
    public static String of(byte[] bytes, int length, Redactor redactor) {
        String text = redactor.apply(new String(bytes, 0, Math.min(length, MAX_CHARS * 4), StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_CHARS + 3));
        for (int i = 0; i < text.length() && sb.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            sb.append(c < ' ' || c == 0x7f ? ' ' : c);
        }
        int cut = sb.length();
        int mark = text.lastIndexOf(Redactor.MARK, cut - 1);
        if (mark >= 0 && mark + Redactor.MARK.length() > cut) {
            sb.append(text, cut, mark + Redactor.MARK.length()); // a mark cut in half would look like data
        }
        String s = redactor.apply(sb.toString().strip());
        return (text.length() > MAX_CHARS || length > MAX_CHARS * 4) ? s + "..." : s;
    }

    /** Keeps the first bytes that pass through, so a parse failure can show what the body began with. */
    public static final class RecordingStream extends InputStream {
        private final InputStream in;
        // Allocated on first read: most bodies parse fine, yet every one passes through here.
        private byte[] head;
        private int headLength;

        public RecordingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                record(new byte[]{(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                record(buf, off, n);
            }
            return n;
        }

        private void record(byte[] buf, int off, int n) {
            if (head == null) {
                head = new byte[MAX_CHARS * 4];
            }
            if (headLength < head.length) {
                int copy = Math.min(n, head.length - headLength);
                System.arraycopy(buf, off, head, headLength, copy);
                headLength += copy;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The excerpt of what was read so far, with the secret redacted. */
        public String excerpt(Redactor redactor) {
            return head == null ? "" : of(head, headLength, redactor);
        }
    }
}
