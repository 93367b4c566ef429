package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** What to do with a received invitation ({@code action}). */
public final class InvitationAction extends StringEnum {
    private static final EnumValues<InvitationAction> VALUES = new EnumValues<>(InvitationAction::new);

    /** Accept: the sender becomes a relation. */
    public static final InvitationAction ACCEPT = VALUES.known("accept");

    /** Decline. */
    public static final InvitationAction DECLINE = VALUES.known("decline");

    private InvitationAction(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InvitationAction of(String value) {
        return VALUES.of(value);
    }
}
