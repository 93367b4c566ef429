package io.unipile.testkit;

import java.util.Objects;

/**
 * A file part of a multipart request, as received.
 *
 * @param fieldName the part's name, e.g. {@code attachments} or {@code linkedin[follow_up][attachments]}
 * @param fileName the {@code filename} parameter
 * @param contentType the part's {@code Content-Type}, or null when it had none
 * @param content the bytes
 */
public record FormFile(String fieldName, String fileName, String contentType, FileContent content) {

    /** Requires the names and the content. */
    public FormFile {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** The size in bytes. */
    public int size() {
        return content.size();
    }
}
