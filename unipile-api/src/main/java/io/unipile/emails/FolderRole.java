package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The role of a mail folder, and of an e-mail by the folder it is in ({@code role} of {@code Email} and {@code Folder}).
 * A value this version does not know still parses and keeps its text.
 */
public final class FolderRole extends StringEnum {
    private static final EnumValues<FolderRole> VALUES = new EnumValues<>(FolderRole::new);

    /** {@code inbox}. */
    public static final FolderRole INBOX = VALUES.known("inbox");

    /** {@code sent}. */
    public static final FolderRole SENT = VALUES.known("sent");

    /** {@code archive}. */
    public static final FolderRole ARCHIVE = VALUES.known("archive");

    /** {@code drafts}. */
    public static final FolderRole DRAFTS = VALUES.known("drafts");

    /** {@code trash}. */
    public static final FolderRole TRASH = VALUES.known("trash");

    /** {@code spam}. */
    public static final FolderRole SPAM = VALUES.known("spam");

    /** {@code all}. */
    public static final FolderRole ALL = VALUES.known("all");

    /** {@code important}. */
    public static final FolderRole IMPORTANT = VALUES.known("important");

    /** {@code starred}. */
    public static final FolderRole STARRED = VALUES.known("starred");

    /** {@code unknown}. */
    public static final FolderRole UNKNOWN = VALUES.known("unknown");

    private FolderRole(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FolderRole of(String value) {
        return VALUES.of(value);
    }
}
