package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The payload of a {@code users} webhook: the account has a new relation, typically because someone accepted its
 * invitation (the moment an outreach sequence sends its first message).
 * <p>The field names are the {@code data} keys the v1 document lists for {@code source: users}; no schema gives their
 * types. A field renamed through the webhook's {@code data} lands in {@code extra} under its new name.
 *
 * @param event                {@link WebhookEventType#NEW_RELATION}
 * @param accountId            the Unipile id of the account that has the new relation
 * @param accountType          the account's provider
 * @param webhookName          the name of the webhook that delivers this payload, or {@code null} when it has none
 * @param timestamp            when it happened, as the server wrote it, or {@code null}; see
 *                             {@link #timestampInstant()}
 * @param userProviderId       the provider's id of the new relation: what {@code users().get} and
 *                             {@code chats().start} take
 * @param userFullName         the new relation's name
 * @param userPublicIdentifier the new relation's public identifier (the LinkedIn profile slug), or {@code null}
 * @param userProfileUrl       the new relation's profile URL, or {@code null}
 * @param userPictureUrl       the new relation's picture URL, or {@code null}
 * @param extra                fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record NewRelationEvent(
        @JsonProperty("event") WebhookEventType event,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("account_type") AccountType accountType,
        @JsonProperty("webhook_name") String webhookName,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("user_provider_id") String userProviderId,
        @JsonProperty("user_full_name") String userFullName,
        @JsonProperty("user_public_identifier") String userPublicIdentifier,
        @JsonProperty("user_profile_url") String userProfileUrl,
        @JsonProperty("user_picture_url") String userPictureUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookEvent {

    public NewRelationEvent {
        extra = Immutables.map(extra);
    }

    /** {@code timestamp} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> timestampInstant() {
        return Json.parseInstant(timestamp);
    }
}
