package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * How candidates apply to a Recruiter job posting ({@code recruiter.apply_method}): within LinkedIn, or on an
 * external website.
 */
public final class ApplyMethod {
    private final String type;
    private final String notificationEmail;
    private final Boolean resumeRequired;
    private final String url;

    private ApplyMethod(String type, String notificationEmail, Boolean resumeRequired, String url) {
        this.type = type;
        this.notificationEmail = notificationEmail;
        this.resumeRequired = resumeRequired;
        this.url = url;
    }

    /** Candidates apply within LinkedIn; applications are notified to {@code notificationEmail}. */
    public static ApplyMethod onLinkedIn(String notificationEmail, boolean resumeRequired) {
        return new ApplyMethod("linkedin", Check.notBlank("applyMethod.notificationEmail", notificationEmail),
                resumeRequired, null);
    }

    /** Candidates apply on the website at {@code url}. */
    public static ApplyMethod external(String url) {
        return new ApplyMethod("external", null, null, Check.notBlank("applyMethod.url", url));
    }

    /** {@code type}: {@code linkedin} or {@code external}. */
    public String type() {
        return type;
    }

    /** {@code notification_email}: where LinkedIn applications are notified; {@code null} for external ones. */
    public String notificationEmail() {
        return notificationEmail;
    }

    /** {@code resume_required}: whether a LinkedIn application needs a resume; {@code null} for external ones. */
    public Boolean resumeRequired() {
        return resumeRequired;
    }

    /** {@code url}: the external website; {@code null} for LinkedIn applications. */
    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplyMethod m && type.equals(m.type) && Objects.equals(notificationEmail,
                m.notificationEmail) && Objects.equals(resumeRequired, m.resumeRequired) && Objects.equals(url, m.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, notificationEmail, resumeRequired, url);
    }

    @Override
    public String toString() {
        return type.equals("linkedin")
                ? "ApplyMethod[linkedin, notificationEmail=" + notificationEmail + ", resumeRequired="
                        + resumeRequired + "]"
                : "ApplyMethod[external, url=" + url + "]";
    }
}
