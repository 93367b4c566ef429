package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.examples.outreach.LinkedInOutreach.Prospect;
import io.unipile.users.ConnectionDegree;
import io.unipile.users.InviteRequest;
import io.unipile.users.LinkedInUserProfile;
import io.unipile.users.UserInvitationSent;
import io.unipile.users.UsersClient;
import io.unipile.webhooks.NewRelationEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@link LinkedInOutreach} unit-tested with Mockito mocks of the client's interfaces (and of a profile record): what
 * it sends, and what it does when starting the chat fails in each way.
 */
class LinkedInOutreachMockTest {
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final UsersClient users = mock(UsersClient.class);
    private final ChatsClient chats = mock(ChatsClient.class);
    private final LinkedInOutreach outreach = new LinkedInOutreach(unipile, "acc_1");
    private final NewRelationEvent accepted = new NewRelationEvent(null, "acc_1", AccountType.LINKEDIN, null, null,
            "ACoA1", "Ann Lee", "ann-lee", null, null, null);

    @BeforeEach
    void wire() {
        when(unipile.users()).thenReturn(users);
        when(unipile.chats()).thenReturn(chats);
        LinkedInUserProfile ann = mock(LinkedInUserProfile.class);
        when(ann.providerId()).thenReturn("ACoA1");
        when(ann.publicIdentifier()).thenReturn("ann-lee");
        when(ann.firstName()).thenReturn("Ann");
        when(ann.networkDistance()).thenReturn(ConnectionDegree.SECOND_DEGREE);
        when(users.get("ann-lee", "acc_1")).thenReturn(ann);
        when(users.invite(any(InviteRequest.class)))
                .thenReturn(new UserInvitationSent("UserInvitationSent", "inv_1", null, Map.of()));
    }

    @Test
    void invitesByProviderIdWithTheNote() {
        Prospect prospect = outreach.invite("ann-lee", "Hi Ann");

        ArgumentCaptor<InviteRequest> sent = ArgumentCaptor.forClass(InviteRequest.class);
        verify(users).invite(sent.capture());
        assertThat(sent.getValue().accountId()).isEqualTo("acc_1");
        assertThat(sent.getValue().providerId()).isEqualTo("ACoA1");
        assertThat(sent.getValue().message()).isEqualTo("Hi Ann");
        assertThat(prospect.invitationId()).isEqualTo("inv_1");
    }

    @Test
    void aFailureThatSurelyDidNotReachUnipileIsRetriedByTheNextDelivery() {
        outreach.invite("ann-lee", "Hi Ann");
        when(chats.start(any(StartChatRequest.class)))
                .thenThrow(new UnipileTransportException("connection refused", false, null))
                .thenReturn(new ChatStarted("ChatStarted", "chat_1", "msg_1", Map.of()));

        assertThatThrownBy(() -> outreach.onWebhook(accepted)).isInstanceOf(UnipileTransportException.class);
        assertThat(outreach.awaiting()).containsKey("ACoA1");

        assertThat(outreach.onWebhook(accepted)).contains("chat_1");
        verify(chats, times(2)).start(any(StartChatRequest.class));
    }

    @Test
    void aFailureThatMayHaveReachedUnipileIsNeverRepeated() {
        outreach.invite("ann-lee", "Hi Ann");
        when(chats.start(any(StartChatRequest.class)))
                .thenThrow(new UnipileTransportException("read timed out", true, null));

        assertThatThrownBy(() -> outreach.onWebhook(accepted)).isInstanceOf(UnipileTransportException.class);

        assertThat(outreach.onWebhook(accepted)).isEmpty();
        verify(chats, times(1)).start(any(StartChatRequest.class));
    }

    @Test
    void anotherAccountsRelationIsIgnored() {
        outreach.invite("ann-lee", "Hi Ann");
        NewRelationEvent elsewhere = new NewRelationEvent(null, "acc_2", AccountType.LINKEDIN, null, null, "ACoA1",
                "Ann Lee", null, null, null, null);

        assertThat(outreach.onWebhook(elsewhere)).isEmpty();
        verify(chats, never()).start(any(StartChatRequest.class));
    }
}
