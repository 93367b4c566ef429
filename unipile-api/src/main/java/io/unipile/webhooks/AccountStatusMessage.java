package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The status an account-status webhook reports ({@code message} of {@link AccountStatusEvent}), from Unipile's public
 * documentation; {@code CREATION_FAIL} and {@code PERMISSIONS} are inferred from the webhook's event names.
 */
public final class AccountStatusMessage extends StringEnum {
    private static final EnumValues<AccountStatusMessage> VALUES = new EnumValues<>(AccountStatusMessage::new);

    /** The account runs normally. */
    public static final AccountStatusMessage OK = VALUES.known("OK");

    /** Synchronisation stopped on an unexpected error. */
    public static final AccountStatusMessage ERROR = VALUES.known("ERROR");

    /** Synchronisation stopped or was paused. */
    public static final AccountStatusMessage STOPPED = VALUES.known("STOPPED");

    /** The account must be reconnected: its credentials are invalid or missing. */
    public static final AccountStatusMessage CREDENTIALS = VALUES.known("CREDENTIALS");

    /** The account lacks permissions it needs. */
    public static final AccountStatusMessage PERMISSIONS = VALUES.known("PERMISSIONS");

    /** The account is connecting; temporary. */
    public static final AccountStatusMessage CONNECTING = VALUES.known("CONNECTING");

    /** The account was deleted. */
    public static final AccountStatusMessage DELETED = VALUES.known("DELETED");

    /** The account was added and its first synchronisation began. */
    public static final AccountStatusMessage CREATION_SUCCESS = VALUES.known("CREATION_SUCCESS");

    /** Adding the account failed. */
    public static final AccountStatusMessage CREATION_FAIL = VALUES.known("CREATION_FAIL");

    /** The account was reconnected. */
    public static final AccountStatusMessage RECONNECTED = VALUES.known("RECONNECTED");

    /** The synchronisation of the account's history finished. */
    public static final AccountStatusMessage SYNC_SUCCESS = VALUES.known("SYNC_SUCCESS");

    private AccountStatusMessage(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountStatusMessage of(String value) {
        return VALUES.of(value);
    }
}
