package io.unipile.limits;

import io.unipile.guard.GuardedCall;

import java.util.List;

/**
 * Which limited actions a call is, and how many of each: the map from operations to {@link LimitedAction}s. The
 * account charged is the call's {@code account_id}, or for a call on a chat ({@code chat_id} in its path) the chat's
 * account.
 */
@FunctionalInterface
public interface ActionMapping {

    /**
     * The charges of {@code call}.
     *
     * @param call the call about to be sent
     * @return what it costs; empty when it is not limited
     */
    List<Charge> charges(GuardedCall call);

    /**
     * One limited action and how many units of it a call uses.
     *
     * @param action the action
     * @param units  how many, at least 1 (a search page: the results it asks for)
     */
    record Charge(LimitedAction action, long units) {
        /**
         * Checks the values.
         *
         * @param action the action
         * @param units  how many, at least 1
         * @throws IllegalArgumentException when {@code units} is below 1
         */
        public Charge {
            if (action == null || units < 1) {
                throw new IllegalArgumentException("a charge needs an action and at least 1 unit");
            }
        }
    }

    /**
     * The LinkedIn operations of Unipile's v1 API that Unipile or LinkedIn limit:
     * <ul>
     *   <li>{@code POST /users/invite}: {@link LimitedAction#INVITATION}, and {@link
     *       LimitedAction#INVITATION_WITH_NOTE} when it has a {@code message};</li>
     *   <li>{@code GET /users/{identifier}}: {@link LimitedAction#PROFILE_VIEW} ({@code /users/me} is not one);</li>
     *   <li>{@code POST /chats}: {@link LimitedAction#INMAIL} with {@code linkedin[inmail]=true}, else
     *       {@link LimitedAction#MESSAGE}; {@code POST /chats/{chat_id}/messages}: {@link LimitedAction#MESSAGE};</li>
     *   <li>{@code POST /linkedin/search}: {@link LimitedAction#SEARCH_RESULTS}, its {@code limit} (10 when not
     *       sent) per page;</li>
     *   <li>{@code POST /posts}, {@code POST /posts/{post_id}/comments}, {@code POST /posts/reaction}:
     *       {@link LimitedAction#POST}, {@link LimitedAction#COMMENT}, {@link LimitedAction#REACTION}.</li>
     * </ul>
     * Raw calls to these paths are charged too. Only LinkedIn accounts are charged (see
     * {@link UnipileLimits.Builder#detectAccountKinds}).
     *
     * @return the mapping
     */
    static ActionMapping linkedIn() {
        return LinkedInActions.INSTANCE;
    }
}
