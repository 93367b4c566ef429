package io.unipile.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartParserTest {
    private static final String BOUNDARY = "XyZ";

    private static List<MultipartParser.Part> parse(String body) throws Exception {
        return MultipartParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY,
                Long.MAX_VALUE);
    }

    @Test
    void readsFieldsAndFilesInOrder() throws Exception {
        List<MultipartParser.Part> parts = parse("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "line one\r\nline two\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"attachments\"; filename=\"a \\\"quoted\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "--XyZ is not a delimiter without CRLF\r\n"
                + "--XyZ--\r\n");

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("text");
        assertThat(parts.get(0).isFile()).isFalse();
        assertThat(parts.get(0).text()).isEqualTo("line one\r\nline two");
        assertThat(parts.get(1).fileName()).isEqualTo("a \"quoted\".txt");
        assertThat(parts.get(1).contentType()).isEqualTo("text/plain");
        assertThat(parts.get(1).text()).isEqualTo("--XyZ is not a delimiter without CRLF");
    }

    @Test
    void acceptsAPreambleEmptyPartsAndExtendedFileNames() throws Exception {
        List<MultipartParser.Part> parts = parse("ignored preamble\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"empty\"\r\n\r\n"
                + "\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename=\"x\"; filename*=UTF-8''na%C3%AFve.txt\r\n\r\n"
                + "\r\n--XyZ--");

        assertThat(parts.get(0).text()).isEmpty();
        assertThat(parts.get(1).fileName()).isEqualTo("na\u00efve.txt");
        assertThat(parts.get(1).content()).isEmpty();
    }

    @Test
    void streamsLargeFilesDeliveredInTinyReads() throws Exception {
        byte[] file = new byte[1_000_003];
        new Random(7).nextBytes(file);
        byte[] head = ("--XyZ\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"r.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);

        List<MultipartParser.Part> parts = MultipartParser.parse(new TrickleInputStream(body, 7), BOUNDARY,
                Long.MAX_VALUE);

        assertThat(parts).singleElement().satisfies(p -> assertThat(p.content()).isEqualTo(file));
    }

    @Test
    void enforcesTheSizeCap() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a\"\r\n\r\n"
                + "0123456789\r\n--XyZ--";

        assertThatThrownBy(() -> MultipartParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                BOUNDARY, 9)).isInstanceOf(MultipartParser.TooLargeException.class);
    }

    @Test
    void rejectsMalformedBodies() {
        assertThatThrownBy(() -> parse("no boundary at all")).isInstanceOf(MultipartParser.MalformedMultipartException.class);
        assertThatThrownBy(() -> parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"))
                .isInstanceOf(MultipartParser.MalformedMultipartException.class);
        assertThatThrownBy(() -> parse("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--"))
                .isInstanceOf(MultipartParser.MalformedMultipartException.class)
                .hasMessageContaining("Content-Disposition");
        assertThatThrownBy(() -> parse("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--"))
                .isInstanceOf(MultipartParser.MalformedMultipartException.class).hasMessageContaining("name");
    }

    @Test
    void extractsTheBoundaryFromTheContentType() {
        assertThat(MultipartParser.boundaryOf("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartParser.boundaryOf("Multipart/Form-Data;charset=utf-8; BOUNDARY=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartParser.boundaryOf("multipart/form-data")).isNull();
        assertThat(MultipartParser.boundaryOf("application/json")).isNull();
        assertThat(MultipartParser.boundaryOf(null)).isNull();
    }

    /** Hands out at most {@code chunk} bytes per read, to split delimiters across reads. */
    private static final class TrickleInputStream extends FilterInputStream {
        private final int chunk;

        TrickleInputStream(byte[] body, int chunk) {
            super(new ByteArrayInputStream(body));
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }

    @Test
    void partHeadersMayNotBeEndless() {
        InputStream endless = new InputStream() {
            private int sent;
            private final byte[] start = "--XyZ\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() {
                return sent < start.length ? start[sent++] : 'a';
            }
        };
        assertThatThrownBy(() -> MultipartParser.parse(endless, BOUNDARY, Long.MAX_VALUE))
                .isInstanceOf(MultipartParser.TooLargeException.class)
                .hasMessageContaining(MultipartParser.MAX_PART_HEADER_BYTES + " bytes");
    }

    @Test
    void partHeadersUpToTheCapAreRead() throws Exception {
        String disposition = "Content-Disposition: form-data; name=\"a\"\r\n";
        String filler = "X-Pad: " + "p".repeat(MultipartParser.MAX_PART_HEADER_BYTES - disposition.length() - 7);

        List<MultipartParser.Part> parts = parse("--XyZ\r\n" + disposition + filler + "\r\n\r\nv\r\n--XyZ--");

        assertThat(parts).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("v"));
        assertThatThrownBy(() -> parse("--XyZ\r\n" + disposition + filler + "p\r\n\r\nv\r\n--XyZ--"))
                .isInstanceOf(MultipartParser.TooLargeException.class);
    }

    @Test
    void capsTheNumberOfPartsHoweverEmptyTheyAre() throws Exception {
        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n";

        assertThat(parse(part.repeat(MultipartParser.MAX_PARTS) + "--XyZ--")).hasSize(MultipartParser.MAX_PARTS);
        assertThatThrownBy(() -> parse(part.repeat(MultipartParser.MAX_PARTS + 1) + "--XyZ--"))
                .isInstanceOf(MultipartParser.TooLargeException.class)
                .hasMessageContaining(MultipartParser.MAX_PARTS + " parts");
    }

    @Test
    void decodesExtendedFileNamesInEitherCharsetWithALanguage() throws Exception {
        List<MultipartParser.Part> parts = parse("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename*=iso-8859-1'fr'caf%E9+1.txt\r\n\r\n"
                + "\r\n--XyZ--");

        assertThat(parts.get(0).fileName()).isEqualTo("caf\u00e9+1.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8''bad%zz.txt", "UTF-8''cut%E", "UTF-8''%", "no-quotes.txt", "UTF-8'only-one",
        "KOI8-R''x.txt"})
    void malformedExtendedFileNamesAreMalformedBodies(String value) {
        assertThatThrownBy(() -> parse("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"f\"; filename*=" + value + "\r\n\r\n"
                + "\r\n--XyZ--"))
                .isInstanceOf(MultipartParser.MalformedMultipartException.class)
                .hasMessageContaining("filename*");
    }
}
