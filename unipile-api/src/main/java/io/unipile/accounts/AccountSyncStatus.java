package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where the resync of an account's messaging data stands ({@code status} of {@link AccountResync}). */
public final class AccountSyncStatus extends StringEnum {
    private static final EnumValues<AccountSyncStatus> VALUES = new EnumValues<>(AccountSyncStatus::new);

    /** The sync was started by this request. */
    public static final AccountSyncStatus SYNC_STARTED = VALUES.known("SYNC_STARTED");

    /** A sync is running; poll again. */
    public static final AccountSyncStatus SYNC_RUNNING = VALUES.known("SYNC_RUNNING");

    /** The sync is done. */
    public static final AccountSyncStatus SYNC_DONE = VALUES.known("SYNC_DONE");

    /** The sync failed. */
    public static final AccountSyncStatus SYNC_ERROR = VALUES.known("SYNC_ERROR");

    /** One chunk of chats is synced ({@code chunk_size}); poll again for the next. */
    public static final AccountSyncStatus CHUNK_DONE = VALUES.known("CHUNK_DONE");

    private AccountSyncStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountSyncStatus of(String value) {
        return VALUES.of(value);
    }
}
