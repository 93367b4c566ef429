package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * An action on a chat ({@code action} of {@code PATCH /api/v1/chats/{chat_id}}). Unipile documents one; an action it
 * adds later can be sent with {@link #of(String)} before this library knows it.
 */
public final class ChatAction extends StringEnum {
    private static final EnumValues<ChatAction> VALUES = new EnumValues<>(ChatAction::new);

    /** Marks the chat read ({@code value} {@code true}) or unread ({@code value} {@code false}). */
    public static final ChatAction SET_READ_STATUS = VALUES.known("setReadStatus");

    private ChatAction(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChatAction of(String value) {
        return VALUES.of(value);
    }
}
