package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply to starting a chat ({@code "object": "ChatStarted"}).
 *
 * @param object    always {@code ChatStarted}
 * @param chatId    the Unipile id of the new chat, or {@code null} when the provider did not tell it yet
 * @param messageId the Unipile id of the first message, or {@code null} when the provider did not tell it yet
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record ChatStarted(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "chat_id", required = true) String chatId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "message_id", required = true) String messageId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatStarted {
        extra = Immutables.map(extra);
    }
}
