package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

/**
 * The connection of a {@link AccountType#LINKEDIN} account.
 *
 * @param im    the LinkedIn identity and subscriptions
 * @param extra fields this version of the library does not know, kept as sent
 */
public record LinkedInConnectionParams(
        @JsonProperty("im") Im im,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ConnectionParams {

    public LinkedInConnectionParams {
        extra = Immutables.map(extra);
    }

    /**
     * The LinkedIn member behind the account, its paid products and the company pages it manages.
     *
     * @param id                the member's LinkedIn id
     * @param publicIdentifier  the member's public profile name (the end of the profile URL), or {@code null} when
     *                          not told
     * @param username          the member's name
     * @param premiumId         the id of the member's premium subscription, or {@code null}
     * @param premiumContractId the id of the member's premium contract, or {@code null}
     * @param premiumFeatures   the paid products of the member; empty when not told
     * @param organizations     the company pages the member manages; empty when none
     * @param proxy             the proxy the account goes through, or {@code null} when none
     * @param extra             fields this version of the library does not know, kept as sent
     */
    public record Im(
            @JsonProperty("id") String id,
            @JsonProperty("publicIdentifier") String publicIdentifier,
            @JsonProperty("username") String username,
            @JsonProperty("premiumId") String premiumId,
            @JsonProperty("premiumContractId") String premiumContractId,
            @JsonProperty("premiumFeatures") List<LinkedInPremiumFeature> premiumFeatures,
            @JsonProperty("organizations") List<Organization> organizations,
            @JsonProperty("proxy") Proxy proxy,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Im {
            premiumFeatures = Immutables.list(premiumFeatures);
            organizations = Immutables.list(organizations);
            extra = Immutables.map(extra);
        }
    }

    /**
     * A LinkedIn company page the member manages.
     *
     * @param name             the company's name
     * @param messagingEnabled whether the page can send and receive messages
     * @param organizationUrn  the LinkedIn URN of the company
     * @param mailboxUrn       the LinkedIn URN of the company's mailbox
     * @param extra            fields this version of the library does not know, kept as sent
     */
    public record Organization(
            @JsonProperty("name") String name,
            @JsonProperty("messaging_enabled") boolean messagingEnabled,
            @JsonProperty("organization_urn") String organizationUrn,
            @JsonProperty("mailbox_urn") String mailboxUrn,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Organization {
            extra = Immutables.map(extra);
        }
    }

    /**
     * The proxy a LinkedIn account goes through.
     *
     * @param source   who set the proxy up; the spec knows only {@code USER}
     * @param host     the proxy's host
     * @param port     the proxy's port
     * @param protocol the proxy's protocol, or {@code null} when not told
     * @param username the user name for the proxy, or {@code null} when none
     * @param password the password for the proxy, or {@code null} when none; left out of {@link #toString()}
     * @param extra    fields this version of the library does not know, kept as sent
     */
    public record Proxy(
            @JsonProperty("source") String source,
            @JsonProperty("host") String host,
            @JsonProperty("port") int port,
            @JsonProperty("protocol") ProxyProtocol protocol,
            @JsonProperty("username") String username,
            @JsonProperty("password") String password,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Proxy {
            extra = Immutables.map(extra);
        }

        /** Like the generated one, but without the password, which must not reach logs. */
        @Override
        public String toString() {
            return "Proxy[source=" + source + ", host=" + host + ", port=" + port + ", protocol=" + protocol
                    + ", username=" + username + ", password=" + (password == null ? null : "***")
                    + ", extra=" + extra + "]";
        }
    }
}
