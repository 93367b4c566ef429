package io.unipile;

import io.unipile.accounts.ListAccountsRequest;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.files.FileInput;
import io.unipile.messages.SendMessageRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidationTest {

    @Test
    void listAccountsLimitIsOneTo250AndTheCursorNotBlank() {
        assertThat(new ListAccountsRequest(null, 1).limit()).isEqualTo(1);
        assertThat(new ListAccountsRequest("c", 250).limit()).isEqualTo(250);
        assertThatThrownBy(() -> new ListAccountsRequest(null, 0)).hasMessage("limit must be between 1 and 250 but was 0");
        assertThatThrownBy(() -> new ListAccountsRequest(null, 251)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new ListAccountsRequest("", null)).hasMessageContaining("cursor");
    }

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
}
