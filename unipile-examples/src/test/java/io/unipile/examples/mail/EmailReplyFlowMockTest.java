package io.unipile.examples.mail;

import io.unipile.UnipileClient;
import io.unipile.emails.Email;
import io.unipile.emails.EmailSent;
import io.unipile.emails.EmailsClient;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.examples.mail.EmailReplyFlow.Outgoing;
import io.unipile.files.FileInput;
import io.unipile.internal.Json;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@link EmailReplyFlow} unit-tested with a Mockito mock of {@link EmailsClient}: what it sends, which webhooks it
 * acts on, and what it does when reading the answer fails in each way.
 */
class EmailReplyFlowMockTest {
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final EmailsClient emails = mock(EmailsClient.class);
    private final EmailReplyFlow flow = new EmailReplyFlow(unipile, "acc_1");
    private Email answer;

    @BeforeEach
    void wire() throws Exception {
        when(unipile.emails()).thenReturn(emails);
        when(emails.send(any(SendEmailRequest.class))).thenReturn(new EmailSent("EmailSent", "trk_1", "e_1", "p_1",
                null));
        answer = Json.mapper().readValue("{\"object\":\"Email\",\"id\":\"e_2\",\"deprecated_id\":\"e_2\","
                + "\"kind\":\"2_full\",\"account_id\":\"acc_1\",\"type\":\"GOOGLE_OAUTH\","
                + "\"date\":\"2026-11-27T10:00:00.000Z\",\"role\":\"inbox\",\"folders\":[\"INBOX\"],\"folderIds\":[],"
                + "\"message_id\":\"<m2@x>\",\"provider_id\":\"p_2\",\"from_attendee\":{\"identifier\":\"bob@x.test\","
                + "\"identifier_type\":\"EMAIL_ADDRESS\"},\"attachments\":[],\"body_plain\":\"Yes\",\"body\":\"<p>Yes</p>\"}",
                Email.class);
    }

    private static WebhookEvent received(String inReplyTo) {
        return WebhookEvents.parse("{\"event\":\"mail_received\",\"email_id\":\"e_2\",\"account_id\":\"acc_1\","
                + "\"in_reply_to\":{\"message_id\":\"<m1@x>\",\"id\":\"" + inReplyTo + "\"}}");
    }

    @Test
    void sendsTheFileWithOpenTracking() {
        Outgoing sent = flow.send("bob@x.test", "Quote", "<p>Hi</p>", FileInput.of(new byte[] {1}, "q.pdf"));

        ArgumentCaptor<SendEmailRequest> request = ArgumentCaptor.forClass(SendEmailRequest.class);
        verify(emails).send(request.capture());
        assertThat(request.getValue().to()).extracting(a -> a.identifier()).containsExactly("bob@x.test");
        assertThat(request.getValue().attachments()).extracting(FileInput::fileName).containsExactly("q.pdf");
        assertThat(request.getValue().trackingOptions().opens()).isTrue();
        assertThat(sent).isEqualTo(new Outgoing("e_1", "trk_1", "bob@x.test", "Quote"));
    }

    @Test
    void anAnswerIsReadMarkedReadAndHandledOnce() {
        flow.send("bob@x.test", "Quote", "<p>Hi</p>", FileInput.of(new byte[] {1}, "q.pdf"));
        when(emails.get("e_2")).thenReturn(answer);

        assertThat(flow.onWebhook(received("e_1"))).hasValueSatisfying(a -> {
            assertThat(a.from()).isEqualTo("bob@x.test");
            assertThat(a.text()).isEqualTo("Yes");
        });
        assertThat(flow.onWebhook(received("e_1"))).as("a repeated delivery").isEmpty();
        verify(emails, times(1)).update("e_2", UpdateEmailRequest.markRead());
    }

    @Test
    void otherEventsAreIgnored() {
        flow.send("bob@x.test", "Quote", "<p>Hi</p>", FileInput.of(new byte[] {1}, "q.pdf"));

        assertThat(flow.onWebhook(received("e_other"))).isEmpty();
        assertThat(flow.onWebhook(WebhookEvents.parse("{\"event\":\"mail_sent\",\"email_id\":\"e_2\","
                + "\"account_id\":\"acc_1\",\"in_reply_to\":{\"message_id\":\"m\",\"id\":\"e_1\"}}"))).isEmpty();
        assertThat(flow.onWebhook(WebhookEvents.parse("{\"event\":\"mail_received\",\"email_id\":\"e_2\","
                + "\"account_id\":\"acc_2\",\"in_reply_to\":{\"message_id\":\"m\",\"id\":\"e_1\"}}"))).isEmpty();
        assertThat(flow.onWebhook(WebhookEvents.parse("{\"event\":\"mail_opened\",\"tracking_id\":\"trk_1\"}")))
                .isEmpty();
        verify(emails, never()).get(anyString());
        assertThat(flow.awaiting()).containsKey("e_1");
    }

    @Test
    void aFailureThatSurelyDidNotReachUnipileKeepsTheEmailAwaited() {
        flow.send("bob@x.test", "Quote", "<p>Hi</p>", FileInput.of(new byte[] {1}, "q.pdf"));
        UnipileTransportException refused = new UnipileTransportException("connection refused", false, null);
        when(emails.get("e_2")).thenThrow(refused).thenReturn(answer);

        assertThatThrownBy(() -> flow.onWebhook(received("e_1"))).isSameAs(refused);
        assertThat(flow.awaiting()).containsKey("e_1");
        assertThat(flow.onWebhook(received("e_1"))).isPresent();
    }
}
