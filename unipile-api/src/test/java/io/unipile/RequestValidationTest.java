package io.unipile;

import io.unipile.accounts.AccountType;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.attendees.ListAttendeesRequest;
import io.unipile.attendees.ListByAttendeeRequest;
import io.unipile.chats.ChatAction;
import io.unipile.chats.ListChatsRequest;
import io.unipile.messages.ListMessagesRequest;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.ListWebhooksRequest;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookSource;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.chats.UpdateChatRequest;
import io.unipile.files.FileInput;
import io.unipile.messages.ForwardMessageRequest;
import io.unipile.messages.SendMessageRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidationTest {

    @Test
    void startChatNeedsAnAccountAndAtLeastOneAttendee() {
        assertThatThrownBy(() -> StartChatRequest.builder().addAttendee("x").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> StartChatRequest.builder("acc").build()).hasMessageContaining("attendeesIds");
        assertThatThrownBy(() -> StartChatRequest.builder("acc", "a", " ").build())
                .hasMessageContaining("attendeesIds[1]");
        assertThatThrownBy(() -> StartChatRequest.builder("acc", "a").addAttachment(null).build())
                .hasMessageContaining("attachments[0]");
    }

    @Test
    void startChatIsImmutable() {
        StartChatRequest r = StartChatRequest.builder("acc", "a").build();
        assertThatThrownBy(() -> r.attendeesIds().add("b")).isInstanceOf(UnsupportedOperationException.class);
        List<String> ids = new java.util.ArrayList<>(Arrays.asList("a", "b"));
        StartChatRequest fromList = StartChatRequest.builder().accountId("acc").attendeesIds(ids).build();
        ids.clear();
        assertThat(fromList.attendeesIds()).containsExactly("a", "b");
    }

    @Test
    void aMessageNeedsSomethingToSend() {
        assertThatThrownBy(() -> SendMessageRequest.builder().accountId("acc").build())
                .hasMessageContaining("text, attachments, voiceMessage or videoMessage");
        assertThat(SendMessageRequest.builder().voiceMessage(FileInput.of(new byte[1], "v.ogg")).build()
                .voiceMessage()).isNotNull();
        assertThatThrownBy(() -> SendMessageRequest.builder().text("x").quoteId(" ").build())
                .hasMessageContaining("quoteId");
        assertThatThrownBy(() -> SendMessageRequest.builder().text("x").threadId("").build())
                .hasMessageContaining("threadId");
        assertThatThrownBy(() -> SendMessageRequest.ofText(null)).hasMessageContaining("text");
    }

    @Test
    void followUpSchedulesAreChecked() {
        assertThatThrownBy(() -> LinkedInOptions.ScheduledTime.days(2, "Europe/Paris"))
                .hasMessageContaining("linkedin.followUp.scheduledTime.days").hasMessageContaining("3 and 28");
        assertThatThrownBy(() -> LinkedInOptions.ScheduledTime.weeks(5, "Europe/Paris"))
                .hasMessageContaining("weeks");
        assertThatThrownBy(() -> LinkedInOptions.ScheduledTime.days(3, "Mars/Olympus"))
                .hasMessageContaining("timezone");
        assertThatThrownBy(() -> new LinkedInOptions.ScheduledTime(3, 1, "UTC"))
                .hasMessageContaining("either days or weeks");
        assertThatThrownBy(() -> LinkedInOptions.FollowUp.of("", "t", LinkedInOptions.ScheduledTime.weeks(1, "UTC")))
                .hasMessageContaining("linkedin.followUp.subject");
        assertThatThrownBy(() -> LinkedInOptions.FollowUp.of("s", "t", null))
                .hasMessageContaining("linkedin.followUp.scheduledTime");
    }

    @Test
    void linkedInKindsSayTheirApi() {
        assertThat(LinkedInOptions.classic().build().api()).isEqualTo("classic");
        assertThat(LinkedInOptions.recruiter().build().api()).isEqualTo("recruiter");
        assertThat(LinkedInOptions.salesNavigator().api()).isEqualTo("sales_navigator");
    }

    @Test
    void webhookRequestsAreChecked() {
        assertThatThrownBy(() -> CreateWebhookRequest.builder(null, WebhookSource.MESSAGING).build())
                .hasMessage("requestUrl is required");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("/relative", WebhookSource.MESSAGING).build())
                .hasMessageContaining("requestUrl must be an absolute http or https URL");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("ftp://x.example.com", WebhookSource.MESSAGING).build())
                .hasMessageContaining("requestUrl");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("https://x.example.com", null).build())
                .hasMessageContaining("source");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("https://x.example.com", WebhookSource.MESSAGING)
                .events(WebhookEventType.MAIL_SENT).build())
                .hasMessageContaining("events[0] 'mail_sent' is not an event of source 'messaging'");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("https://x.example.com", WebhookSource.MESSAGING)
                .addHeader("X-A", "v\r\nX-Injected: 1").build()).hasMessageContaining("headers[0]");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("https://x.example.com", WebhookSource.MESSAGING)
                .addData("", "chat_id").build()).hasMessageContaining("data[0].name");
        assertThatThrownBy(() -> CreateWebhookRequest.builder("https://x.example.com", WebhookSource.MESSAGING)
                .addAccountId(" ").build()).hasMessageContaining("accountIds[0]");
        assertThat(CreateWebhookRequest.builder("https://x.example.com", WebhookSource.of("future_source"))
                .events(WebhookEventType.of("future_event")).build().events()).hasSize(1);
    }

    @Test
    void listFiltersAreChecked() {
        assertThatThrownBy(() -> ListChatsRequest.builder().accountType(AccountType.MAIL).build())
                .hasMessageContaining("accountType must be a messaging provider");
        assertThat(ListChatsRequest.builder().accountType(AccountType.of("NEW_APP")).build().accountType().value())
                .isEqualTo("NEW_APP");
        java.time.Instant t = java.time.Instant.parse("2025-01-01T00:00:00Z");
        assertThatThrownBy(() -> ListMessagesRequest.builder().after(t).before(t).build())
                .hasMessageContaining("after must be earlier than before");
        assertThatThrownBy(() -> ListChatsRequest.builder().after(t.plusSeconds(1)).before(t).build())
                .hasMessage("after must be earlier than before");
        assertThatThrownBy(() -> ListByAttendeeRequest.builder().after(t).before(t).build())
                .hasMessage("after must be earlier than before");
        assertThat(ListByAttendeeRequest.builder().after(t).before(t.plusSeconds(1)).build().after()).isEqualTo(t);
    }

    @Test
    void toBuilderCopiesEveryField() {
        java.time.Instant t = java.time.Instant.parse("2025-01-01T00:00:00Z");
        ListChatsRequest chats = ListChatsRequest.builder().unread(true).before(t).after(t.minusSeconds(1)).limit(5)
                .accountType(AccountType.LINKEDIN).accountId("acc").cursor("c").build();
        assertThat(chats.toBuilder().build()).isEqualTo(chats).hasSameHashCodeAs(chats);
        assertThat(chats.toBuilder().cursor("d").build().cursor()).isEqualTo("d");
        assertThat(chats.toString()).startsWith("ListChatsRequest[unread=true, ").endsWith(", cursor=c]");
        ListMessagesRequest messages = ListMessagesRequest.builder().limit(3).senderId("s").accountId("a").build();
        assertThat(messages.toBuilder().build()).isEqualTo(messages);
        ListByAttendeeRequest byAttendee = ListByAttendeeRequest.builder().cursor("c").limit(2).accountId("a,b")
                .build();
        assertThat(byAttendee.toBuilder().build()).isEqualTo(byAttendee);
        ListAccountsRequest accounts = ListAccountsRequest.builder().cursor("c").limit(10).build();
        assertThat(accounts.toBuilder().build()).isEqualTo(accounts);
        assertThat(accounts).hasToString("ListAccountsRequest[cursor=c, limit=10]");
        assertThat(ListAttendeesRequest.builder().accountId("a").build().toBuilder().build())
                .isEqualTo(ListAttendeesRequest.builder().accountId("a").build());
        assertThat(ListWebhooksRequest.builder().limit(1).build().toBuilder().build())
                .isEqualTo(ListWebhooksRequest.builder().limit(1).build());
        StartChatRequest start = StartChatRequest.builder("acc", "a", "b").text("hi")
                .addAttachment(FileInput.of(new byte[1], "f.txt")).build();
        assertThat(start.toBuilder().build()).isEqualTo(start);
        assertThat(start.toBuilder().attendeesIds(List.of("c")).build().attendeesIds()).containsExactly("c");
        SendMessageRequest send = SendMessageRequest.builder().text("x").accountId("acc").quoteId("q").build();
        assertThat(send.toBuilder().build()).isEqualTo(send);
        CreateWebhookRequest hook = CreateWebhookRequest.builder("https://x.example.com", WebhookSource.MESSAGING)
                .name("n").addAccountId("acc").enabled(false).addHeader("X-A", "v")
                .events(WebhookEventType.MESSAGE_RECEIVED).addData("chat", "chat_id").build();
        assertThat(hook.toBuilder().build()).isEqualTo(hook);
        assertThat(hook.toBuilder().events(WebhookEventType.MESSAGE_READ).build().events())
                .containsExactly(WebhookEventType.MESSAGE_READ);
    }

    @Test
    void updateChatNeedsAnActionAndAValue() {
        assertThat(UpdateChatRequest.markRead().action()).isEqualTo(ChatAction.SET_READ_STATUS);
        assertThat(UpdateChatRequest.markRead().value()).isTrue();
        assertThat(UpdateChatRequest.markUnread().value()).isFalse();
        assertThat(UpdateChatRequest.markRead().toBuilder().value(false).build())
                .isEqualTo(UpdateChatRequest.markUnread());
        assertThatThrownBy(() -> UpdateChatRequest.builder().value(true).build()).hasMessage("action is required");
        assertThatThrownBy(() -> UpdateChatRequest.builder().action(ChatAction.SET_READ_STATUS).build())
                .hasMessage("value is required");
        assertThat(ChatAction.of("setReadStatus")).isSameAs(ChatAction.SET_READ_STATUS);
        assertThat(ChatAction.of("mute").isKnown()).isFalse();
        assertThat(ChatAction.of("mute").value()).isEqualTo("mute");
    }

    @Test
    void forwardNeedsAChat() {
        assertThat(ForwardMessageRequest.to("chat_1").chatId()).isEqualTo("chat_1");
        assertThat(ForwardMessageRequest.to("chat_1").toBuilder().build())
                .isEqualTo(ForwardMessageRequest.to("chat_1"));
        assertThatThrownBy(() -> ForwardMessageRequest.to(null)).hasMessage("chatId is required");
        assertThatThrownBy(() -> ForwardMessageRequest.builder().chatId(" ").build())
                .hasMessage("chatId must not be blank");
    }
}
