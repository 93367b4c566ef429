package io.unipile.testkit.admin;

import io.unipile.testkit.Route;
import io.unipile.testkit.Routes;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.attendees.AttendeeRoutes;
import io.unipile.testkit.calendars.CalendarRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.emails.EmailRoutes;
import io.unipile.testkit.linkedin.LinkedInRoutes;
import io.unipile.testkit.linkedin.LinkedInSearchRoutes;
import io.unipile.testkit.messages.MessageRoutes;
import io.unipile.testkit.posts.PostRoutes;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.testkit.webhooks.WebhookRoutes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names admin requests give operations: the route constant, {@code ChatRoutes.SEND_MESSAGE} (or
 * {@code SEND_MESSAGE} when only one group has it), or the method and path template, {@code POST
 * /api/v1/chats/{chat_id}/messages}; a template may name its parameters differently ({@code {id}}).
 */
final class OperationNames {
    /** The classes declaring route constants; a test checks every route of {@link Routes#all()} has a name here. */
    static final List<Class<?>> GROUPS = List.of(AccountRoutes.class, ChatRoutes.class, MessageRoutes.class,
            AttendeeRoutes.class, WebhookRoutes.class, UserRoutes.class, PostRoutes.class, LinkedInRoutes.class,
            LinkedInSearchRoutes.class, CalendarRoutes.class, EmailRoutes.class);

    private static final Map<String, Route> BY_NAME = byName();
    private static final Map<Route, String> NAMES = names();
    private static final List<Route> KNOWN = Routes.all();

    private OperationNames() {
    }

    private static Map<String, Route> byName() {
        Map<String, Route> out = new LinkedHashMap<>();
        for (Class<?> group : GROUPS) {
            for (Field field : group.getFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && field.getType() == Route.class) {
                    try {
                        out.putIfAbsent(group.getSimpleName() + "." + field.getName(), (Route) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<Route, String> names() {
        Map<Route, String> out = new LinkedHashMap<>();
        BY_NAME.forEach((name, route) -> out.putIfAbsent(route, name));
        return out;
    }

    /** Every named operation, {@code ChatRoutes.SEND_MESSAGE} to its route, group by group. */
    static Map<String, Route> all() {
        return BY_NAME;
    }

    /** The constant's name of a route the fake models. */
    static Optional<String> nameOf(Route route) {
        return Optional.ofNullable(NAMES.get(route));
    }

    /**
     * The route an admin request names: a constant's name, or {@code METHOD /template} (the fake's own route when it
     * models one of that shape, else a route of its own, for stubs of operations the fake does not model).
     */
    static Route parse(String spec, String field) {
        String trimmed = spec.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            Route named = BY_NAME.get(trimmed);
            if (named != null) {
                return named;
            }
            List<Route> bare = new ArrayList<>();
            BY_NAME.forEach((name, route) -> {
                if (name.endsWith("." + trimmed) && !bare.contains(route)) {
                    bare.add(route);
                }
            });
            if (bare.size() == 1) {
                return bare.get(0);
            }
            throw AdminError.invalid(field, bare.isEmpty()
                    ? "no operation named " + trimmed + " (GET /_admin/routes lists them; or give \"METHOD /template\")"
                    : trimmed + " is ambiguous: qualify it, e.g. " + BY_NAME.keySet().stream()
                            .filter(n -> n.endsWith("." + trimmed)).findFirst().orElseThrow());
        }
        String method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
        String template = trimmed.substring(space + 1).trim();
        int query = template.indexOf('?');
        if (query >= 0) {
            template = template.substring(0, query);
        }
        Route given;
        try {
            given = Route.of(method, template);
        } catch (IllegalArgumentException e) {
            throw AdminError.invalid(field, e.getMessage());
        }
        if (KNOWN.contains(given)) {
            return KNOWN.get(KNOWN.indexOf(given));
        }
        for (Route known : KNOWN) {
            if (known.method().equals(given.method()) && sameShape(known.template(), given.template())) {
                return known;
            }
        }
        return given;
    }

    private static boolean sameShape(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            boolean px = x[i].startsWith("{");
            boolean py = y[i].startsWith("{");
            if (px != py || (!px && !x[i].equals(y[i]))) {
                return false;
            }
        }
        return true;
    }

    /** How the admin API shows a route: its name, method and template. */
    static Map<String, Object> describe(Route route) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", nameOf(route).orElse(null));
        out.put("method", route.method());
        out.put("template", route.template());
        return out;
    }
}
