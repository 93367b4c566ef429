package io.unipile.testkit.linkedin;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A LinkedIn company page in the fake, as {@code GET /linkedin/company/{identifier}} returns it, found by its id, its
 * public identifier or its URN ({@code urn:li:fsd_company:<id>}, {@code urn:li:organization:<id>},
 * {@code urn:li:company:<id>}). Job postings name a company by its id.
 *
 * @param id the LinkedIn id, digits
 * @param publicIdentifier the end of the page's URL, e.g. {@code acme}
 * @param name the company's name
 * @param description the description
 * @param tagline the tagline, or null
 * @param website the website, or null
 * @param industries the industries
 * @param employeeCount how many members work there, or null
 * @param followersCount how many members follow the page
 * @param city the headquarters' city
 * @param country the headquarters' country code, e.g. {@code FR}
 * @param organizationType one of the spec's types ({@code PRIVATELY_HELD}, ...), or null
 * @param messagingEnabled whether members can write to the page
 */
public record FakeCompany(String id, String publicIdentifier, String name, String description, String tagline,
                          String website, List<String> industries, Integer employeeCount, long followersCount,
                          String city, String country, String organizationType, boolean messagingEnabled) {
    private static final Set<String> TYPES = Set.of("PUBLIC_COMPANY", "EDUCATIONAL", "SELF_EMPLOYED",
            "GOVERNMENT_AGENCY", "NON_PROFIT", "SELF_OWNED", "PRIVATELY_HELD", "PARTNERSHIP");

    /** Requires what the spec requires and an id of digits. */
    public FakeCompany {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicIdentifier, "publicIdentifier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        if (!id.matches("\\d+")) {
            throw new IllegalArgumentException("A LinkedIn company id is digits, not " + id);
        }
        if (organizationType != null && !TYPES.contains(organizationType)) {
            throw new IllegalArgumentException("organizationType must be one of " + TYPES);
        }
        industries = List.copyOf(industries);
    }

    /** The company's URN, as its profile's {@code entity_urn}. */
    public String entityUrn() {
        return "urn:li:fsd_company:" + id;
    }

    /** The page's URL. */
    public String profileUrl() {
        return "https://www.linkedin.com/company/" + publicIdentifier + "/";
    }

    /** A builder with plausible defaults for every field but the name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link FakeCompany}. */
    public static final class Builder {
        private final String name;
        private String id;
        private String publicIdentifier;
        private String description;
        private String tagline;
        private String website;
        private List<String> industries = List.of();
        private Integer employeeCount;
        private long followersCount;
        private String city = "Paris";
        private String country = "FR";
        private String organizationType = "PRIVATELY_HELD";
        private boolean messagingEnabled = true;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the LinkedIn id, digits (default: random). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the public identifier (default: the name in lower case, words joined by dashes). */
        public Builder publicIdentifier(String publicIdentifier) {
            this.publicIdentifier = publicIdentifier;
            return this;
        }

        /** Sets the description (default: derived from the name). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets the tagline (default: none). */
        public Builder tagline(String tagline) {
            this.tagline = tagline;
            return this;
        }

        /** Sets the website (default: none). */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /** Sets the industries (default: none). */
        public Builder industries(String... industries) {
            this.industries = List.of(industries);
            return this;
        }

        /** Sets the head count (default: not told). */
        public Builder employeeCount(Integer employeeCount) {
            this.employeeCount = employeeCount;
            return this;
        }

        /** Sets the followers (default: 0). */
        public Builder followersCount(long followersCount) {
            this.followersCount = followersCount;
            return this;
        }

        /** Sets the headquarters (default: Paris, FR). */
        public Builder headquarters(String city, String country) {
            this.city = city;
            this.country = country;
            return this;
        }

        /** Sets the organization type (default: PRIVATELY_HELD; null when LinkedIn does not know it). */
        public Builder organizationType(String organizationType) {
            this.organizationType = organizationType;
            return this;
        }

        /** Sets whether members can write to the page (default: yes). */
        public Builder messagingEnabled(boolean messagingEnabled) {
            this.messagingEnabled = messagingEnabled;
            return this;
        }

        /** Builds the company. */
        public FakeCompany build() {
            return new FakeCompany(id != null ? id : Long.toString(ThreadLocalRandom.current()
                    .nextLong(1_000, 100_000_000)),
                    publicIdentifier != null ? publicIdentifier
                            : name.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-"),
                    name, description != null ? description : name + " on LinkedIn.", tagline, website, industries,
                    employeeCount, followersCount, city, country, organizationType, messagingEnabled);
        }
    }
}
