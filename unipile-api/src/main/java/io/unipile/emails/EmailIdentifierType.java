package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The kind of identifier of an e-mail attendee ({@code identifier_type}); e-mail attendees are {@link #EMAIL_ADDRESS}.
 * A value this version does not know still parses and keeps its text.
 */
public final class EmailIdentifierType extends StringEnum {
    private static final EnumValues<EmailIdentifierType> VALUES = new EnumValues<>(EmailIdentifierType::new);

    /** {@code EMAIL_ADDRESS}. */
    public static final EmailIdentifierType EMAIL_ADDRESS = VALUES.known("EMAIL_ADDRESS");

    /** {@code CHAT_ATTENDEE_ID}. */
    public static final EmailIdentifierType CHAT_ATTENDEE_ID = VALUES.known("CHAT_ATTENDEE_ID");

    /** {@code PHONE_NUMBER}. */
    public static final EmailIdentifierType PHONE_NUMBER = VALUES.known("PHONE_NUMBER");

    private EmailIdentifierType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmailIdentifierType of(String value) {
        return VALUES.of(value);
    }
}
