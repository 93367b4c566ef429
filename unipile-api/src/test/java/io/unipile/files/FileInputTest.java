package io.unipile.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileInputTest {

    @Test
    void aPathKeepsItsNameSizeAndGuessedType(@TempDir Path dir) throws IOException {
        Path p = Files.write(dir.resolve("photo.JPG"), new byte[]{1, 2, 3, 4});

        FileInput f = FileInput.of(p);

        assertThat(f.fileName()).isEqualTo("photo.JPG");
        assertThat(f.contentType()).isEqualTo("image/jpeg");
        assertThat(f.length()).isEqualTo(4);
        assertThat(f.isRepeatable()).isTrue();
        try (InputStream in = f.openStream()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void bytesAreCopiedSoLaterChangesDoNotLeakIntoTheUpload() throws IOException {
        byte[] data = {9, 9};
        FileInput f = FileInput.of(data, "a.bin");
        data[0] = 0;

        try (InputStream in = f.openStream()) {
            assertThat(in.readAllBytes()).containsExactly(9, 9);
        }
        assertThat(f.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void theContentTypeCanBeGivenAndIsChecked() {
        FileInput f = FileInput.of(new byte[0], "voice").withContentType("audio/ogg; codecs=opus");

        assertThat(f.contentType()).isEqualTo("audio/ogg; codecs=opus");
        assertThatThrownBy(() -> f.withContentType("ogg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contentType");
        assertThatThrownBy(() -> f.withContentType("audio/ogg\r\nX: y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contentType");
    }

    @Test
    void guessesTheTypesMessagingUses() {
        assertThat(FileInput.of(new byte[0], "v.mp4").contentType()).isEqualTo("video/mp4");
        assertThat(FileInput.of(new byte[0], "n.m4a").contentType()).isEqualTo("audio/mp4");
        assertThat(FileInput.of(new byte[0], "d.pdf").contentType()).isEqualTo("application/pdf");
        assertThat(FileInput.of(new byte[0], "noextension").contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void badArgumentsNameTheField(@TempDir Path dir) {
        assertThatThrownBy(() -> FileInput.of(new byte[0], " ")).hasMessageContaining("fileName");
        assertThatThrownBy(() -> FileInput.of(new byte[0], "a\r\nb.txt")).hasMessageContaining("fileName");
        assertThatThrownBy(() -> FileInput.of(new ByteArrayInputStream(new byte[0]), -1, "a"))
                .hasMessageContaining("length");
        assertThatThrownBy(() -> FileInput.of(dir.resolve("missing.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.txt");
        assertThatThrownBy(() -> FileInput.of(dir)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamCanBeSentOnce() throws IOException {
        FileInput f = FileInput.of(new ByteArrayInputStream(new byte[]{1}), 1, "a.bin");

        assertThat(f.isRepeatable()).isFalse();
        f.openStream().close();
        assertThatThrownBy(f::openStream).isInstanceOf(IllegalStateException.class);
    }
}
