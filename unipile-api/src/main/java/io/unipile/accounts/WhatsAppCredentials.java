package io.unipile.accounts;

/**
 * A WhatsApp account signs in by scanning a QR code: connecting answers a {@link CheckpointRequired} whose
 * {@link QrCodeCheckpoint} holds the text to show as a QR code. There is nothing to send but the provider.
 */
public final class WhatsAppCredentials implements AccountCredentials {
    private static final WhatsAppCredentials QR_CODE = new WhatsAppCredentials();

    private WhatsAppCredentials() {
    }

    /** Sign in by QR code, the only way. */
    public static WhatsAppCredentials qrCode() {
        return QR_CODE;
    }

    @Override
    public AccountType provider() {
        return AccountType.WHATSAPP;
    }

    @Override
    public String toString() {
        return "WhatsAppCredentials[qrCode]";
    }
}
