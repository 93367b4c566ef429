package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * A sender or recipient of an e-mail ({@code from_attendee}, {@code to_attendees}, ...).
 *
 * @param displayName    the name shown with the address, or {@code null}
 * @param profilePicture a picture URL, or {@code null}
 * @param identifier     the e-mail address (for {@link EmailIdentifierType#EMAIL_ADDRESS})
 * @param identifierType what {@code identifier} is
 * @param extra          fields this version of the library does not know, kept as sent
 */
public record EmailAttendee(
        @JsonProperty("display_name") String displayName,
        @JsonProperty("profile_picture") String profilePicture,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "identifier", required = true) String identifier,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(value = "identifier_type", required = true)
        EmailIdentifierType identifierType,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public EmailAttendee {
        extra = Immutables.map(extra);
    }
}
