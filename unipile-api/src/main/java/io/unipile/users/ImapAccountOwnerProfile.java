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
 * An IMAP mailbox's own profile ({@code "provider": "IMAP"}): how it is reached. No password is sent.
 *
 * @param provider         the wire's {@code IMAP}
 * @param connectionParams the incoming and outgoing servers
 * @param object           always {@code AccountOwnerProfile}
 * @param extra            fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImapAccountOwnerProfile(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) AccountType provider,
        @JsonInclude(ALWAYS) @JsonProperty(value = "connection_params", required = true)
        ConnectionParams connectionParams,
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements AccountOwnerProfile {

    public ImapAccountOwnerProfile {
        extra = Immutables.map(extra);
    }

    /**
     * The servers of an IMAP mailbox.
     *
     * @param imap  the incoming server
     * @param smtp  the outgoing server
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record ConnectionParams(
            @JsonProperty("imap") Server imap,
            @JsonProperty("smtp") Server smtp,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public ConnectionParams {
            extra = Immutables.map(extra);
        }
    }

    /**
     * A mail server.
     *
     * @param username the user name it is logged in with
     * @param port     its port
     * @param host     its host
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record Server(
            @JsonProperty("username") String username,
            @JsonProperty("port") int port,
            @JsonProperty("host") String host,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Server {
            extra = Immutables.map(extra);
        }
    }
}
