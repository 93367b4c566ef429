package io.unipile.users;

import io.unipile.internal.Check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A position to add to the profile ({@link #add(String, String)}) or a change to an existing one
 * ({@link #edit(String)}), sent as {@code experience[...]} fields. Dates are months; LinkedIn takes no days.
 * Checked when built.
 */
public final class ExperienceUpdate {
    private final String id;
    private final Boolean notifyNetwork;
    private final String role;
    private final String employmentType;
    private final String company;
    private final String location;
    private final WorkPresence presence;
    private final YearMonth start;
    private final YearMonth end;
    private final String description;
    private final SourceOfHire sourceOfHire;
    private final List<String> skills;
    private final ProfileAttachment attachment;

    private ExperienceUpdate(Builder b) {
        this.id = Check.nullOrNotBlank("experience.id", b.id);
        if (id == null) {
            Check.notBlank("experience.role", b.role);
            Check.notBlank("experience.company", b.company);
        }
        if (b.end != null && b.start == null) {
            throw new IllegalArgumentException("experience.end needs experience.start");
        }
        if (b.end != null && b.end.isBefore(b.start)) {
            throw new IllegalArgumentException("experience.end must not be before experience.start");
        }
        this.notifyNetwork = b.notifyNetwork;
        this.role = Check.nullOrNotBlank("experience.role", b.role);
        this.employmentType = Check.nullOrNotBlank("experience.employmentType", b.employmentType);
        this.company = Check.nullOrNotBlank("experience.company", b.company);
        this.location = b.location;
        this.presence = b.presence;
        this.start = b.start;
        this.end = b.end;
        this.description = b.description;
        this.sourceOfHire = b.sourceOfHire;
        this.skills = Check.noBlankElements("experience.skills", b.skills);
        this.attachment = b.attachment;
    }

    /** A new position: its title and company are required. */
    public static Builder add(String role, String company) {
        return new Builder().role(role).company(company);
    }

    /** A change to the position with this id; only the fields set are sent. */
    public static Builder edit(String id) {
        Builder b = new Builder();
        b.id = id;
        return b;
    }

    /** A builder holding every field of this update. */
    public Builder toBuilder() {
        Builder b = new Builder().notifyNetwork(notifyNetwork).role(role).employmentType(employmentType)
                .company(company).location(location).presence(presence).start(start).end(end)
                .description(description).sourceOfHire(sourceOfHire).skills(skills).attachment(attachment);
        b.id = id;
        return b;
    }

    /** {@code [id]}: the position edited, or {@code null} for a new one. */
    public String id() {
        return id;
    }

    /** {@code [notify_network]}: whether relations hear of it, or {@code null}. */
    public Boolean notifyNetwork() {
        return notifyNetwork;
    }

    /** {@code [role]}: the title, or {@code null} in an edit that keeps it. */
    public String role() {
        return role;
    }

    /** {@code [employment_type]}: LinkedIn's id of the type (search parameter {@code EMPLOYMENT_TYPE}), or null. */
    public String employmentType() {
        return employmentType;
    }

    /** {@code [company]}: the company, or {@code null} in an edit that keeps it. */
    public String company() {
        return company;
    }

    /** {@code [location]}, or {@code null}. */
    public String location() {
        return location;
    }

    /** {@code [presence]}, or {@code null}. */
    public WorkPresence presence() {
        return presence;
    }

    /** {@code [seniority][start_date]}: the first month, or {@code null}. */
    public YearMonth start() {
        return start;
    }

    /** {@code [seniority][end_date]}: the last month, or {@code null} while the position lasts. */
    public YearMonth end() {
        return end;
    }

    /** {@code [description]}, or {@code null}. */
    public String description() {
        return description;
    }

    /** {@code [source_of_hire]}, or {@code null}. */
    public SourceOfHire sourceOfHire() {
        return sourceOfHire;
    }

    /** {@code [skills]}, one field each; empty for none. */
    public List<String> skills() {
        return skills;
    }

    /** {@code [attachment]}, or {@code null}. */
    public ProfileAttachment attachment() {
        return attachment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperienceUpdate e && Objects.equals(id, e.id)
                && Objects.equals(notifyNetwork, e.notifyNetwork) && Objects.equals(role, e.role)
                && Objects.equals(employmentType, e.employmentType) && Objects.equals(company, e.company)
                && Objects.equals(location, e.location) && Objects.equals(presence, e.presence)
                && Objects.equals(start, e.start) && Objects.equals(end, e.end)
                && Objects.equals(description, e.description) && Objects.equals(sourceOfHire, e.sourceOfHire)
                && skills.equals(e.skills) && Objects.equals(attachment, e.attachment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, notifyNetwork, role, employmentType, company, location, presence, start, end,
                description, sourceOfHire, skills, attachment);
    }

    @Override
    public String toString() {
        return "ExperienceUpdate[id=" + id + ", notifyNetwork=" + notifyNetwork + ", role=" + role
                + ", employmentType=" + employmentType + ", company=" + company + ", location=" + location
                + ", presence=" + presence + ", start=" + start + ", end=" + end + ", description=" + description
                + ", sourceOfHire=" + sourceOfHire + ", skills=" + skills + ", attachment=" + attachment + "]";
    }

    /** Builds an {@link ExperienceUpdate}; {@link #build()} checks it. */
    public static final class Builder {
        private String id;
        private Boolean notifyNetwork;
        private String role;
        private String employmentType;
        private String company;
        private String location;
        private WorkPresence presence;
        private YearMonth start;
        private YearMonth end;
        private String description;
        private SourceOfHire sourceOfHire;
        private List<String> skills = new ArrayList<>();
        private ProfileAttachment attachment;

        private Builder() {
        }

        /** {@code [notify_network]}: whether relations hear of it. */
        public Builder notifyNetwork(Boolean notifyNetwork) {
            this.notifyNetwork = notifyNetwork;
            return this;
        }

        /** {@code [role]}: the title. */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /** {@code [employment_type]}: LinkedIn's id of the type. */
        public Builder employmentType(String employmentType) {
            this.employmentType = employmentType;
            return this;
        }

        /** {@code [company]}. */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        /** {@code [location]}. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** {@code [presence]}. */
        public Builder presence(WorkPresence presence) {
            this.presence = presence;
            return this;
        }

        /** {@code [seniority][start_date]}: the first month. */
        public Builder start(YearMonth start) {
            this.start = start;
            return this;
        }

        /** {@code [seniority][end_date]}: the last month; leave unset while the position lasts. */
        public Builder end(YearMonth end) {
            this.end = end;
            return this;
        }

        /** {@code [description]}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code [source_of_hire]}. */
        public Builder sourceOfHire(SourceOfHire sourceOfHire) {
            this.sourceOfHire = sourceOfHire;
            return this;
        }

        /** {@code [skills]}, replacing those set before. */
        public Builder skills(List<String> skills) {
            this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
            return this;
        }

        /** {@code [attachment]}. */
        public Builder attachment(ProfileAttachment attachment) {
            this.attachment = attachment;
            return this;
        }

        /** The update; fails naming the field that is missing, blank or out of order. */
        public ExperienceUpdate build() {
            return new ExperienceUpdate(this);
        }
    }
}
