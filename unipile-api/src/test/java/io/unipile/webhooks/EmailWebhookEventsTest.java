package io.unipile.webhooks;

import io.unipile.emails.EmailIdentifierType;
import io.unipile.emails.EmailOrigin;
import io.unipile.emails.FolderRole;
import io.unipile.internal.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code email} and {@code email_tracking} payloads: one typed test per documented event. */
class EmailWebhookEventsTest {
    private static final String MAIL = "\"email_id\":\"e1\",\"account_id\":\"acc1\",\"webhook_name\":\"mails\","
            + "\"date\":\"2026-11-27T10:00:00.000Z\",\"from_attendee\":{\"display_name\":\"Ann\","
            + "\"identifier\":\"ann@example.com\",\"identifier_type\":\"EMAIL_ADDRESS\"},"
            + "\"to_attendees\":[{\"identifier\":\"bob@example.com\",\"identifier_type\":\"EMAIL_ADDRESS\"}],"
            + "\"cc_attendees\":[],\"bcc_attendees\":[],\"reply_to_attendees\":[],\"subject\":\"Hi\","
            + "\"body\":\"<p>Hi</p>\",\"body_plain\":\"Hi\",\"message_id\":\"<m1@example.com>\",\"provider_id\":\"p1\","
            + "\"tracking_id\":\"t1\",\"read_date\":null,\"is_complete\":true,"
            + "\"in_reply_to\":{\"message_id\":\"<m0@example.com>\",\"id\":\"e0\"},\"has_attachments\":true,"
            + "\"attachments\":[{\"id\":\"a1\",\"name\":\"cv.pdf\",\"size\":12,\"extension\":\"pdf\","
            + "\"mime\":\"application/pdf\"}],\"folders\":[\"INBOX\"],\"role\":\"inbox\",\"origin\":\"external\","
            + "\"thread_id\":\"th1\",\"deprecated_id\":\"d1\"";

    @Test
    void aReceivedMailIsTypedWithEveryDocumentedField() {
        WebhookEvent parsed = WebhookEvents.parse("{\"event\":\"mail_received\"," + MAIL + ",\"renamed\":1}");

        assertThat(parsed).isInstanceOfSatisfying(EmailEvent.class, e -> {
            assertThat(e.event()).isSameAs(WebhookEventType.MAIL_RECEIVED);
            assertThat(e.emailId()).isEqualTo("e1");
            assertThat(e.accountId()).isEqualTo("acc1");
            assertThat(e.webhookName()).isEqualTo("mails");
            assertThat(e.dateInstant()).contains(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(e.fromAttendee().displayName()).isEqualTo("Ann");
            assertThat(e.fromAttendee().identifierType()).isSameAs(EmailIdentifierType.EMAIL_ADDRESS);
            assertThat(e.toAttendees()).singleElement().satisfies(a ->
                    assertThat(a.identifier()).isEqualTo("bob@example.com"));
            assertThat(e.ccAttendees()).isEmpty();
            assertThat(e.subject()).isEqualTo("Hi");
            assertThat(e.body()).isEqualTo("<p>Hi</p>");
            assertThat(e.bodyPlain()).isEqualTo("Hi");
            assertThat(e.messageId()).isEqualTo("<m1@example.com>");
            assertThat(e.providerId()).isEqualTo("p1");
            assertThat(e.trackingId()).isEqualTo("t1");
            assertThat(e.readDate()).isNull();
            assertThat(e.isComplete()).isTrue();
            assertThat(e.inReplyTo().id()).isEqualTo("e0");
            assertThat(e.hasAttachments()).isTrue();
            assertThat(e.attachments()).singleElement().satisfies(a -> {
                assertThat(a.size()).isEqualTo(12L);
                assertThat(a.mime()).isEqualTo("application/pdf");
            });
            assertThat(e.folders()).containsExactly("INBOX");
            assertThat(e.role()).isSameAs(FolderRole.INBOX);
            assertThat(e.origin()).isSameAs(EmailOrigin.EXTERNAL);
            assertThat(e.threadId()).isEqualTo("th1");
            assertThat(e.deprecatedId()).isEqualTo("d1");
            assertThat(e.extra()).containsOnlyKeys("renamed");
            assertThatThrownBy(() -> e.folders().clear()).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void aSentMailIsTyped() {
        EmailEvent e = (EmailEvent) WebhookEvents.parse("{\"event\":\"mail_sent\"," + MAIL + "}");

        assertThat(e.event()).isSameAs(WebhookEventType.MAIL_SENT);
        assertThat(e.emailId()).isEqualTo("e1");
    }

    @Test
    void aMovedMailIsTypedAndUnknownValuesDoNotBreakIt() {
        EmailEvent e = (EmailEvent) WebhookEvents.parse("{\"event\":\"mail_moved\",\"email_id\":\"e1\","
                + "\"folders\":[\"Archive\"],\"role\":\"pinned\",\"origin\":\"imported\",\"date\":\"not a date\"}");

        assertThat(e.event()).isSameAs(WebhookEventType.MAIL_MOVED);
        assertThat(e.role().value()).isEqualTo("pinned");
        assertThat(e.role().isKnown()).isFalse();
        assertThat(e.origin().isKnown()).isFalse();
        assertThat(e.dateInstant()).isEmpty();
        assertThat(e.toAttendees()).isEmpty();
    }

    @Test
    void anOpenedMailIsTyped() {
        WebhookEvent parsed = WebhookEvents.parse("{\"event\":\"mail_opened\",\"event_id\":\"ev1\","
                + "\"tracking_id\":\"t1\",\"date\":\"2026-11-27T10:00:00.000Z\",\"email_id\":\"e1\","
                + "\"account_id\":\"acc1\",\"ip\":\"203.0.113.9\",\"user_agent\":\"Mail/1.0\",\"label\":\"campaign\","
                + "\"custom_domain\":\"track.example.com\",\"webhook_name\":\"tracking\"}");

        assertThat(parsed).isInstanceOfSatisfying(EmailTrackingEvent.class, t -> {
            assertThat(t.event()).isSameAs(WebhookEventType.MAIL_OPENED);
            assertThat(t.eventId()).isEqualTo("ev1");
            assertThat(t.trackingId()).isEqualTo("t1");
            assertThat(t.dateInstant()).contains(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(t.emailId()).isEqualTo("e1");
            assertThat(t.accountId()).isEqualTo("acc1");
            assertThat(t.ip()).isEqualTo("203.0.113.9");
            assertThat(t.userAgent()).isEqualTo("Mail/1.0");
            assertThat(t.url()).isNull();
            assertThat(t.label()).isEqualTo("campaign");
            assertThat(t.customDomain()).isEqualTo("track.example.com");
            assertThat(t.webhookName()).isEqualTo("tracking");
            assertThat(t.extra()).isEmpty();
        });
    }

    @Test
    void aClickedLinkIsTypedAlsoWhenOnlyTypeNamesTheEvent() {
        EmailTrackingEvent byEvent = (EmailTrackingEvent) WebhookEvents.parse("{\"event\":\"mail_link_clicked\","
                + "\"tracking_id\":\"t1\",\"url\":\"https://example.com/offer\"}");
        EmailTrackingEvent byType = (EmailTrackingEvent) WebhookEvents.parse("{\"type\":\"mail_link_clicked\","
                + "\"tracking_id\":\"t1\",\"url\":\"https://example.com/offer\"}");

        assertThat(byEvent.event()).isSameAs(WebhookEventType.MAIL_LINK_CLICKED);
        assertThat(byEvent.url()).isEqualTo("https://example.com/offer");
        assertThat(byType.event()).isSameAs(WebhookEventType.MAIL_LINK_CLICKED);
        assertThat(byType.type()).isEqualTo("mail_link_clicked");
    }

    @Test
    void undocumentedMailEventsStayRawAndTypedOnesRoundTrip() throws Exception {
        assertThat(WebhookEvents.parse("{\"event\":\"mail_deleted\",\"email_id\":\"e1\"}"))
                .isInstanceOf(UnknownWebhookEvent.class);
        assertThat(WebhookEvents.parse("{\"type\":\"mail_bounced\"}")).isInstanceOf(UnknownWebhookEvent.class);
        EmailEvent e = (EmailEvent) WebhookEvents.parse("{\"event\":\"mail_received\"," + MAIL + "}");

        assertThat(WebhookEvents.parse(Json.mapper().writeValueAsString(e))).isEqualTo(e);
    }

    @Test
    void aMalformedTypedFieldFailsNamingIt() {
        assertThatThrownBy(() -> WebhookEvents.parse("{\"event\":\"mail_received\",\"to_attendees\":{\"x\":1}}"))
                .isInstanceOf(WebhookParseException.class).hasMessageContaining("to_attendees");
    }
}
