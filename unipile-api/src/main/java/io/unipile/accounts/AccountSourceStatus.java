package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The state of one service ("source") of an account (the spec calls it {@code AccountSourceServiceStatus}). */
public final class AccountSourceStatus extends StringEnum {
    private static final EnumValues<AccountSourceStatus> VALUES = new EnumValues<>(AccountSourceStatus::new);

    /** The service is running normally. */
    public static final AccountSourceStatus OK = VALUES.known("OK");

    /** The service has been stopped. */
    public static final AccountSourceStatus STOPPED = VALUES.known("STOPPED");

    /** The service has met an unspecified error and has been stopped. */
    public static final AccountSourceStatus ERROR = VALUES.known("ERROR");

    /** The credentials must be refreshed for the service to run. */
    public static final AccountSourceStatus CREDENTIALS = VALUES.known("CREDENTIALS");

    /** Permissions are missing on the host device for the service to run. */
    public static final AccountSourceStatus PERMISSIONS = VALUES.known("PERMISSIONS");

    /** The service is connecting. */
    public static final AccountSourceStatus CONNECTING = VALUES.known("CONNECTING");

    private AccountSourceStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountSourceStatus of(String value) {
        return VALUES.of(value);
    }
}
