package io.unipile.webhooks;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * What Unipile posts to a webhook's URL. Parse a body with {@link WebhookEvents#parse(String)} and match on the
 * record:
 * <pre>{@code
 * switch (WebhookEvents.parse(body)) {
 *     case MessagingEvent m -> ... m.event(), m.chatId(), m.message() ...
 *     case AccountStatusEvent s -> ... s.accountStatus().message() ...
 *     case NewRelationEvent r -> ... r.userProviderId() ...
 *     case EmailEvent e -> ... e.event(), e.emailId(), e.subject() ...
 *     case EmailTrackingEvent t -> ... t.event(), t.trackingId(), t.url() ...
 *     case UnknownWebhookEvent u -> ... u.raw() ...
 * }
 * }</pre>
 * (Pattern matching in {@code switch} needs Java 21; on 17 use {@code instanceof}.) Events this version does not
 * type are {@link UnknownWebhookEvent}s.
 */
@JsonDeserialize(using = WebhookEventDeserializer.class)
public sealed interface WebhookEvent permits MessagingEvent, AccountStatusEvent, NewRelationEvent,
        EmailEvent, EmailTrackingEvent, UnknownWebhookEvent {
}
