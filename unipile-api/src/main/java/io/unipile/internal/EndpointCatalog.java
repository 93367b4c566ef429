package io.unipile.internal;

import io.unipile.internal.accounts.AccountsEndpoints;
import io.unipile.internal.attendees.AttendeesEndpoints;
import io.unipile.internal.calendars.CalendarsEndpoints;
import io.unipile.internal.chats.ChatsEndpoints;
import io.unipile.internal.linkedin.LinkedInEndpoints;
import io.unipile.internal.linkedin.LinkedInSearchEndpoints;
import io.unipile.internal.messages.MessagesEndpoints;
import io.unipile.internal.posts.PostsEndpoints;
import io.unipile.internal.emails.EmailsEndpoints;
import io.unipile.internal.users.UsersEndpoints;
import io.unipile.internal.webhooks.WebhooksEndpoints;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import io.unipile.http.HttpMethod;
import io.unipile.resilience.CallObserver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every declared {@link Endpoint}, for the spec test and the coverage report: the static endpoint fields of each
 * resource group's declarations class. A new group adds its class here.
 */
public final class EndpointCatalog {
    /** The declarations classes, one per resource group. */
    public static final List<Class<?>> GROUPS = List.of(AccountsEndpoints.class, ChatsEndpoints.class,
            MessagesEndpoints.class, AttendeesEndpoints.class, WebhooksEndpoints.class,
            UsersEndpoints.class, PostsEndpoints.class, LinkedInEndpoints.class, LinkedInSearchEndpoints.class,
            CalendarsEndpoints.class,
            EmailsEndpoints.class);

    private EndpointCatalog() {
    }

    /**
     * The {@link CallObserver.CallInfo#uri() uri} observers see for a request built from {@code route}: the declared
     * operation's template with {@code /api/v1} when {@code method} and {@code route} are one's, else
     * {@value CallObserver.CallInfo#RAW_URI}. Never allocates: the values are made once.
     */
    public static String observedUri(HttpMethod method, String route) {
        if (route == null) {
            return CallObserver.CallInfo.RAW_URI;
        }
        Map<String, String> byRoute = Declared.URIS.get(method);
        String uri = byRoute == null ? null : byRoute.get(route);
        return uri == null ? CallObserver.CallInfo.RAW_URI : uri;
    }

    /** Built on first use: only clients with an observer pay for it. */
    private static final class Declared {
        static final Map<HttpMethod, Map<String, String>> URIS = build();

        private static Map<HttpMethod, Map<String, String>> build() {
            Map<HttpMethod, Map<String, String>> uris = new EnumMap<>(HttpMethod.class);
            for (Endpoint<?, ?> e : all()) {
                uris.computeIfAbsent(e.method(), m -> new HashMap<>()).put(e.template(), "/api/v1" + e.template());
            }
            return uris;
        }
    }

    /** Every endpoint of every group, in declaration order. */
    public static List<Endpoint<?, ?>> all() {
        List<Endpoint<?, ?>> all = new ArrayList<>();
        for (Class<?> group : GROUPS) {
            for (Field f : group.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Endpoint.class) {
                    try {
                        f.setAccessible(true);
                        all.add((Endpoint<?, ?>) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + group.getName() + "." + f.getName(), e);
                    }
                }
            }
        }
        return List.copyOf(all);
    }
}
