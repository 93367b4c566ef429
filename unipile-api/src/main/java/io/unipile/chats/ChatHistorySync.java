package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The reply to syncing a chat's history ({@code "object": "ChatHistorySync"}).
 *
 * @param object always {@code ChatHistorySync}
 * @param chatId the chat being synced
 * @param status where the sync stands; unknown values are kept
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record ChatHistorySync(
        @JsonProperty("object") String object,
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("status") ChatSyncStatus status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public ChatHistorySync {
        extra = Immutables.map(extra);
    }
}
