package io.unipile.emails;

import io.unipile.internal.Check;

/**
 * What to track of a sent e-mail ({@code tracking_options}): opens and link clicks, reported to {@code email_tracking}
 * webhooks with the e-mail's tracking id, the {@code label} and the {@code custom_domain} given here.
 *
 * @param opens        whether to track opens, or {@code null} for the server's default
 * @param links        whether to track link clicks, or {@code null} for the server's default
 * @param label        a label the tracking events carry back, or {@code null}
 * @param customDomain the domain tracked links go through, or {@code null} for Unipile's
 */
public record TrackingOptions(Boolean opens, Boolean links, String label, String customDomain) {

    /** Checks that the texts are not blank. */
    public TrackingOptions {
        Check.nullOrNotBlank("label", label);
        Check.nullOrNotBlank("customDomain", customDomain);
    }

    /** Tracks opens and link clicks. */
    public static TrackingOptions opensAndLinks() {
        return new TrackingOptions(true, true, null, null);
    }

    /** Tracks opens only. */
    public static TrackingOptions opensOnly() {
        return new TrackingOptions(true, false, null, null);
    }

    /** A copy with this label. */
    public TrackingOptions withLabel(String label) {
        return new TrackingOptions(opens, links, label, customDomain);
    }

    /** A copy with this tracking domain. */
    public TrackingOptions withCustomDomain(String customDomain) {
        return new TrackingOptions(opens, links, label, customDomain);
    }
}
