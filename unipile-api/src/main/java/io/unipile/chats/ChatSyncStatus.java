package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where the sync of a chat's history stands ({@code status} of {@link ChatHistorySync}). */
public final class ChatSyncStatus extends StringEnum {
    private static final EnumValues<ChatSyncStatus> VALUES = new EnumValues<>(ChatSyncStatus::new);

    /** The sync was started by this request. */
    public static final ChatSyncStatus SYNC_STARTED = VALUES.known("SYNC_STARTED");

    /** The chat no longer exists on the provider. */
    public static final ChatSyncStatus CHAT_DELETED = VALUES.known("CHAT_DELETED");

    /** A sync was already running. */
    public static final ChatSyncStatus SYNC_RUNNING = VALUES.known("SYNC_RUNNING");

    /** The history is synced. */
    public static final ChatSyncStatus SYNC_DONE = VALUES.known("SYNC_DONE");

    /** The sync failed. */
    public static final ChatSyncStatus SYNC_ERROR = VALUES.known("SYNC_ERROR");

    private ChatSyncStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChatSyncStatus of(String value) {
        return VALUES.of(value);
    }
}
