package io.unipile.internal.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.accounts.AccountConnected;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.Checkpoint;
import io.unipile.accounts.CheckpointRequired;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.QrCodeCheckpoint;
import io.unipile.internal.Immutables;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to connecting, reconnecting and solving a checkpoint as it travels: 201 {@code AccountCreated} or
 * {@code AccountReconnected} ({@code object}, {@code account_id}), the only replies the spec documents, or 202
 * {@code Checkpoint}, which adds {@code checkpoint} (documented by Unipile's guides and typings, not the spec). One
 * record for all, so that the spec test judges its required fields; {@link #toResult} makes the public
 * {@link ConnectionResult}.
 *
 * @param object     {@code AccountCreated}, {@code AccountReconnected} or {@code Checkpoint}
 * @param accountId  the account's id
 * @param checkpoint what a {@code Checkpoint} reply asks for, else {@code null}
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record ConnectionReply(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonProperty("checkpoint") Checkpoint checkpoint,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    private static final String CHECKPOINT = "Checkpoint";
    // Unipile once answered a WhatsApp connection {"object": "QrCode", "account_id", "qrcode"}, as its Node SDK
    // still types it; read as the QR code checkpoint it is.
    private static final String LEGACY_QR_CODE = "QrCode";

    public ConnectionReply {
        extra = Immutables.map(extra);
    }

    // Jackson reads the required flags from the creator's parameters: keep them as on the components.
    @JsonCreator
    static ConnectionReply fromJson(
            @JsonProperty(value = "object", required = true) String object,
            @JsonProperty(value = "account_id", required = true) String accountId,
            @JsonProperty("checkpoint") Checkpoint checkpoint,
            @JsonAnySetter Map<String, JsonNode> extra) throws MismatchedInputException {
        // The spec makes both non-empty strings: a null says nothing of the connection's outcome.
        if (object == null || accountId == null) {
            throw MismatchedInputException.from((JsonParser) null, ConnectionReply.class,
                    "Null value for required property '" + (object == null ? "object" : "account_id") + "'");
        }
        if (CHECKPOINT.equals(object) && checkpoint == null) {
            throw MismatchedInputException.from((JsonParser) null, ConnectionReply.class,
                    "Missing required property 'checkpoint' of a Checkpoint reply");
        }
        return new ConnectionReply(object, accountId, checkpoint, extra);
    }

    /** The public result; {@code provider} is the one the request named, which Unipile does not repeat. */
    public ConnectionResult toResult(AccountType provider) {
        if (checkpoint != null) {
            return new CheckpointRequired(object, accountId, provider, checkpoint, extra);
        }
        JsonNode qrCode = extra.get("qrcode");
        if (LEGACY_QR_CODE.equals(object) && qrCode != null && qrCode.isTextual()) {
            Map<String, JsonNode> rest = new LinkedHashMap<>(extra);
            rest.remove("qrcode");
            return new CheckpointRequired(object, accountId, provider,
                    new QrCodeCheckpoint(qrCode.textValue(), Map.of()), rest);
        }
        return new AccountConnected(object, accountId, extra);
    }
}
