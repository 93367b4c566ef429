package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The LinkedIn kind of a message ({@code message_type}). */
public final class MessageType extends StringEnum {
    private static final EnumValues<MessageType> VALUES = new EnumValues<>(MessageType::new);

    /** An ordinary message. */
    public static final MessageType MESSAGE = VALUES.known("MESSAGE");

    /** An invitation to connect. */
    public static final MessageType INVITATION = VALUES.known("INVITATION");

    /** An InMail. */
    public static final MessageType INMAIL = VALUES.known("INMAIL");

    /** An InMail declined by its recipient. */
    public static final MessageType INMAIL_DECLINE = VALUES.known("INMAIL_DECLINE");

    /** A reply to an InMail. */
    public static final MessageType INMAIL_REPLY = VALUES.known("INMAIL_REPLY");

    /** An InMail accepted by its recipient. */
    public static final MessageType INMAIL_ACCEPT = VALUES.known("INMAIL_ACCEPT");

    private MessageType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MessageType of(String value) {
        return VALUES.of(value);
    }
}
