package io.unipile.users;

import io.unipile.internal.Check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A school to add to the profile ({@link #add(String)}) or a change to an existing one ({@link #edit(String)}),
 * sent as {@code education[...]} fields. Dates are months. Checked when built.
 */
public final class EducationUpdate {
    private final String id;
    private final Boolean notifyNetwork;
    private final String school;
    private final String degree;
    private final String grade;
    private final String fieldOfStudy;
    private final String activities;
    private final String description;
    private final YearMonth start;
    private final YearMonth end;
    private final List<String> skills;
    private final ProfileAttachment attachment;

    private EducationUpdate(Builder b) {
        this.id = Check.nullOrNotBlank("education.id", b.id);
        if (id == null) {
            Check.notBlank("education.school", b.school);
        }
        if (b.start != null && b.end != null && b.end.isBefore(b.start)) {
            throw new IllegalArgumentException("education.end must not be before education.start");
        }
        this.notifyNetwork = b.notifyNetwork;
        this.school = Check.nullOrNotBlank("education.school", b.school);
        this.degree = b.degree;
        this.grade = b.grade;
        this.fieldOfStudy = b.fieldOfStudy;
        this.activities = b.activities;
        this.description = b.description;
        this.start = b.start;
        this.end = b.end;
        this.skills = Check.noBlankElements("education.skills", b.skills);
        this.attachment = b.attachment;
    }

    /** A new school: its name is required. */
    public static Builder add(String school) {
        return new Builder().school(school);
    }

    /** A change to the school with this id; only the fields set are sent. */
    public static Builder edit(String id) {
        Builder b = new Builder();
        b.id = id;
        return b;
    }

    /** A builder holding every field of this update. */
    public Builder toBuilder() {
        Builder b = new Builder().notifyNetwork(notifyNetwork).school(school).degree(degree).grade(grade)
                .fieldOfStudy(fieldOfStudy).activities(activities).description(description).start(start).end(end)
                .skills(skills).attachment(attachment);
        b.id = id;
        return b;
    }

    /** {@code [id]}: the school edited, or {@code null} for a new one. */
    public String id() {
        return id;
    }

    /** {@code [notify_network]}, or {@code null}. */
    public Boolean notifyNetwork() {
        return notifyNetwork;
    }

    /** {@code [school]}, or {@code null} in an edit that keeps it. */
    public String school() {
        return school;
    }

    /** {@code [degree]}, or {@code null}. */
    public String degree() {
        return degree;
    }

    /** {@code [grade]}, or {@code null}. */
    public String grade() {
        return grade;
    }

    /** {@code [field_of_study]}, or {@code null}. */
    public String fieldOfStudy() {
        return fieldOfStudy;
    }

    /** {@code [activities]}, or {@code null}. */
    public String activities() {
        return activities;
    }

    /** {@code [description]}, or {@code null}. */
    public String description() {
        return description;
    }

    /** {@code [start_date]}: the first month, or {@code null}. */
    public YearMonth start() {
        return start;
    }

    /** {@code [end_date]}: the last month, or {@code null}. */
    public YearMonth end() {
        return end;
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
        return o instanceof EducationUpdate e && Objects.equals(id, e.id)
                && Objects.equals(notifyNetwork, e.notifyNetwork) && Objects.equals(school, e.school)
                && Objects.equals(degree, e.degree) && Objects.equals(grade, e.grade)
                && Objects.equals(fieldOfStudy, e.fieldOfStudy) && Objects.equals(activities, e.activities)
                && Objects.equals(description, e.description) && Objects.equals(start, e.start)
                && Objects.equals(end, e.end) && skills.equals(e.skills) && Objects.equals(attachment, e.attachment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, notifyNetwork, school, degree, grade, fieldOfStudy, activities, description, start, end,
                skills, attachment);
    }

    @Override
    public String toString() {
        return "EducationUpdate[id=" + id + ", notifyNetwork=" + notifyNetwork + ", school=" + school + ", degree="
                + degree + ", grade=" + grade + ", fieldOfStudy=" + fieldOfStudy + ", activities=" + activities
                + ", description=" + description + ", start=" + start + ", end=" + end + ", skills=" + skills
                + ", attachment=" + attachment + "]";
    }

    /** Builds an {@link EducationUpdate}; {@link #build()} checks it. */
    public static final class Builder {
        private String id;
        private Boolean notifyNetwork;
        private String school;
        private String degree;
        private String grade;
        private String fieldOfStudy;
        private String activities;
        private String description;
        private YearMonth start;
        private YearMonth end;
        private List<String> skills = new ArrayList<>();
        private ProfileAttachment attachment;

        private Builder() {
        }

        /** {@code [notify_network]}: whether relations hear of it. */
        public Builder notifyNetwork(Boolean notifyNetwork) {
            this.notifyNetwork = notifyNetwork;
            return this;
        }

        /** {@code [school]}. */
        public Builder school(String school) {
            this.school = school;
            return this;
        }

        /** {@code [degree]}. */
        public Builder degree(String degree) {
            this.degree = degree;
            return this;
        }

        /** {@code [grade]}. */
        public Builder grade(String grade) {
            this.grade = grade;
            return this;
        }

        /** {@code [field_of_study]}. */
        public Builder fieldOfStudy(String fieldOfStudy) {
            this.fieldOfStudy = fieldOfStudy;
            return this;
        }

        /** {@code [activities]}. */
        public Builder activities(String activities) {
            this.activities = activities;
            return this;
        }

        /** {@code [description]}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@code [start_date]}: the first month. */
        public Builder start(YearMonth start) {
            this.start = start;
            return this;
        }

        /** {@code [end_date]}: the last month. */
        public Builder end(YearMonth end) {
            this.end = end;
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
        public EducationUpdate build() {
            return new EducationUpdate(this);
        }
    }
}
