package io.unipile.testkit;

import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.attendees.AttendeeRoutes;
import io.unipile.testkit.calendars.CalendarRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.emails.EmailRoutes;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.Router;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.linkedin.LinkedInRoutes;
import io.unipile.testkit.linkedin.LinkedInSearchRoutes;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.posts.PostRoutes;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.testkit.webhooks.WebhookRoutes;
import java.util.List;
import java.util.function.Function;

/**
 * The operations the fake models, by resource group. Each group declares its routes with their handlers in its
 * own package ({@code io.unipile.testkit.chats.ChatRoutes}, ...); a new group is one line in {@link #GROUPS}.
 *
 * <pre>{@code
 * for (Route route : Routes.all()) {
 *     System.out.println(route.method() + " " + route.template());   // GET /api/v1/chats/{chat_id}
 * }
 * }</pre>
 */
public final class Routes {
    /** Every resource group, in the order {@link #all()} lists their routes. */
    static final List<Function<SharedState, ResourceGroup>> GROUPS = List.of(
            AccountRoutes::new,
            ChatRoutes::new,
            MessageRoutes::new,
            AttendeeRoutes::new,
            WebhookRoutes::new,
            UserRoutes::new,
            PostRoutes::new,
            LinkedInRoutes::new,
            LinkedInSearchRoutes::new,
            CalendarRoutes::new,
            EmailRoutes::new);

    private Routes() {
    }

    /**
     * Every operation the fake serves, each with its {@link Route#method()} and {@link Route#template()} exactly
     * as Unipile's OpenAPI document writes the path. Needs no server.
     */
    public static List<Route> all() {
        return router(new SharedState()).routes();
    }

    /** The groups over this state, ready to route requests. */
    static Router router(SharedState state) {
        return new Router(GROUPS.stream().map(group -> group.apply(state)).toList());
    }
}
