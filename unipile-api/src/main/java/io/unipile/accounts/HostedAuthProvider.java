package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A provider a hosted auth link may offer ({@code providers} of {@link HostedAuthLinkRequest}). */
public final class HostedAuthProvider extends StringEnum {
    private static final EnumValues<HostedAuthProvider> VALUES = new EnumValues<>(HostedAuthProvider::new);

    /** LinkedIn. */
    public static final HostedAuthProvider LINKEDIN = VALUES.known("LINKEDIN");

    /** WhatsApp. */
    public static final HostedAuthProvider WHATSAPP = VALUES.known("WHATSAPP");

    /** Instagram. */
    public static final HostedAuthProvider INSTAGRAM = VALUES.known("INSTAGRAM");

    /** Facebook Messenger. */
    public static final HostedAuthProvider MESSENGER = VALUES.known("MESSENGER");

    /** Telegram. */
    public static final HostedAuthProvider TELEGRAM = VALUES.known("TELEGRAM");

    /** Google (mail and calendar). */
    public static final HostedAuthProvider GOOGLE = VALUES.known("GOOGLE");

    /** Microsoft (mail and calendar). */
    public static final HostedAuthProvider OUTLOOK = VALUES.known("OUTLOOK");

    /** X (Twitter). */
    public static final HostedAuthProvider TWITTER = VALUES.known("TWITTER");

    /** Any mailbox over IMAP and SMTP. */
    public static final HostedAuthProvider MAIL = VALUES.known("MAIL");

    private HostedAuthProvider(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HostedAuthProvider of(String value) {
        return VALUES.of(value);
    }
}
