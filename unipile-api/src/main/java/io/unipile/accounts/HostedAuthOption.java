package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** An option of the hosted auth wizard that can be hidden from the user ({@code disabled_options}). */
public final class HostedAuthOption extends StringEnum {
    private static final EnumValues<HostedAuthOption> VALUES = new EnumValues<>(HostedAuthOption::new);

    /** Setting a proxy. */
    public static final HostedAuthOption PROXY = VALUES.known("proxy");

    /** Unipile's automatic proxy. */
    public static final HostedAuthOption AUTOPROXY = VALUES.known("autoproxy");

    /** Signing in with cookies. */
    public static final HostedAuthOption COOKIE_AUTH = VALUES.known("cookie_auth");

    /** Signing in with a user name and password. */
    public static final HostedAuthOption CREDENTIALS_AUTH = VALUES.known("credentials_auth");

    /** Choosing how much history to sync. */
    public static final HostedAuthOption SYNC_LIMIT = VALUES.known("sync_limit");

    /** Choosing the wizard's language. */
    public static final HostedAuthOption LANGUAGE = VALUES.known("language");

    private HostedAuthOption(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HostedAuthOption of(String value) {
        return VALUES.of(value);
    }
}
