package io.unipile.testkit.linkedin;

import io.unipile.testkit.internal.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A LinkedIn member that people searches find (classic, Sales Navigator and Recruiter alike), seeded with
 * {@code server.state().linkedin().search().addMember(..)}. Filters match it by its location, industry and company
 * ids, the same ids {@code GET /linkedin/search/parameters} hands out.
 *
 * @param id the member's provider id ({@code ACoAA...})
 * @param publicIdentifier the end of the profile URL
 * @param firstName the first name
 * @param lastName the last name
 * @param headline the headline, searched by keywords
 * @param locationId the location id, or null
 * @param industryId the industry id, or null
 * @param companyId the current company's id, or null
 * @param pastCompanyIds the past companies' ids
 * @param networkDistance 1, 2 or 3: how far the member is from any searching account
 */
public record FakeSearchMember(String id, String publicIdentifier, String firstName, String lastName,
                               String headline, String locationId, String industryId, String companyId,
                               List<String> pastCompanyIds, int networkDistance) {

    /** Requires the names, the ids and a distance of 1 to 3. */
    public FakeSearchMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicIdentifier, "publicIdentifier");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(headline, "headline");
        pastCompanyIds = List.copyOf(pastCompanyIds);
        if (networkDistance < 1 || networkDistance > 3) {
            throw new IllegalArgumentException("networkDistance is 1, 2 or 3");
        }
    }

    /** The full name. */
    public String name() {
        return firstName + " " + lastName;
    }

    /** A builder with a random id, a public identifier from the name, a third-degree distance. */
    public static Builder builder(String firstName, String lastName) {
        return new Builder(firstName, lastName);
    }

    /** Builds a {@link FakeSearchMember}. */
    public static final class Builder {
        private final String firstName;
        private final String lastName;
        private String id = "ACoAA" + Ids.random(34);
        private String publicIdentifier;
        private String headline = "";
        private String locationId;
        private String industryId;
        private String companyId;
        private List<String> pastCompanyIds = List.of();
        private int networkDistance = 3;

        private Builder(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.publicIdentifier = (firstName + "-" + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+",
                    "-");
        }

        /** The provider id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The end of the profile URL. */
        public Builder publicIdentifier(String publicIdentifier) {
            this.publicIdentifier = publicIdentifier;
            return this;
        }

        /** The headline. */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** The location id (see {@code addLocation}). */
        public Builder location(String locationId) {
            this.locationId = locationId;
            return this;
        }

        /** The industry id (see {@code addParameter}). */
        public Builder industry(String industryId) {
            this.industryId = industryId;
            return this;
        }

        /** The current company's id. */
        public Builder company(String companyId) {
            this.companyId = companyId;
            return this;
        }

        /** The past companies' ids. */
        public Builder pastCompanies(String... companyIds) {
            this.pastCompanyIds = List.of(companyIds);
            return this;
        }

        /** 1, 2 or 3. */
        public Builder networkDistance(int networkDistance) {
            this.networkDistance = networkDistance;
            return this;
        }

        public FakeSearchMember build() {
            return new FakeSearchMember(id, publicIdentifier, firstName, lastName, headline, locationId, industryId,
                    companyId, pastCompanyIds, networkDistance);
        }
    }
}
