package io.unipile.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;
import io.unipile.internal.Json;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The payload of an {@code email_tracking} webhook: a tracked e-mail was opened ({@link WebhookEventType#MAIL_OPENED})
 * or one of its links clicked ({@link WebhookEventType#MAIL_LINK_CLICKED}). The fields are the {@code data} keys the
 * v1 document lists for {@code source: email_tracking}; no schema gives their types. The event is read from
 * {@code event}, or from {@code type} when there is no {@code event}.
 *
 * @param event        what happened
 * @param eventId      this event's id
 * @param trackingId   the tracking id {@code emails().send} answered ({@code EmailSent.trackingId()})
 * @param type         the event's kind as the payload's {@code type} names it, or {@code null}
 * @param date         when it happened, as the server wrote it; see {@link #dateInstant()}
 * @param emailId      the tracked e-mail's Unipile id, or {@code null}
 * @param accountId    the account that sent it
 * @param webhookName  the name of the webhook that delivers this payload, or {@code null}
 * @param ip           the reader's IP address, or {@code null}
 * @param userAgent    the reader's user agent, or {@code null}
 * @param url          the clicked link, for {@link WebhookEventType#MAIL_LINK_CLICKED}; else {@code null}
 * @param label        the label of the e-mail's tracking options, or {@code null}
 * @param customDomain the tracking domain of the e-mail's tracking options, or {@code null}
 * @param extra        fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record EmailTrackingEvent(
        @JsonProperty("event") WebhookEventType event,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("type") String type,
        @JsonProperty("date") String date,
        @JsonProperty("email_id") String emailId,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("webhook_name") String webhookName,
        @JsonProperty("ip") String ip,
        @JsonProperty("user_agent") String userAgent,
        @JsonProperty("url") String url,
        @JsonProperty("label") String label,
        @JsonProperty("custom_domain") String customDomain,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookEvent {

    public EmailTrackingEvent {
        if (event == null && type != null) {
            event = WebhookEventType.of(type);
        }
        extra = Immutables.map(extra);
    }

    /** {@code date} as an {@link Instant}; empty when it is {@code null}, blank or not an ISO 8601 timestamp. */
    public Optional<Instant> dateInstant() {
        return Json.parseInstant(date);
    }
}
