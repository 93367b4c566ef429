package io.unipile.files;

import io.unipile.internal.MediaTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to upload: an attachment, a voice or a video message. Made from a {@link Path}, a {@code byte[]} or an
 * {@link InputStream} of known length; its bytes are streamed when the request is sent, never loaded whole.
 *
 * <p>The content type is the one given, or else guessed from the file name ({@code application/octet-stream} when
 * the name says nothing). Instances are immutable; one made from an {@code InputStream} can be sent only once.
 */
public final class FileInput {
    private final String fileName;
    private final String contentType;
    private final long length;
    private final Source source;

    private FileInput(String fileName, String contentType, long length, Source source) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.length = length;
        this.source = source;
    }

    /** A file on disk, sent under its own name. Its size is read now; its bytes when the request is sent. */
    public static FileInput of(Path path) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        return of(path, name == null ? "file" : name.toString());
    }

    /** A file on disk, sent under {@code fileName}. */
    public static FileInput of(Path path, String fileName) {
        Objects.requireNonNull(path, "path");
        String name = requireFileName(fileName);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("file '" + path + "' is not a readable regular file");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of file '" + path + "'", e);
        }
        return new FileInput(name, MediaTypes.guess(name), size, new PathSource(path));
    }

    /** Bytes in memory, sent under {@code fileName}. The array is copied. */
    public static FileInput of(byte[] content, String fileName) {
        Objects.requireNonNull(content, "content");
        String name = requireFileName(fileName);
        byte[] copy = Arrays.copyOf(content, content.length);
        return new FileInput(name, MediaTypes.guess(name), copy.length, new BytesSource(copy));
    }

    /**
     * A stream of exactly {@code length} bytes, sent under {@code fileName}. The stream is read once, when the
     * request is sent, and closed afterwards; a request carrying it cannot be retried after it started sending.
     */
    public static FileInput of(InputStream content, long length, String fileName) {
        Objects.requireNonNull(content, "content");
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0 but was " + length);
        }
        String name = requireFileName(fileName);
        return new FileInput(name, MediaTypes.guess(name), length, new StreamSource(content));
    }

    /** A copy with the given content type, such as {@code image/png}. */
    public FileInput withContentType(String contentType) {
        return new FileInput(fileName, MediaTypes.requireValid(contentType, "contentType"), length, source);
    }

    /** A copy sent under another file name. */
    public FileInput withFileName(String fileName) {
        return new FileInput(requireFileName(fileName), contentType, length, source);
    }

    /** The file name sent in the multipart part. */
    public String fileName() {
        return fileName;
    }

    /** The content type sent in the multipart part. */
    public String contentType() {
        return contentType;
    }

    /** The number of bytes. */
    public long length() {
        return length;
    }

    /** Whether the content can be read more than once (true unless made from an {@code InputStream}). */
    public boolean isRepeatable() {
        return !(source instanceof StreamSource);
    }

    /**
     * Opens the content. Library code calls this when it sends the file; it is public for transports and tests.
     *
     * @throws IllegalStateException when the content came from an {@code InputStream} that was already opened
     */
    public InputStream openStream() throws IOException {
        return source.open();
    }

    @Override
    public String toString() {
        return "FileInput[" + fileName + ", " + contentType + ", " + length + " bytes]";
    }

    private static String requireFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("fileName must not contain CR, LF or NUL");
            }
        }
        return fileName;
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private record PathSource(Path path) implements Source {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    private record BytesSource(byte[] bytes) implements Source {
        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
        }
    }

    private static final class StreamSource implements Source {
        private final InputStream stream;
        private final AtomicBoolean opened = new AtomicBoolean();

        StreamSource(InputStream stream) {
            this.stream = stream;
        }

        @Override
        public InputStream open() {
            if (!opened.compareAndSet(false, true)) {
                throw new IllegalStateException("this FileInput was made from an InputStream and was already sent");
            }
            return stream;
        }
    }
}
