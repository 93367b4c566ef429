package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.users.ConnectionDegree;
import io.unipile.users.Invitation;
import io.unipile.users.InviteRequest;
import io.unipile.users.LinkedInUserProfile;
import io.unipile.users.UserInvitationSent;
import io.unipile.users.UserProfile;
import io.unipile.webhooks.NewRelationEvent;
import io.unipile.webhooks.WebhookEvent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An example of LinkedIn outreach: look a member up, invite them with a note, follow the invitation, and write to
 * them once they accept, which Unipile tells through a {@code users} webhook ({@link NewRelationEvent}). The
 * prospects awaiting an answer are kept in memory here; a real application keeps them in its database.
 */
public final class LinkedInOutreach {

    /** A member invited and not yet connected. */
    public record Prospect(String providerId, String publicIdentifier, String firstName, String invitationId) {
    }

    private final UnipileClient unipile;
    private final String accountId;
    private final Map<String, Prospect> awaiting = new ConcurrentHashMap<>();

    public LinkedInOutreach(UnipileClient unipile, String accountId) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    /**
     * Looks the member up (public identifier or provider id) and invites them with {@code note} (at most 300
     * characters, checked before anything is sent).
     *
     * @throws IllegalStateException when the member is already a relation: write to them instead
     */
    public Prospect invite(String identifier, String note) {
        UserProfile profile = unipile.users().get(identifier, accountId);
        if (!(profile instanceof LinkedInUserProfile member)) {
            throw new IllegalArgumentException(identifier + " is not a LinkedIn member");
        }
        if (ConnectionDegree.FIRST_DEGREE.equals(member.networkDistance())) {
            throw new IllegalStateException(identifier + " is already a relation");
        }
        UserInvitationSent sent = unipile.users().invite(InviteRequest.builder(accountId, member.providerId())
                .message(note).build());
        Prospect prospect = new Prospect(member.providerId(), member.publicIdentifier(), member.firstName(),
                sent.invitationId());
        awaiting.put(prospect.providerId(), prospect);
        return prospect;
    }

    /** The invitations the account sent that are still pending, as LinkedIn lists them. */
    public List<Invitation> pendingInvitations() {
        return unipile.users().listAllSentInvitations(accountId).stream().toList();
    }

    /** Withdraws an invitation that stayed unanswered too long. */
    public void withdraw(Prospect prospect) {
        unipile.users().cancelInvitation(prospect.invitationId(), accountId);
        awaiting.remove(prospect.providerId());
    }

    /**
     * The webhook handler: when a prospect accepts, starts a chat with them. Unipile may deliver a webhook more than
     * once; a prospect is written to once. A failure that surely did not reach Unipile puts the prospect back and
     * rethrows, so that the receiver answers an error and the delivery is retried; one that may have reached Unipile
     * does not (the message may have gone out: better check the chat than write twice).
     *
     * @return the started chat's id, or empty when the event is not a prospect's acceptance
     */
    public Optional<String> onWebhook(WebhookEvent event) {
        if (!(event instanceof NewRelationEvent relation) || !accountId.equals(relation.accountId())) {
            return Optional.empty();
        }
        Prospect prospect = relation.userProviderId() == null ? null : awaiting.remove(relation.userProviderId());
        if (prospect == null) {
            return Optional.empty(); // someone else, or already handled
        }
        try {
            ChatStarted chat = unipile.chats().start(StartChatRequest.builder(accountId, prospect.providerId())
                    .text("Thanks for connecting, " + prospect.firstName() + "! Would you be open to a short call?")
                    .build());
            return Optional.of(chat.chatId());
        } catch (UnipileTransportException e) {
            if (!e.mayHaveReachedServer()) {
                awaiting.put(prospect.providerId(), prospect);
            }
            throw e;
        }
    }

    /** The prospects still awaited, by provider id. */
    public Map<String, Prospect> awaiting() {
        return Map.copyOf(awaiting);
    }
}
