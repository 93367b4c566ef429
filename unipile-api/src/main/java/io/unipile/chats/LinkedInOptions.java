package io.unipile.chats;

import io.unipile.files.FileInput;
import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * LinkedIn-specific options for starting a chat, sent as bracketed form fields ({@code linkedin[api]},
 * {@code linkedin[inmail]}, ...). One of three kinds, matching the LinkedIn product that sends:
 * {@link #classic()}, {@link #recruiter()} or {@link #salesNavigator()}.
 */
public sealed interface LinkedInOptions
        permits LinkedInOptions.Classic, LinkedInOptions.Recruiter, LinkedInOptions.SalesNavigator {

    /** The value of {@code linkedin[api]}. */
    String api();

    /** Options for standard LinkedIn ({@code linkedin[api]=classic}). */
    static Classic.Builder classic() {
        return new Classic.Builder();
    }

    /** Options for LinkedIn Recruiter ({@code linkedin[api]=recruiter}). */
    static Recruiter.Builder recruiter() {
        return new Recruiter.Builder();
    }

    /** Options for Sales Navigator ({@code linkedin[api]=sales_navigator}). */
    static SalesNavigator salesNavigator() {
        return new SalesNavigator();
    }

    /**
     * Standard LinkedIn.
     *
     * @param topic        mandatory to start a conversation with a company, else {@code null}
     * @param applicantId  mandatory to start a conversation with a job applicant, else {@code null}
     * @param invitationId mandatory to write to someone whose invitation is still pending, else {@code null}
     * @param inmail       {@code true} to start with an InMail; {@code null} to leave it unsaid
     */
    record Classic(LinkedInTopic topic, String applicantId, String invitationId, Boolean inmail)
            implements LinkedInOptions {
        public Classic {
            Check.nullOrNotBlank("linkedin.applicantId", applicantId);
            Check.nullOrNotBlank("linkedin.invitationId", invitationId);
        }

        @Override
        public String api() {
            return "classic";
        }

        /** Builds {@link Classic} options. */
        public static final class Builder {
            private LinkedInTopic topic;
            private String applicantId;
            private String invitationId;
            private Boolean inmail;

            private Builder() {
            }

            public Builder topic(LinkedInTopic topic) {
                this.topic = topic;
                return this;
            }

            public Builder applicantId(String applicantId) {
                this.applicantId = applicantId;
                return this;
            }

            public Builder invitationId(String invitationId) {
                this.invitationId = invitationId;
                return this;
            }

            public Builder inmail(boolean inmail) {
                this.inmail = inmail;
                return this;
            }

            public Classic build() {
                return new Classic(topic, applicantId, invitationId, inmail);
            }
        }
    }

    /**
     * LinkedIn Recruiter.
     *
     * @param signature       the sender's signature, or {@code null}
     * @param hiringProjectId the project to start the chat in, or {@code null}
     * @param jobPostingId    the related job posting for a first contact with a candidate, or {@code null}
     * @param emailAddress    the recipient's address, to write by email instead of InMail, or {@code null}
     * @param visibility      who in the organization sees the conversation, or {@code null} for Unipile's default
     * @param followUp        a scheduled follow-up message (Recruiter PRO), or {@code null}
     */
    record Recruiter(String signature, String hiringProjectId, String jobPostingId, String emailAddress,
                     RecruiterVisibility visibility, FollowUp followUp) implements LinkedInOptions {
        public Recruiter {
            Check.nullOrNotBlank("linkedin.hiringProjectId", hiringProjectId);
            Check.nullOrNotBlank("linkedin.jobPostingId", jobPostingId);
            Check.nullOrNotBlank("linkedin.emailAddress", emailAddress);
        }

        @Override
        public String api() {
            return "recruiter";
        }

        /** Builds {@link Recruiter} options. */
        public static final class Builder {
            private String signature;
            private String hiringProjectId;
            private String jobPostingId;
            private String emailAddress;
            private RecruiterVisibility visibility;
            private FollowUp followUp;

            private Builder() {
            }

            public Builder signature(String signature) {
                this.signature = signature;
                return this;
            }

            public Builder hiringProjectId(String hiringProjectId) {
                this.hiringProjectId = hiringProjectId;
                return this;
            }

            public Builder jobPostingId(String jobPostingId) {
                this.jobPostingId = jobPostingId;
                return this;
            }

            public Builder emailAddress(String emailAddress) {
                this.emailAddress = emailAddress;
                return this;
            }

            public Builder visibility(RecruiterVisibility visibility) {
                this.visibility = visibility;
                return this;
            }

            public Builder followUp(FollowUp followUp) {
                this.followUp = followUp;
                return this;
            }

            public Recruiter build() {
                return new Recruiter(signature, hiringProjectId, jobPostingId, emailAddress, visibility, followUp);
            }
        }
    }

    /** Sales Navigator; it has no options beyond the API choice. */
    record SalesNavigator() implements LinkedInOptions {
        @Override
        public String api() {
            return "sales_navigator";
        }
    }

    /**
     * A Recruiter follow-up message, sent later if the recipient has not answered
     * ({@code linkedin[follow_up][...]}).
     *
     * @param subject       the follow-up's subject
     * @param text          the follow-up's text
     * @param attachments   files sent with it, possibly empty
     * @param scheduledTime when to send it
     */
    record FollowUp(String subject, String text, List<FileInput> attachments, ScheduledTime scheduledTime) {
        public FollowUp {
            Check.notBlank("linkedin.followUp.subject", subject);
            Check.notBlank("linkedin.followUp.text", text);
            Check.notNull("linkedin.followUp.scheduledTime", scheduledTime);
            attachments = attachments == null ? List.of() : List.copyOf(new ArrayList<>(attachments));
        }

        /** A follow-up without attachments. */
        public static FollowUp of(String subject, String text, ScheduledTime scheduledTime) {
            return new FollowUp(subject, text, List.of(), scheduledTime);
        }
    }

    /**
     * When a follow-up goes out: after a number of days (3–28) or of weeks (1–4), counted in a time zone.
     *
     * @param days     days from now, or {@code null} when counted in weeks
     * @param weeks    weeks from now, or {@code null} when counted in days
     * @param timezone an IANA zone such as {@code Europe/Paris}
     */
    record ScheduledTime(Integer days, Integer weeks, String timezone) {
        public ScheduledTime {
            if ((days == null) == (weeks == null)) {
                throw new IllegalArgumentException("linkedin.followUp.scheduledTime needs either days or weeks");
            }
            Check.range("linkedin.followUp.scheduledTime.days", days, 3, 28);
            Check.range("linkedin.followUp.scheduledTime.weeks", weeks, 1, 4);
            Check.notBlank("linkedin.followUp.scheduledTime.timezone", timezone);
            try {
                java.time.ZoneId.of(timezone);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("linkedin.followUp.scheduledTime.timezone '" + timezone
                        + "' is not a time zone such as Europe/Paris");
            }
        }

        /** After {@code days} days (3–28). */
        public static ScheduledTime days(int days, String timezone) {
            return new ScheduledTime(days, null, timezone);
        }

        /** After {@code weeks} weeks (1–4). */
        public static ScheduledTime weeks(int weeks, String timezone) {
            return new ScheduledTime(null, weeks, timezone);
        }
    }
}
