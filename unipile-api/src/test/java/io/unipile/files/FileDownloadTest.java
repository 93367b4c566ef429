package io.unipile.files;

import io.unipile.errors.UnipileTransportException;
import io.unipile.http.TransportResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code saveTo} never leaves half a file: the bytes go beside the target and move into place when complete. */
class FileDownloadTest {
    @TempDir
    Path dir;

    private static TransportResponse response(InputStream body, String contentLength) {
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public List<String> headers(String name) {
                return name.equalsIgnoreCase("Content-Length") && contentLength != null ? List.of(contentLength)
                        : List.of();
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
            }
        };
    }

    private static InputStream failingAfter(String text) {
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aDownloadThatFailsMidwayLeavesTheExistingFileWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("resume.pdf"), "the old resume");

        assertThatThrownBy(() -> new FileDownload(response(failingAfter("%PDF-half"), null)).saveTo(target))
                .isInstanceOf(UnipileTransportException.class).hasMessageContaining("connection reset");

        assertThat(Files.readString(target)).isEqualTo("the old resume");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsAFailureNotAFile() throws IOException {
        Path target = dir.resolve("new.pdf");

        assertThatThrownBy(() -> new FileDownload(response(new ByteArrayInputStream(new byte[5]), "10"))
                .saveTo(target)).isInstanceOf(UnipileTransportException.class)
                .hasMessageContaining("declared 10 bytes but sent 5");

        assertThat(files()).isEmpty();
    }

    @Test
    void aCompleteDownloadReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");

        long n = new FileDownload(response(new ByteArrayInputStream("new bytes".getBytes(StandardCharsets.UTF_8)),
                "9")).saveTo(target);

        assertThat(n).isEqualTo(9);
        assertThat(Files.readString(target)).isEqualTo("new bytes");
        assertThat(files()).containsExactly(target);
    }
}
