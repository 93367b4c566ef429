package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A Google account's own profile ({@code "provider": "GMAIL"}).
 *
 * @param provider      the wire's {@code GMAIL}
 * @param email         the account's address
 * @param messagesTotal how many messages the mailbox holds, or {@code null} when not told
 * @param threadsTotal  how many threads the mailbox holds, or {@code null} when not told
 * @param allowedScope  the OAuth scopes granted; empty when not told
 * @param aliases       the addresses the account sends as
 * @param object        always {@code AccountOwnerProfile}
 * @param extra         fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record GmailAccountOwnerProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "email", required = true) String email,
        @JsonProperty("messages_total") Long messagesTotal,
        @JsonProperty("threads_total") Long threadsTotal,
        @JsonProperty("allowed_scope") List<String> allowedScope,
        @JsonInclude(ALWAYS) @JsonProperty(value = "aliases", required = true) List<Alias> aliases,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AccountOwnerProfile {

    public GmailAccountOwnerProfile {
        allowedScope = Immutables.list(allowedScope);
        aliases = Immutables.list(aliases);
        extra = Immutables.map(extra);
    }

    /**
     * An address a Google account sends as.
     *
     * @param email              the address
     * @param displayName        the name it sends under, or {@code null}
     * @param replyTo            its reply-to address, or {@code null}
     * @param signature          its signature, or {@code null}
     * @param isPrimary          whether it is the account's primary address, or {@code null} when not told
     * @param isDefault          whether it is the default sender, or {@code null} when not told
     * @param verificationStatus Google's verification status of it, or {@code null}
     * @param isTreatedAsAlias   Google's {@code treatAsAlias} setting, as sent (a string on the wire), or
     *                           {@code null}
     * @param extra              fields this version of the library does not know, kept as sent
     */
    public record Alias(
            @JsonProperty("email") String email,
            @JsonProperty("display_name") String displayName,
            @JsonProperty("reply_to") String replyTo,
            @JsonProperty("signature") String signature,
            @JsonProperty("is_primary") Boolean isPrimary,
            @JsonProperty("is_default") Boolean isDefault,
            @JsonProperty("verification_status") String verificationStatus,
            @JsonProperty("is_treated_as_alias") String isTreatedAsAlias,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Alias {
            extra = Immutables.map(extra);
        }
    }
}
