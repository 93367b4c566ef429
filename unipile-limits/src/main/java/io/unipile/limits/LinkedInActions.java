package io.unipile.limits;

import io.unipile.guard.GuardedCall;
import io.unipile.http.HttpMethod;

import java.util.List;

/** {@link ActionMapping#linkedIn()}. */
final class LinkedInActions implements ActionMapping {
    static final LinkedInActions INSTANCE = new LinkedInActions();
    private static final String V1 = "/api/v1";
    private static final long DEFAULT_SEARCH_LIMIT = 10;

    private LinkedInActions() {
    }

    @Override
    public List<Charge> charges(GuardedCall call) {
        String uri = call.uri();
        if (call.method() == HttpMethod.GET) {
            return uri.equals(V1 + "/users/{identifier}") ? one(LimitedAction.PROFILE_VIEW) : List.of();
        }
        if (call.method() != HttpMethod.POST) {
            return List.of();
        }
        switch (uri) {
            case V1 + "/users/invite":
                boolean note = call.field("message").filter(m -> !m.isBlank()).isPresent();
                return note ? List.of(new Charge(LimitedAction.INVITATION, 1),
                        new Charge(LimitedAction.INVITATION_WITH_NOTE, 1)) : one(LimitedAction.INVITATION);
            case V1 + "/chats":
                return one(call.field("linkedin[inmail]").filter("true"::equalsIgnoreCase).isPresent()
                        ? LimitedAction.INMAIL : LimitedAction.MESSAGE);
            case V1 + "/chats/{chat_id}/messages":
                return one(LimitedAction.MESSAGE);
            case V1 + "/linkedin/search":
                return List.of(new Charge(LimitedAction.SEARCH_RESULTS, searchLimit(call)));
            case V1 + "/posts":
                return one(LimitedAction.POST);
            case V1 + "/posts/{post_id}/comments":
                return one(LimitedAction.COMMENT);
            case V1 + "/posts/reaction":
                return one(LimitedAction.REACTION);
            default:
                return List.of();
        }
    }

    /** The page's {@code limit}; a raw call's unreadable one counts as the default (Unipile will refuse it anyway). */
    private static long searchLimit(GuardedCall call) {
        try {
            return Math.max(1, call.field("limit").map(Long::parseLong).orElse(DEFAULT_SEARCH_LIMIT));
        } catch (NumberFormatException e) {
            return DEFAULT_SEARCH_LIMIT;
        }
    }

    private static List<Charge> one(LimitedAction action) {
        return List.of(new Charge(action, 1));
    }

    @Override
    public String toString() {
        return "ActionMapping.linkedIn()";
    }
}
