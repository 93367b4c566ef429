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
 * The reply to syncing a chat's history ({@code "object": "ChatHistorySync"}).
 *
 * @param object always {@code ChatHistorySync}
 * @param chatId the chat being synced
 * @param status where the sync stands; unknown values are kept
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record ChatHistorySync(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "chat_id", required = true) String chatId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "status", required = true) ChatSyncStatus status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatHistorySync {
        extra = Immutables.map(extra);
    }
}
