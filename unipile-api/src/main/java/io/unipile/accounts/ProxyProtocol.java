package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The protocol of the proxy a LinkedIn account goes through. */
public final class ProxyProtocol extends StringEnum {
    private static final EnumValues<ProxyProtocol> VALUES = new EnumValues<>(ProxyProtocol::new);

    /** HTTP. */
    public static final ProxyProtocol HTTP = VALUES.known("http");

    /** HTTPS. */
    public static final ProxyProtocol HTTPS = VALUES.known("https");

    /** SOCKS5. */
    public static final ProxyProtocol SOCKS5 = VALUES.known("socks5");

    private ProxyProtocol(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProxyProtocol of(String value) {
        return VALUES.of(value);
    }
}
