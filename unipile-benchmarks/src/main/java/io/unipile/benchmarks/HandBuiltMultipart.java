package io.unipile.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The framing of a send-message body written by hand, as a caller of a raw HTTP client would: a {@code text} field,
 * optionally one file part named {@code attachments}, and the closing delimiter. The file's bytes are not part of
 * it, so that the raw clients can send them from where they are (an array or a stream) without copying, which is
 * the cheapest a hand-written client can do and so the fairest baseline for the SDK's streamed multipart body.
 *
 * @param contentType the {@code Content-Type} header, with the boundary
 * @param head        everything before the file's bytes (or the whole body but the closing line when there is no file)
 * @param tail        everything after the file's bytes
 */
record HandBuiltMultipart(String contentType, byte[] head, byte[] tail) {

    /** Frames a message with {@code text} and, when {@code fileName} is not null, one file part. */
    static HandBuiltMultipart of(String text, String fileName) {
        // A fresh random boundary per body, as the SDK makes one per request.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String boundary = "raw-" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        StringBuilder head = new StringBuilder(256)
                .append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"text\"\r\n\r\n")
                .append(text).append("\r\n");
        String tail = "--" + boundary + "--\r\n";
        if (fileName != null) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"attachments\"; filename=\"").append(fileName)
                    .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            tail = "\r\n" + tail;
        }
        return new HandBuiltMultipart("multipart/form-data; boundary=" + boundary,
                head.toString().getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.US_ASCII));
    }

    /** The body's length given the file's. */
    long length(long fileLength) {
        return head.length + fileLength + tail.length;
    }
}
