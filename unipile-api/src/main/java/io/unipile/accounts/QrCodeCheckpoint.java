package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The user must scan a QR code with the provider's app ({@code "type": "QRCODE"}, WhatsApp and Telegram). Encode
 * {@link #qrCode()} as a QR code with any QR library (ZXing, a JavaScript widget, ...) and show it; the account is
 * connected once it is scanned, which the {@code account_status} webhook tells ({@code CREATION_SUCCESS}).
 *
 * @param qrCode the text to encode as a QR code, exactly as sent
 * @param extra  fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record QrCodeCheckpoint(
        @JsonProperty(value = "qrcode", required = true) String qrCode,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Checkpoint {

    public QrCodeCheckpoint {
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#QRCODE}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.QRCODE;
    }
}
