package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The kind of security step a provider asks for before an account is connected ({@code type} of a
 * {@link Checkpoint}).
 */
public final class CheckpointType extends StringEnum {
    private static final EnumValues<CheckpointType> VALUES = new EnumValues<>(CheckpointType::new);

    /** A code from an authenticator app or sent by SMS; solve it with the code. */
    public static final CheckpointType TWO_FACTOR = VALUES.known("2FA");

    /** A one-time password sent by e-mail or SMS; solve it with the code. */
    public static final CheckpointType OTP = VALUES.known("OTP");

    /**
     * The provider wants a mobile number to send a code to; solve it with the number, its international dialling
     * code in brackets ({@code (+33)0612345678}).
     */
    public static final CheckpointType PHONE_REGISTER = VALUES.known("PHONE_REGISTER");

    /** The user must approve the sign-in in the provider's app; nothing to send but, if needed, a resend. */
    public static final CheckpointType IN_APP_VALIDATION = VALUES.known("IN_APP_VALIDATION");

    /** A captcha Unipile could not solve by itself. */
    public static final CheckpointType CAPTCHA = VALUES.known("CAPTCHA");

    /** LinkedIn Recruiter: pick one of the account's contracts; solve it with the contract's id. */
    public static final CheckpointType CONTRACT_CHOOSER = VALUES.known("CONTRACT_CHOOSER");

    /** Scan a QR code with the provider's app (WhatsApp, Telegram). */
    public static final CheckpointType QRCODE = VALUES.known("QRCODE");

    private CheckpointType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CheckpointType of(String value) {
        return VALUES.of(value);
    }
}
