package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The payload of an account-status webhook: {@code {"AccountStatus": {"account_id", "account_type", "message"}}}.
 *
 * @param accountStatus the wire's {@code AccountStatus}; never {@code null} when {@link WebhookEvents} parsed it
 * @param extra         fields beside {@code AccountStatus} this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record AccountStatusEvent(
        @JsonProperty("AccountStatus") AccountStatus accountStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookEvent {

    public AccountStatusEvent {
        extra = Immutables.map(extra);
    }

    /**
     * The account and its new status.
     *
     * @param accountId   the Unipile id of the account
     * @param accountType the account's provider
     * @param message     the account's new status
     * @param extra       fields this version of the library does not know, kept as sent
     */
    public record AccountStatus(
            @JsonProperty("account_id") String accountId,
            @JsonProperty("account_type") AccountType accountType,
            @JsonProperty("message") AccountStatusMessage message,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public AccountStatus {
            extra = Immutables.map(extra);
        }
    }
}
