package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A security step the provider asks for before an account is connected ({@code checkpoint} of a
 * {@link CheckpointRequired}). Its {@code type} decides the record; match on it:
 * <pre>{@code
 * switch (required.checkpoint()) {
 *     case QrCodeCheckpoint qr -> showQrCode(qr.qrCode());                 // WhatsApp, Telegram
 *     case TwoFactorCheckpoint tf -> askCode(tf.source());                 // then solveCheckpoint
 *     case ContractChooserCheckpoint cc -> askContract(cc.contractOptions());
 *     default -> ...
 * }
 * }</pre>
 * (with {@code instanceof} before Java 21). A type this version does not know yields {@link UnknownCheckpoint}, which
 * keeps the JSON as sent.
 */
@JsonDeserialize(using = CheckpointDeserializer.class)
public sealed interface Checkpoint permits TwoFactorCheckpoint, OtpCheckpoint, PhoneRegisterCheckpoint,
        InAppValidationCheckpoint, CaptchaCheckpoint, ContractChooserCheckpoint, QrCodeCheckpoint, UnknownCheckpoint {

    /** The kind of checkpoint, the wire's {@code type}; {@code null} only when it was not sent. */
    @JsonProperty("type")
    CheckpointType type();

    /** Whether it is solved by sending a code ({@link AccountsClient#solveCheckpoint}) rather than in an app. */
    default boolean takesCode() {
        return false;
    }
}
