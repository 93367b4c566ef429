package io.unipile.accounts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;

/**
 * Picks the {@link Checkpoint} record from {@code type}. Hand-written rather than {@code @JsonTypeInfo}: that one
 * coerces a number into a name, and it cannot keep an unknown type's JSON whole.
 */
final class CheckpointDeserializer extends StdDeserializer<Checkpoint> {
    private static final long serialVersionUID = 1L;

    private static final Map<CheckpointType, Class<? extends Checkpoint>> KINDS = Map.of(
            CheckpointType.TWO_FACTOR, TwoFactorCheckpoint.class,
            CheckpointType.OTP, OtpCheckpoint.class,
            CheckpointType.PHONE_REGISTER, PhoneRegisterCheckpoint.class,
            CheckpointType.IN_APP_VALIDATION, InAppValidationCheckpoint.class,
            CheckpointType.CAPTCHA, CaptchaCheckpoint.class,
            CheckpointType.CONTRACT_CHOOSER, ContractChooserCheckpoint.class,
            CheckpointType.QRCODE, QrCodeCheckpoint.class);

    CheckpointDeserializer() {
        super(Checkpoint.class);
    }

    @Override
    public Checkpoint deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A checkpoint must be a JSON object, not %s", tree.getNodeType());
        }
        JsonNode type = tree.get("type");
        if (type != null && !type.isNull() && !type.isTextual()) {
            return ctxt.reportInputMismatch(this, "A checkpoint needs a string \"type\", not %s", type);
        }
        Class<? extends Checkpoint> kind =
                type == null || type.isNull() ? null : KINDS.get(CheckpointType.of(type.textValue()));
        if (kind == null) {
            return new UnknownCheckpoint(tree);
        }
        // The record's class already says the type; left in, it would land in the record's extra.
        ((ObjectNode) tree).remove("type");
        return ctxt.readTreeAsValue(tree, kind);
    }
}
