package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * A Telegram account signs in by scanning a QR code: connecting answers a {@link CheckpointRequired} whose
 * {@link QrCodeCheckpoint} holds the text to show as a QR code. An account protected by a cloud password sends it
 * too.
 */
public final class TelegramCredentials implements AccountCredentials {
    private final String password;

    private TelegramCredentials(String password) {
        this.password = password;
    }

    /** Sign in by QR code. */
    public static TelegramCredentials qrCode() {
        return new TelegramCredentials(null);
    }

    /** Sign in by QR code, with the account's cloud password ({@code password}). */
    public static TelegramCredentials qrCode(String password) {
        return new TelegramCredentials(Check.notBlank("password", password));
    }

    @Override
    public AccountType provider() {
        return AccountType.TELEGRAM;
    }

    /** {@code password}: the cloud password, or {@code null}. */
    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TelegramCredentials c && Objects.equals(password, c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(password);
    }

    @Override
    public String toString() {
        return "TelegramCredentials[qrCode, password=" + (password == null ? null : Redactor.MARK) + "]";
    }
}
