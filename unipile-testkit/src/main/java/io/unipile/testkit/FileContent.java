package io.unipile.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The immutable bytes of an uploaded or seeded file.
 *
 * <p>A class rather than a {@code byte[]} so that the journal and the state can share one copy of
 * a large upload without either being able to change it.
 */
public final class FileContent {
    private final byte[] bytes;

    private FileContent(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of the given bytes. */
    public static FileContent of(byte[] bytes) {
        return new FileContent(bytes.clone());
    }

    /** The UTF-8 bytes of the given text. */
    public static FileContent ofUtf8(String text) {
        return new FileContent(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes ownership of an array nobody else holds; no copy. */
    static FileContent adopt(byte[] bytes) {
        return new FileContent(bytes);
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes decoded as UTF-8. */
    public String asUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A stream over the bytes, with no copy. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** Writes the first {@code length} bytes, with no copy. */
    void writeTo(OutputStream out, int length) throws IOException {
        out.write(bytes, 0, length);
    }

    /** Whether the content equals the given bytes. */
    public boolean contentEquals(byte[] other) {
        return Arrays.equals(bytes, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileContent && Arrays.equals(bytes, ((FileContent) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "FileContent[" + bytes.length + " bytes]";
    }
}
