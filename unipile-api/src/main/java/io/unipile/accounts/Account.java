package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * An account linked to Unipile ({@code "object": "Account"}), as {@code GET /api/v1/accounts/{id}} and the items of
 * {@code GET /api/v1/accounts} return it.
 *
 * @param object           always {@code Account}
 * @param type             the provider of the account
 * @param connectionParams how the account is connected; its record type follows {@code type} (see
 *                         {@link ConnectionParams}), or {@code null} when the server sent none
 * @param id               the Unipile id of the account
 * @param name             the account's display name
 * @param createdAt        when the account was linked
 * @param lastFetchedAt    when Unipile last fetched the account's data (the spec has it on mobile accounts only),
 *                         or {@code null} when not told
 * @param currentSignature the id of the signature in use, or {@code null} when none
 * @param signatures       the saved signatures; empty when none
 * @param groups           the ids of the groups the account belongs to; empty when none
 * @param sources          the services Unipile runs for the account and their state
 * @param syncToken        the calendar sync token (the spec has it on Google Calendar accounts only), or
 *                         {@code null} when not told
 * @param extra            fields this version of the library does not know, kept as sent
 */
public record Account(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "type", required = true) AccountType type,
        @JsonInclude(ALWAYS) @JsonProperty(value = "connection_params", required = true)
        ConnectionParams connectionParams,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "created_at", required = true) Instant createdAt,
        @JsonProperty("last_fetched_at") Instant lastFetchedAt,
        @JsonProperty("current_signature") String currentSignature,
        @JsonProperty("signatures") List<Signature> signatures,
        @JsonInclude(ALWAYS) @JsonProperty(value = "groups", required = true) List<String> groups,
        @JsonInclude(ALWAYS) @JsonProperty(value = "sources", required = true) List<AccountSource> sources,
        @JsonProperty("sync_token") String syncToken,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** The shape of {@code connection_params} for each type; types that share a shape share a record. */
    private static final Map<AccountType, Class<? extends ConnectionParams>> SHAPES = Map.ofEntries(
            Map.entry(AccountType.MOBILE, MobileConnectionParams.class),
            Map.entry(AccountType.MAIL, MailConnectionParams.class),
            Map.entry(AccountType.ICLOUD, MailConnectionParams.class),
            Map.entry(AccountType.EXCHANGE, MailConnectionParams.class),
            Map.entry(AccountType.GOOGLE_OAUTH, MailCalendarConnectionParams.class),
            Map.entry(AccountType.OUTLOOK, MailCalendarConnectionParams.class),
            Map.entry(AccountType.GOOGLE_CALENDAR, GoogleCalendarConnectionParams.class),
            Map.entry(AccountType.WHATSAPP, WhatsAppConnectionParams.class),
            Map.entry(AccountType.LINKEDIN, LinkedInConnectionParams.class),
            Map.entry(AccountType.SLACK, SlackConnectionParams.class),
            Map.entry(AccountType.TELEGRAM, TelegramConnectionParams.class),
            Map.entry(AccountType.TWITTER, SocialConnectionParams.class),
            Map.entry(AccountType.INSTAGRAM, SocialConnectionParams.class),
            Map.entry(AccountType.MESSENGER, SocialConnectionParams.class));

    public Account {
        signatures = Immutables.list(signatures);
        groups = Immutables.list(groups);
        sources = Immutables.list(sources);
        extra = Immutables.map(extra);
    }

    /*
     * The shape of connection_params depends on the sibling "type", which Jackson may meet before or after it, so the
     * params are taken as a tree and typed once both are known. A tree that does not fit its type's shape fails with
     * the mapper's own exception, which Jackson passes on unchanged.
     */
    // Jackson reads the required flags from the creator's parameters: keep them as on the components.
    @JsonCreator
    static Account fromJson(
            @JsonProperty(value = "object", required = true) String object,
            @JsonProperty(value = "type", required = true) AccountType type,
            @JsonProperty(value = "connection_params", required = true) JsonNode connectionParams,
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "created_at", required = true) Instant createdAt,
            @JsonProperty("last_fetched_at") Instant lastFetchedAt,
            @JsonProperty("current_signature") String currentSignature,
            @JsonProperty("signatures") List<Signature> signatures,
            @JsonProperty(value = "groups", required = true) List<String> groups,
            @JsonProperty(value = "sources", required = true) List<AccountSource> sources,
            @JsonProperty("sync_token") String syncToken,
            @JsonAnySetter Map<String, JsonNode> extra) throws JsonProcessingException {
        return new Account(object, type, connectionParams(type, connectionParams), id, name, createdAt,
                lastFetchedAt, currentSignature, signatures, groups, sources, syncToken, extra);
    }

    private static ConnectionParams connectionParams(AccountType type, JsonNode tree)
            throws JsonProcessingException {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return null;
        }
        Class<? extends ConnectionParams> shape = type == null ? null : SHAPES.get(type);
        if (shape == null) {
            return new UnknownConnectionParams(tree);
        }
        return Json.mapper().treeToValue(tree, shape);
    }
}
