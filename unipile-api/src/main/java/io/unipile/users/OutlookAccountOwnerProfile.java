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

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A Microsoft account's own profile ({@code "provider": "OUTLOOK"}).
 *
 * @param provider          always {@link AccountType#OUTLOOK}
 * @param id                the user's Microsoft id
 * @param email             the account's address
 * @param displayName       the user's display name
 * @param givenName         the first name
 * @param surname           the last name
 * @param userPrincipalName the sign-in name
 * @param jobTitle          the job title
 * @param mobilePhone       the mobile phone number
 * @param preferredLanguage the preferred language, e.g. {@code en-US}
 * @param object            always {@code AccountOwnerProfile}
 * @param extra             fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record OutlookAccountOwnerProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "email", required = true) String email,
        @JsonInclude(ALWAYS) @JsonProperty(value = "display_name", required = true) String displayName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "given_name", required = true) String givenName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "surname", required = true) String surname,
        @JsonInclude(ALWAYS) @JsonProperty(value = "user_principal_name", required = true) String userPrincipalName,
        @JsonInclude(ALWAYS) @JsonProperty(value = "job_title", required = true) String jobTitle,
        @JsonInclude(ALWAYS) @JsonProperty(value = "mobile_phone", required = true) String mobilePhone,
        @JsonInclude(ALWAYS) @JsonProperty(value = "preferred_language", required = true) String preferredLanguage,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AccountOwnerProfile {

    public OutlookAccountOwnerProfile {
        extra = Immutables.map(extra);
    }
}
