package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Whether a hosted auth link connects a new account or reconnects one ({@code type}). */
public final class HostedAuthLinkType extends StringEnum {
    private static final EnumValues<HostedAuthLinkType> VALUES = new EnumValues<>(HostedAuthLinkType::new);

    /** Connect a new account. */
    public static final HostedAuthLinkType CREATE = VALUES.known("create");

    /** Reconnect an account that was disconnected. */
    public static final HostedAuthLinkType RECONNECT = VALUES.known("reconnect");

    private HostedAuthLinkType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HostedAuthLinkType of(String value) {
        return VALUES.of(value);
    }
}
