package io.unipile.testkit;

import java.util.List;
import java.util.Objects;

/**
 * The {@code linkedin[...]} fields a client sent when starting a chat, as parsed and validated
 * by the fake. Components are null when the client did not send the field.
 *
 * @param api {@code linkedin[api]}; null when absent (Unipile then uses classic)
 * @param inmail {@code linkedin[inmail]}
 * @param topic {@code linkedin[topic]} (classic)
 * @param applicantId {@code linkedin[applicant_id]} (classic)
 * @param invitationId {@code linkedin[invitation_id]} (classic)
 * @param signature {@code linkedin[signature]} (recruiter)
 * @param hiringProjectId {@code linkedin[hiring_project_id]} (recruiter)
 * @param jobPostingId {@code linkedin[job_posting_id]} (recruiter)
 * @param emailAddress {@code linkedin[email_address]} (recruiter)
 * @param visibility {@code linkedin[visibility]} (recruiter)
 * @param followUp {@code linkedin[follow_up][...]} (recruiter)
 */
public record FakeLinkedinOptions(Api api, Boolean inmail, String topic, String applicantId, String invitationId,
                              String signature, String hiringProjectId, String jobPostingId, String emailAddress,
                              Visibility visibility, FollowUp followUp) {

    /** The LinkedIn product a chat is started with. */
    public enum Api {
        CLASSIC("classic"), RECRUITER("recruiter"), SALES_NAVIGATOR("sales_navigator");

        private final String wireName;

        Api(String wireName) {
            this.wireName = wireName;
        }

        /** The form value. */
        public String wireName() {
            return wireName;
        }
    }

    /** Who in the organization sees a recruiter conversation. */
    public enum Visibility { PUBLIC, PRIVATE, PROJECT }

    /**
     * A scheduled recruiter follow-up message; exactly one of {@code days} and {@code weeks} is set.
     *
     * @param attachments {@code linkedin[follow_up][attachments]} files
     * @param days 3 to 28, or null
     * @param weeks 1 to 4, or null
     */
    public record FollowUp(String subject, String text, List<FakeAttachment> attachments, Integer days, Integer weeks,
                           String timezone) {
        /** Requires subject, text, timezone and exactly one of days and weeks. */
        public FollowUp {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timezone, "timezone");
            attachments = List.copyOf(attachments);
            if ((days == null) == (weeks == null)) {
                throw new IllegalArgumentException("exactly one of days and weeks must be set");
            }
        }
    }
}
