package io.unipile.users;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Multipart body of {@code PATCH /api/v1/users/me/edit}: changes to a LinkedIn account's own profile. Only the
 * fields set are sent, and at least one change is required. Nested values go out as bracketed fields
 * ({@code location[id]}, {@code experience[seniority][start_date][month]}), lists as one field per value. Build
 * with {@link #builder(String)}; checked when built.
 *
 * <pre>{@code
 * unipile.users().editMe(EditProfileRequest.builder(accountId)
 *         .headline("Backend engineer")
 *         .experience(ExperienceUpdate.add("Staff engineer", "Acme").start(YearMonth.of(2024, 3)).build())
 *         .build());
 * }</pre>
 */
public final class EditProfileRequest {
    private final String accountId;
    private final String headline;
    private final String summary;
    private final ProfileLocation location;
    private final FileInput picture;
    private final PictureSettings pictureSettings;
    private final FileInput coverPicture;
    private final PictureSettings coverPictureSettings;
    private final ExperienceUpdate experience;
    private final EducationUpdate education;
    private final List<String> skills;
    private final Boolean skillsFollow;

    private EditProfileRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.headline = Check.nullOrNotBlank("headline", b.headline);
        this.summary = b.summary;
        this.location = b.location;
        this.picture = b.picture;
        this.pictureSettings = b.pictureSettings;
        this.coverPicture = b.coverPicture;
        this.coverPictureSettings = b.coverPictureSettings;
        this.experience = b.experience;
        this.education = b.education;
        this.skills = Check.noBlankElements("skills", b.skills);
        this.skillsFollow = b.skillsFollow;
        if (pictureSettings != null && picture == null) {
            throw new IllegalArgumentException("pictureSettings apply to a new picture; set picture too");
        }
        if (coverPictureSettings != null && coverPicture == null) {
            throw new IllegalArgumentException("coverPictureSettings apply to a new cover picture; set coverPicture"
                    + " too");
        }
        if (headline == null && summary == null && location == null && picture == null && coverPicture == null
                && experience == null && education == null && skills.isEmpty() && skillsFollow == null) {
            throw new IllegalArgumentException("nothing to edit: set headline, summary, location, picture, "
                    + "coverPicture, experience, education, skills or skillsFollow");
        }
    }

    /** A builder for changes to the profile of this LinkedIn account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} and one change are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).headline(headline).summary(summary).location(location)
                .picture(picture).pictureSettings(pictureSettings).coverPicture(coverPicture)
                .coverPictureSettings(coverPictureSettings).experience(experience).education(education)
                .skills(skills).skillsFollow(skillsFollow);
    }

    /** {@code account_id}: the LinkedIn account whose profile changes. */
    public String accountId() {
        return accountId;
    }

    /** {@code headline}: the line under the name, or {@code null} to keep it. */
    public String headline() {
        return headline;
    }

    /** {@code summary}: the About section, or {@code null} to keep it. */
    public String summary() {
        return summary;
    }

    /** {@code location[...]}, or {@code null} to keep it. */
    public ProfileLocation location() {
        return location;
    }

    /** {@code picture}: a new profile picture, or {@code null}. */
    public FileInput picture() {
        return picture;
    }

    /** {@code picture_settings[...]}: how to show the new picture, or {@code null}. */
    public PictureSettings pictureSettings() {
        return pictureSettings;
    }

    /** {@code cover_picture}: a new banner, or {@code null}. */
    public FileInput coverPicture() {
        return coverPicture;
    }

    /** {@code cover_picture_settings[...]}: how to show the new banner, or {@code null}. */
    public PictureSettings coverPictureSettings() {
        return coverPictureSettings;
    }

    /** {@code experience[...]}: a position to add or change, or {@code null}. */
    public ExperienceUpdate experience() {
        return experience;
    }

    /** {@code education[...]}: a school to add or change, or {@code null}. */
    public EducationUpdate education() {
        return education;
    }

    /** {@code skills}: skills to add, one field each; empty for none. */
    public List<String> skills() {
        return skills;
    }

    /** {@code skills_follow}, or {@code null}. */
    public Boolean skillsFollow() {
        return skillsFollow;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditProfileRequest r && accountId.equals(r.accountId)
                && Objects.equals(headline, r.headline) && Objects.equals(summary, r.summary)
                && Objects.equals(location, r.location) && Objects.equals(picture, r.picture)
                && Objects.equals(pictureSettings, r.pictureSettings) && Objects.equals(coverPicture, r.coverPicture)
                && Objects.equals(coverPictureSettings, r.coverPictureSettings)
                && Objects.equals(experience, r.experience) && Objects.equals(education, r.education)
                && skills.equals(r.skills) && Objects.equals(skillsFollow, r.skillsFollow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, headline, summary, location, picture, pictureSettings, coverPicture,
                coverPictureSettings, experience, education, skills, skillsFollow);
    }

    @Override
    public String toString() {
        return "EditProfileRequest[accountId=" + accountId + ", headline=" + headline + ", summary=" + summary
                + ", location=" + location + ", picture=" + picture + ", pictureSettings=" + pictureSettings
                + ", coverPicture=" + coverPicture + ", coverPictureSettings=" + coverPictureSettings
                + ", experience=" + experience + ", education=" + education + ", skills=" + skills
                + ", skillsFollow=" + skillsFollow + "]";
    }

    /** Builds an {@link EditProfileRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String headline;
        private String summary;
        private ProfileLocation location;
        private FileInput picture;
        private PictureSettings pictureSettings;
        private FileInput coverPicture;
        private PictureSettings coverPictureSettings;
        private ExperienceUpdate experience;
        private EducationUpdate education;
        private List<String> skills = new ArrayList<>();
        private Boolean skillsFollow;

        private Builder() {
        }

        /** {@code account_id} (required): a LinkedIn account. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code headline}: the line under the name. */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** {@code summary}: the About section. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** {@code location[...]}. */
        public Builder location(ProfileLocation location) {
            this.location = location;
            return this;
        }

        /** {@code picture}: a new profile picture. */
        public Builder picture(FileInput picture) {
            this.picture = picture;
            return this;
        }

        /** {@code picture_settings[...]}: how to show the new picture. */
        public Builder pictureSettings(PictureSettings pictureSettings) {
            this.pictureSettings = pictureSettings;
            return this;
        }

        /** {@code cover_picture}: a new banner. */
        public Builder coverPicture(FileInput coverPicture) {
            this.coverPicture = coverPicture;
            return this;
        }

        /** {@code cover_picture_settings[...]}: how to show the new banner. */
        public Builder coverPictureSettings(PictureSettings coverPictureSettings) {
            this.coverPictureSettings = coverPictureSettings;
            return this;
        }

        /** {@code experience[...]}: one position to add or change. */
        public Builder experience(ExperienceUpdate experience) {
            this.experience = experience;
            return this;
        }

        /** {@code education[...]}: one school to add or change. */
        public Builder education(EducationUpdate education) {
            this.education = education;
            return this;
        }

        /** {@code skills}: skills to add, replacing those set before. */
        public Builder skills(List<String> skills) {
            this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
            return this;
        }

        /** {@code skills_follow}. */
        public Builder skillsFollow(Boolean skillsFollow) {
            this.skillsFollow = skillsFollow;
            return this;
        }

        /** The request; fails naming the field that is missing or blank, or when nothing would change. */
        public EditProfileRequest build() {
            return new EditProfileRequest(this);
        }
    }
}
