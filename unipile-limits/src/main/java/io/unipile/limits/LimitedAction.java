package io.unipile.limits;

import java.util.Locale;

/**
 * What a provider counts against an account, whatever the route: the actions Unipile publishes limits for, and the
 * engagement actions this library limits conservatively. Each call of a limited operation is charged to one or more
 * of them (see {@link ActionMapping#linkedIn()}).
 */
public enum LimitedAction {
    /** A connection request ({@code POST /users/invite}). */
    INVITATION,
    /** A connection request that carries a note: charged in addition to {@link #INVITATION}. */
    INVITATION_WITH_NOTE,
    /** A profile retrieval ({@code GET /users/{identifier}}). */
    PROFILE_VIEW,
    /** A message: a new chat without InMail ({@code POST /chats}) or a message in a chat. */
    MESSAGE,
    /** A new chat started as an InMail ({@code POST /chats} with {@code linkedin[inmail]=true}). */
    INMAIL,
    /** Search results: a search page is charged the number of results it asks for ({@code limit}). */
    SEARCH_RESULTS,
    /** A post ({@code POST /posts}). */
    POST,
    /** A comment on a post. */
    COMMENT,
    /** A reaction to a post. */
    REACTION;

    /**
     * The name used in store keys and messages.
     *
     * @return e.g. {@code profile-view}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
