package io.unipile.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person the fake knows at a provider (a LinkedIn member, in the first place), as {@code GET /users/{identifier}}
 * renders them for each provider, and as relations, followers, invitations and posts name them. A member the test
 * did not seed is made up from its identifier on first sight ({@link #generated(String)}), as Unipile can read any
 * LinkedIn member; {@link FakeUnipileState#markUnknownUser(String)} says otherwise.
 *
 * @param providerId the provider's id ({@code ACoAA...} on LinkedIn), what invitations and chats take
 * @param publicIdentifier the public profile name (the end of the profile URL)
 * @param firstName the first name
 * @param lastName the last name
 * @param headline the line under the name ({@code ""} for none)
 * @param summary the About section, or null
 * @param location where the member lives, or null
 * @param profilePictureUrl the picture's URL, or null
 * @param backgroundPictureUrl the banner's URL, or null
 * @param websites the member's websites
 * @param followerCount how many follow the member
 * @param connectionsCount how many relations the member has
 * @param premium whether the member has a premium subscription
 * @param openProfile whether anyone may message the member
 * @param email the member's address, shown on their own profile ({@code GET /users/me}), or null
 * @param positions the Experience section, most recent first
 * @param schools the Education section
 * @param skills the Skills section
 * @param languages the Languages section
 */
public record FakeUserProfile(String providerId, String publicIdentifier, String firstName, String lastName,
                              String headline, String summary, String location, String profilePictureUrl,
                              String backgroundPictureUrl, List<String> websites, int followerCount,
                              int connectionsCount, boolean premium, boolean openProfile, String email,
                              List<Position> positions, List<School> schools, List<String> skills,
                              List<String> languages) {

    private static final List<String> FIRST_NAMES = List.of("Ada", "Boris", "Chloé", "Diego", "Emma", "Farid", "Greta",
            "Hugo", "Inès", "Jonas", "Kenji", "Lena", "Malik", "Nora", "Oscar", "Priya");
    private static final List<String> LAST_NAMES = List.of("Moreau", "Schmidt", "García", "Rossi", "Nowak", "Dubois",
            "Silva", "Jensen", "Kowalski", "Laurent", "Okafor", "Tanaka");
    private static final List<String> ROLES = List.of("Software Engineer", "Product Manager", "Data Scientist",
            "Talent Acquisition Partner", "Engineering Manager", "Designer");
    private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark");

    /** Requires a provider id, a public identifier and the names; copies the lists. */
    public FakeUserProfile {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(publicIdentifier, "publicIdentifier");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(headline, "headline");
        if (providerId.isEmpty() || publicIdentifier.isEmpty()) {
            throw new IllegalArgumentException("providerId and publicIdentifier must not be empty");
        }
        if (followerCount < 0 || connectionsCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        websites = List.copyOf(websites);
        positions = List.copyOf(positions);
        schools = List.copyOf(schools);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    /** The full name, as lists and invitations show it. */
    public String name() {
        return lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }

    /** The public profile URL. */
    public String publicProfileUrl() {
        return "https://www.linkedin.com/in/" + publicIdentifier;
    }

    /** A builder with this provider id and defaults made from it, as {@link #generated(String)} makes them. */
    public static Builder builder(String providerId) {
        return generated(providerId).toBuilder();
    }

    /**
     * A plausible member made up from an identifier, the same every time: a provider id (LinkedIn's {@code ACo...},
     * digits, a WhatsApp {@code ...@s.whatsapp.net}, a URN) is kept as the provider id; anything else is taken as a
     * public identifier ({@code jane-doe} gives Jane Doe) with a LinkedIn-like provider id derived from it.
     */
    public static FakeUserProfile generated(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        byte[] hash = sha256(identifier);
        boolean providerId = identifier.startsWith("ACo") || identifier.matches("[0-9+]+")
                || identifier.contains("@") || identifier.contains(":");
        String first;
        String last;
        String publicId;
        String id;
        if (providerId) {
            first = FIRST_NAMES.get(Math.floorMod(hash[0], FIRST_NAMES.size()));
            last = LAST_NAMES.get(Math.floorMod(hash[1], LAST_NAMES.size()));
            publicId = (first + "-" + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "") + "-"
                    + Integer.toHexString(Math.floorMod(hash[2] * 256 + hash[3], 65_536));
            id = identifier;
        } else {
            String[] words = identifier.split("-");
            first = capitalized(words[0]);
            last = words.length > 1 && !words[1].matches(".*\\d.*") ? capitalized(words[1]) : "";
            publicId = identifier;
            id = "ACoAA" + base62(hash, 34);
        }
        String role = ROLES.get(Math.floorMod(hash[4], ROLES.size()));
        String company = COMPANIES.get(Math.floorMod(hash[5], COMPANIES.size()));
        return new FakeUserProfile(id, publicId, first, last, role + " at " + company, null, null, null, null,
                List.of(), Math.floorMod(hash[6], 900) + 12, Math.floorMod(hash[7], 480) + 20, false, false, null,
                List.of(new Position("pos" + base62(hash, 10), role, company, null, null, YearMonth.of(2019
                        + Math.floorMod(hash[8], 5), 1 + Math.floorMod(hash[9], 12)), null, List.of())),
                List.of(), List.of(), List.of());
    }

    /** A builder holding this profile's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(providerId);
        b.publicIdentifier = publicIdentifier;
        b.firstName = firstName;
        b.lastName = lastName;
        b.headline = headline;
        b.summary = summary;
        b.location = location;
        b.profilePictureUrl = profilePictureUrl;
        b.backgroundPictureUrl = backgroundPictureUrl;
        b.websites = new ArrayList<>(websites);
        b.followerCount = followerCount;
        b.connectionsCount = connectionsCount;
        b.premium = premium;
        b.openProfile = openProfile;
        b.email = email;
        b.positions = new ArrayList<>(positions);
        b.schools = new ArrayList<>(schools);
        b.skills = new ArrayList<>(skills);
        b.languages = new ArrayList<>(languages);
        return b;
    }

    /**
     * A position of the Experience section.
     *
     * @param id its id, what an edit of the own profile names
     * @param role the title
     * @param company the company
     * @param location where, or null
     * @param description what it was, or null
     * @param start the first month, or null when not told
     * @param end the last month, or null while it lasts
     * @param skills the skills it used
     */
    public record Position(String id, String role, String company, String location, String description,
                           YearMonth start, YearMonth end, List<String> skills) {
        /** Requires id, role and company; copies the skills. */
        public Position {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(company, "company");
            skills = List.copyOf(skills);
        }
    }

    /**
     * A school of the Education section.
     *
     * @param id its id, what an edit of the own profile names
     * @param school the school
     * @param degree the degree, or null
     * @param fieldOfStudy the field of study, or null
     * @param start the first month, or null
     * @param end the last month, or null
     */
    public record School(String id, String school, String degree, String fieldOfStudy, YearMonth start,
                         YearMonth end) {
        /** Requires id and school. */
        public School {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(school, "school");
        }
    }

    /** Builds a {@link FakeUserProfile}; unset fields keep the generated defaults. */
    public static final class Builder {
        private final String providerId;
        private String publicIdentifier;
        private String firstName;
        private String lastName;
        private String headline;
        private String summary;
        private String location;
        private String profilePictureUrl;
        private String backgroundPictureUrl;
        private List<String> websites = new ArrayList<>();
        private int followerCount;
        private int connectionsCount;
        private boolean premium;
        private boolean openProfile;
        private String email;
        private List<Position> positions = new ArrayList<>();
        private List<School> schools = new ArrayList<>();
        private List<String> skills = new ArrayList<>();
        private List<String> languages = new ArrayList<>();

        private Builder(String providerId) {
            this.providerId = Objects.requireNonNull(providerId, "providerId");
        }

        /** Sets the public profile name. */
        public Builder publicIdentifier(String publicIdentifier) {
            this.publicIdentifier = publicIdentifier;
            return this;
        }

        /** Sets the first and last names. */
        public Builder name(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            return this;
        }

        /** Sets the headline. */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** Sets the About section. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Sets where the member lives. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets the picture's URL. */
        public Builder profilePictureUrl(String profilePictureUrl) {
            this.profilePictureUrl = profilePictureUrl;
            return this;
        }

        /** Sets the banner's URL. */
        public Builder backgroundPictureUrl(String backgroundPictureUrl) {
            this.backgroundPictureUrl = backgroundPictureUrl;
            return this;
        }

        /** Sets the websites. */
        public Builder websites(String... websites) {
            this.websites = new ArrayList<>(List.of(websites));
            return this;
        }

        /** Sets the follower and relation counts. */
        public Builder counts(int followerCount, int connectionsCount) {
            this.followerCount = followerCount;
            this.connectionsCount = connectionsCount;
            return this;
        }

        /** Sets whether the member has a premium subscription. */
        public Builder premium(boolean premium) {
            this.premium = premium;
            return this;
        }

        /** Sets whether anyone may message the member. */
        public Builder openProfile(boolean openProfile) {
            this.openProfile = openProfile;
            return this;
        }

        /** Sets the member's address. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Replaces the Experience section. */
        public Builder positions(Position... positions) {
            this.positions = new ArrayList<>(List.of(positions));
            return this;
        }

        /** Replaces the Education section. */
        public Builder schools(School... schools) {
            this.schools = new ArrayList<>(List.of(schools));
            return this;
        }

        /** Replaces the Skills section. */
        public Builder skills(String... skills) {
            this.skills = new ArrayList<>(List.of(skills));
            return this;
        }

        /** Replaces the Languages section. */
        public Builder languages(String... languages) {
            this.languages = new ArrayList<>(List.of(languages));
            return this;
        }

        /** Builds the profile. */
        public FakeUserProfile build() {
            return new FakeUserProfile(providerId, publicIdentifier, firstName, lastName, headline, summary, location,
                    profilePictureUrl, backgroundPictureUrl, websites, followerCount, connectionsCount, premium,
                    openProfile, email, positions, schools, skills, languages);
        }
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static String base62(byte[] hash, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(Math.floorMod(hash[i % hash.length] + i * 7, alphabet.length())));
        }
        return s.toString();
    }
}
