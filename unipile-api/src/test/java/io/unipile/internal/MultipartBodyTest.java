package io.unipile.internal;

import io.unipile.files.FileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartBodyTest {

    private static String read(MultipartBody body) throws IOException {
        try (InputStream in = body.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesFieldsAndFilesInOrderWithAnExactLength(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("cv.pdf"), "%PDF-1.7");
        MultipartBody body = MultipartBody.builder()
                .field("attendees_ids", "a")
                .field("attendees_ids", "b")
                .field("text", "héllo")
                .field("skipped", null)
                .file("attachments", FileInput.of(pdf))
                .file("voice_message", FileInput.of(new byte[]{1, 2, 3}, "note.ogg"))
                .build();
        String b = body.boundary();

        String text = read(body);

        assertThat(text).isEqualTo("--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"attendees_ids\"\r\n\r\na\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"attendees_ids\"\r\n\r\nb\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"text\"\r\n\r\nhéllo\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"attachments\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"voice_message\"; filename=\"note.ogg\"\r\n"
                + "Content-Type: audio/ogg\r\n\r\n\u0001\u0002\u0003\r\n"
                + "--" + b + "--\r\n");
        assertThat(body.contentLength()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=" + b);
        assertThat(body.isRepeatable()).isTrue();
        assertThat(read(body)).isEqualTo(text);
    }

    @Test
    void quotesAndLineBreaksInNamesCannotBreakTheHeader() throws IOException {
        MultipartBody body = MultipartBody.builder()
                .field("x\"\r\nX-Evil: 1", "v")
                .file("attachments", FileInput.of(new byte[0], "a\"b.txt"))
                .build();

        String text = read(body);
        assertThat(text).contains("name=\"x%22%0D%0AX-Evil: 1\"\r\n\r\nv\r\n");
        assertThat(text).contains("filename=\"a%22b.txt\"\r\nContent-Type: text/plain\r\n");
    }

    @Test
    void boundariesDifferPerBody() {
        assertThat(MultipartBody.builder().build().boundary()).isNotEqualTo(MultipartBody.builder().build().boundary());
    }

    @Test
    void aStreamShorterThanDeclaredFailsInsteadOfSendingAShortBody() {
        MultipartBody body = MultipartBody.builder()
                .file("attachments", FileInput.of(new ByteArrayInputStream(new byte[10]), 20, "x.bin"))
                .build();

        assertThatThrownBy(() -> read(body)).isInstanceOf(IOException.class)
                .hasMessageContaining("x.bin").hasMessageContaining("10 bytes before its declared length of 20");
    }

    @Test
    void aStreamLongerThanDeclaredFails() {
        MultipartBody body = MultipartBody.builder()
                .file("attachments", FileInput.of(new ByteArrayInputStream(new byte[30]), 20, "x.bin"))
                .build();

        assertThatThrownBy(() -> read(body)).isInstanceOf(IOException.class)
                .hasMessageContaining("longer than its declared length of 20");
    }

    @Test
    void aBodyWithAStreamIsNotRepeatable() throws IOException {
        MultipartBody body = MultipartBody.builder()
                .file("attachments", FileInput.of(new ByteArrayInputStream(new byte[3]), 3, "x.bin"))
                .build();

        assertThat(body.isRepeatable()).isFalse();
        read(body);
        assertThatThrownBy(() -> read(body)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already sent");
    }

    @Test
    void streamsAGibibyteWithoutHoldingIt() throws IOException {
        long size = 1L << 30;
        MultipartBody body = MultipartBody.builder()
                .file("attachments", FileInput.of(new ZeroStream(size), size, "big.bin"))
                .build();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = body.open()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
            }
        }
        assertThat(total).isEqualTo(body.contentLength()).isGreaterThan(size);
    }

    /** {@code size} zero bytes, generated on the fly. */
    static final class ZeroStream extends InputStream {
        private long remaining;

        ZeroStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }
}
