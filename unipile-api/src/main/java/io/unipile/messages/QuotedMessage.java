package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

/**
 * The message a message quotes ({@code quoted}).
 *
 * @param providerId  the provider's id of the quoted message
 * @param senderId    the provider id of the quoted message's sender
 * @param text        the text of the quoted message, or {@code null} when it has none
 * @param attachments the attachments of the quoted message; empty when none
 * @param extra       fields this version of the library does not know, kept as sent
 */
public record QuotedMessage(
        @JsonProperty("provider_id") String providerId,
        @JsonProperty("sender_id") String senderId,
        @JsonProperty("text") String text,
        @JsonProperty("attachments") List<MessageAttachment> attachments,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public QuotedMessage {
        attachments = Immutables.list(attachments);
        extra = Immutables.map(extra);
    }
}
