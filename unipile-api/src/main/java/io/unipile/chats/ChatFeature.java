package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A feature a chat does not offer ({@code disabledFeatures}). */
public final class ChatFeature extends StringEnum {
    private static final EnumValues<ChatFeature> VALUES = new EnumValues<>(ChatFeature::new);

    /** Reacting to messages. */
    public static final ChatFeature REACTIONS = VALUES.known("reactions");

    /** Replying to the chat. */
    public static final ChatFeature REPLY = VALUES.known("reply");

    private ChatFeature(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChatFeature of(String value) {
        return VALUES.of(value);
    }
}
