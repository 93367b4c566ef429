package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The special kind of a LinkedIn conversation ({@code content_type}). */
public final class ChatContentType extends StringEnum {
    private static final EnumValues<ChatContentType> VALUES = new EnumValues<>(ChatContentType::new);

    /** An InMail. */
    public static final ChatContentType INMAIL = VALUES.known("inmail");

    /** A sponsored message. */
    public static final ChatContentType SPONSORED = VALUES.known("sponsored");

    /** A LinkedIn offer. */
    public static final ChatContentType LINKEDIN_OFFER = VALUES.known("linkedin_offer");

    private ChatContentType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChatContentType of(String value) {
        return VALUES.of(value);
    }
}
