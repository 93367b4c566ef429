package io.unipile.examples.limits;

import io.unipile.UnipileClient;
import io.unipile.limits.LimitExceededException;
import io.unipile.limits.LimitMode;
import io.unipile.users.InviteRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An example of application code on a client guarded by {@code unipile-limits}: invites a list of LinkedIn members
 * from one account, waiting out the pauses between invitations, and when the account's daily or weekly quota is
 * used, stops and says when to resume (a scheduler would run it again then). Nothing over budget is ever sent, so
 * the members not invited are simply the rest of the list.
 */
public final class InvitationCampaign {

    /**
     * What a run did.
     *
     * @param invited  the members invited, in order
     * @param deferred the members left for a later run, in order
     * @param resumeAt when the account's budget allows the next invitation; null when nothing is deferred
     */
    public record Result(List<String> invited, List<String> deferred, Instant resumeAt) {
    }

    private final UnipileClient unipile;
    private final String accountId;
    private final Duration longestPause;

    /**
     * @param unipile      a client built with {@code UnipileLimits...bindTo(builder)}
     * @param accountId    the LinkedIn account that invites
     * @param longestPause how long one invitation may wait for its turn (the defaults pause 30-90 s)
     */
    public InvitationCampaign(UnipileClient unipile, String accountId, Duration longestPause) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.longestPause = Objects.requireNonNull(longestPause, "longestPause");
    }

    /** Invites each member in turn until the list or the account's budget ends. */
    public Result run(List<String> providerIds, String note) {
        // Wait for the pauses (they are short), but not for tomorrow's quota: that refusal comes at once.
        UnipileClient paced = unipile.withOptions(LimitMode.waitUpTo(longestPause).asOptions());
        List<String> invited = new ArrayList<>();
        for (int i = 0; i < providerIds.size(); i++) {
            String member = providerIds.get(i);
            try {
                paced.users().invite(InviteRequest.builder(accountId, member).message(note).build());
                invited.add(member);
            } catch (LimitExceededException e) {
                return new Result(invited, List.copyOf(providerIds.subList(i, providerIds.size())), e.allowedAt());
            }
        }
        return new Result(invited, List.of(), null);
    }
}
