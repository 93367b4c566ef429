package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.examples.outreach.LinkedInOutreach.Prospect;
import io.unipile.examples.webhooks.WebhookReceiver;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeInvitation;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.users.Invitation;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.NewRelationEvent;
import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outreach loop end to end against the fake: look up, invite, the fake's member accepts, the users webhook
 * reaches the application's receiver, and the first message goes out once.
 */
@FakeUnipile(webhookRetryDelaysMillis = {20, 40}, webhookTimeoutMillis = 2000)
class LinkedInOutreachTest {
    FakeUnipileServer server;
    UnipileClient client;

    private FakeAccount account;
    private LinkedInOutreach outreach;
    private WebhookReceiver receiver;
    private final BlockingQueue<Optional<String>> handled = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        account = server.state().addAccount(AccountType.LINKEDIN);
        server.state().addUserProfile(FakeUserProfile.builder("ACoAAann").publicIdentifier("ann-lee")
                .name("Ann", "Lee").headline("Staff engineer").build());
        outreach = new LinkedInOutreach(client, account.id());
        receiver = new WebhookReceiver("s3cr3t-" + System.nanoTime(), event -> handled.add(outreach.onWebhook(event)));
        client.webhooks().create(CreateWebhookRequest.builder(receiver.url(), WebhookSource.USERS)
                .name("relations")
                .addHeader(WebhookReceiver.SECRET_HEADER, receiver.secret())
                .addHeader("Content-Type", "application/json")
                .build());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void anAcceptedInvitationGetsTheFirstMessage() throws Exception {
        Prospect ann = outreach.invite("ann-lee", "Hi Ann, I enjoyed your talk on JVM profiling.");

        assertThat(ann.providerId()).isEqualTo("ACoAAann");
        assertThat(ann.firstName()).isEqualTo("Ann");
        assertThat(server.state().sentInvitations(account.id())).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("Hi Ann, I enjoyed your talk on JVM profiling."));
        assertThat(outreach.pendingInvitations()).extracting(Invitation::id).containsExactly(ann.invitationId());

        server.simulateInvitationAccepted(ann.invitationId());

        Optional<String> chatId = handled.poll(10, TimeUnit.SECONDS);
        assertThat(chatId).isNotNull().isPresent();
        FakeChat chat = server.state().startedChats().get(0);
        assertThat(chat.id()).isEqualTo(chatId.get());
        assertThat(chat.attendeeProviderIds()).containsExactly("ACoAAann");
        assertThat(server.state().sentMessages()).extracting(FakeMessage::text)
                .containsExactly("Thanks for connecting, Ann! Would you be open to a short call?");
        assertThat(outreach.pendingInvitations()).isEmpty();
        assertThat(outreach.awaiting()).isEmpty();
    }

    @Test
    void aWebhookDeliveredTwiceWritesOnce() throws Exception {
        Prospect ann = outreach.invite("ACoAAann", "Hello");
        server.simulateInvitationAccepted(ann.invitationId());
        assertThat(handled.poll(10, TimeUnit.SECONDS)).isPresent();

        // the same payload again, as a second delivery of the same webhook would bring it
        WebhookEvent again = new NewRelationEvent(null, account.id(), AccountType.LINKEDIN, "relations", null,
                "ACoAAann", "Ann Lee", "ann-lee", null, null, null);

        assertThat(outreach.onWebhook(again)).isEmpty();
        assertThat(server.journal().requests(ChatRoutes.START_CHAT)).hasSize(1);
    }

    @Test
    void aRelationNobodyInvitedIsLeftAlone() throws Exception {
        FakeInvitation received = server.simulateInvitationReceived(account.id(), "ACoAAbob", "Let's connect");
        client.users().acceptInvitation(client.users().listReceivedInvitations(account.id()).items().get(0),
                account.id());

        assertThat(handled.poll(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(received.providerId()).isEqualTo("ACoAAbob");
        assertThat(server.state().startedChats()).isEmpty();
    }

    @Test
    void aWithdrawnInvitationLeavesTheSentList() {
        Prospect ann = outreach.invite("ann-lee", "Hello");

        outreach.withdraw(ann);

        assertThat(server.state().sentInvitations(account.id())).isEmpty();
        assertThat(outreach.awaiting()).isEmpty();
    }

    @Test
    void aTooLongNoteFailsBeforeAnythingIsSent() {
        String note = "x".repeat(301);

        assertThatThrownBy(() -> outreach.invite("ann-lee", note))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
        assertThat(server.state().sentInvitations(account.id())).isEmpty();
    }

    @Test
    void anExistingRelationIsNotInvitedAgain() throws Exception {
        Prospect ann = outreach.invite("ann-lee", "Hello");
        server.simulateInvitationAccepted(ann.invitationId());
        assertThat(handled.poll(10, TimeUnit.SECONDS)).isPresent();

        assertThatThrownBy(() -> outreach.invite("ann-lee", "Hello again"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already a relation");
        assertThat(server.state().sentInvitations(account.id())).isEmpty();
        assertThat(List.of(server.state().relations(account.id()).size())).containsExactly(1);
    }
}
