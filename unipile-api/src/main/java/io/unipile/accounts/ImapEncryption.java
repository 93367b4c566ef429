package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How a mail account secures its IMAP connection ({@code imap_encryption}); the spec lists the values without describing them. */
public final class ImapEncryption extends StringEnum {
    private static final EnumValues<ImapEncryption> VALUES = new EnumValues<>(ImapEncryption::new);

    /** {@code tls}. */
    public static final ImapEncryption TLS = VALUES.known("tls");

    /** {@code ssl}. */
    public static final ImapEncryption SSL = VALUES.known("ssl");

    /** {@code starttls}. */
    public static final ImapEncryption STARTTLS = VALUES.known("starttls");

    /** {@code default}. */
    public static final ImapEncryption DEFAULT = VALUES.known("default");

    private ImapEncryption(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ImapEncryption of(String value) {
        return VALUES.of(value);
    }
}
