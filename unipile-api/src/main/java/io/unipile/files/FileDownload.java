package io.unipile.files;

import io.unipile.errors.UnipileTransportException;
import io.unipile.http.TransportResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file being downloaded (an attachment, a picture, a raw streamed reply): its bytes arrive as a stream straight from
 * the connection and are never held whole in memory. Close it (try-with-resources) to release the connection, read
 * or not.
 */
public final class FileDownload implements AutoCloseable {
    private final TransportResponse response;

    /** Wraps a successful response; library code makes these. */
    public FileDownload(TransportResponse response) {
        this.response = response;
    }

    /** The content type the server declared, if any. */
    public Optional<String> contentType() {
        return response.header("Content-Type");
    }

    /** The length the server declared, if any. */
    public OptionalLong contentLength() {
        Optional<String> v = response.header("Content-Length");
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The bytes, read once. */
    public InputStream stream() {
        return response.body();
    }

    /**
     * Copies the bytes to {@code out} and returns how many there were. Does not close {@code out}.
     *
     * @throws UnipileTransportException when the connection or {@code out} fails midway
     */
    public long transferTo(OutputStream out) {
        try (InputStream in = response.body()) {
            return in.transferTo(out);
        } catch (IOException e) {
            throw new UnipileTransportException("downloading failed: " + e.getMessage(), true, e);
        }
    }

    /**
     * Writes the bytes to {@code file} and returns how many there were. They go to a temporary file beside it, moved
     * into place only once complete (atomically where the file system can), so a failed or short download never
     * leaves half a file and never destroys the file already there.
     *
     * @throws UnipileTransportException when the connection or the disk fails midway, or fewer bytes arrive than
     *                                   the server declared; {@code file} is then untouched
     */
    public long saveTo(Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path part = null;
        try (InputStream in = response.body()) {
            part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            long n = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            OptionalLong declared = contentLength();
            if (declared.isPresent() && declared.getAsLong() != n) {
                throw new IOException("the server declared " + declared.getAsLong() + " bytes but sent " + n);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
            return n;
        } catch (IOException e) {
            throw new UnipileTransportException("saving the download to " + file + " failed: " + e.getMessage(), true,
                    e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // Best effort: the partial file is hidden and named .part; the real error is already thrown.
                }
            }
        }
    }

    /** Releases the connection. */
    @Override
    public void close() {
        response.close();
    }
}
