package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * A mail folder ({@code "object": "Folder"}): Gmail labels, Outlook folders, IMAP mailboxes.
 *
 * @param object     always {@code Folder}
 * @param id         the Unipile id
 * @param name       the name the provider shows
 * @param accountId  the account it belongs to
 * @param role       what it is for ({@link FolderRole#INBOX}, {@link FolderRole#SENT}, ...)
 * @param nbMails    how many e-mails it holds, or {@code null} when not told
 * @param providerId the provider's id: what the {@code folder} filter of the e-mail list and
 *                   {@link UpdateEmailRequest#folders()} take
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record Folder(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "id", required = true) String id,
        @JsonInclude(ALWAYS) @JsonProperty(value = "name", required = true) String name,
        @JsonInclude(ALWAYS) @JsonProperty(value = "account_id", required = true) String accountId,
        @JsonInclude(ALWAYS) @JsonProperty(value = "role", required = true) FolderRole role,
        @JsonProperty("nb_mails") Long nbMails,
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider_id", required = true) String providerId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Folder {
        extra = Immutables.map(extra);
    }
}
