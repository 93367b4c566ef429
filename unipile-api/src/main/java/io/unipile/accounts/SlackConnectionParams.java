package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The connection of a {@link AccountType#SLACK} account.
 *
 * @param im    the messaging identity
 * @param extra fields this version of the library does not know, kept as sent
 */
public record SlackConnectionParams(
        @JsonProperty("im") Im im,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public SlackConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * The Slack workspace and user of the account.
     *
     * @param url    the workspace's URL
     * @param user   the user's name
     * @param userId the user's Slack id
     * @param team   the workspace's name
     * @param teamId the workspace's Slack id
     * @param extra  fields this version of the library does not know, kept as sent
     */
    public record Im(
            @JsonProperty("url") String url,
            @JsonProperty("user") String user,
            @JsonProperty("user_id") String userId,
            @JsonProperty("team") String team,
            @JsonProperty("team_id") String teamId,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Im {
            extra = Immutables.map(extra);
        }
    }
}
