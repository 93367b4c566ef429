package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin/profile/endorse}: endorse one skill of a member's profile. The skill is
 * named by its endorsement id, which comes with the skill on the member's profile (Users: retrieve a profile).
 * Checked when built.
 */
public final class EndorseSkillRequest {
    private final String accountId;
    private final String profileId;
    private final Long skillEndorsementId;

    private EndorseSkillRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.profileId = Check.notBlank("profileId", b.profileId);
        this.skillEndorsementId = Check.notNull("skillEndorsementId", b.skillEndorsementId);
    }

    /** Endorses the skill {@code skillEndorsementId} of the member {@code profileId} from {@code accountId}. */
    public static EndorseSkillRequest of(String accountId, String profileId, long skillEndorsementId) {
        return builder().accountId(accountId).profileId(profileId).skillEndorsementId(skillEndorsementId).build();
    }

    /** An empty builder; every field is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).profileId(profileId).skillEndorsementId(skillEndorsementId);
    }

    /** {@code account_id}: the LinkedIn account that endorses. */
    public String accountId() {
        return accountId;
    }

    /** {@code profile_id}: the member's LinkedIn id, {@code ACo...}. */
    public String profileId() {
        return profileId;
    }

    /** {@code skill_endorsement_id}: the skill's endorsement id, from the member's profile. */
    public Long skillEndorsementId() {
        return skillEndorsementId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EndorseSkillRequest r && accountId.equals(r.accountId) && profileId.equals(r.profileId)
                && skillEndorsementId.equals(r.skillEndorsementId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, profileId, skillEndorsementId);
    }

    @Override
    public String toString() {
        return "EndorseSkillRequest[accountId=" + accountId + ", profileId=" + profileId + ", skillEndorsementId="
                + skillEndorsementId + "]";
    }

    /** Builds an {@link EndorseSkillRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String profileId;
        private Long skillEndorsementId;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that endorses. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code profile_id} (required): the member's LinkedIn id, {@code ACo...}. */
        public Builder profileId(String profileId) {
            this.profileId = profileId;
            return this;
        }

        /** {@code skill_endorsement_id} (required): the skill's endorsement id. */
        public Builder skillEndorsementId(Long skillEndorsementId) {
            this.skillEndorsementId = skillEndorsementId;
            return this;
        }

        /** The request; fails naming the field that is missing or blank. */
        public EndorseSkillRequest build() {
            return new EndorseSkillRequest(this);
        }
    }
}
