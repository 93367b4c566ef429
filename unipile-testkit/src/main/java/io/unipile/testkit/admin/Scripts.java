package io.unipile.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.testkit.FakeRequest;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Fault;
import io.unipile.testkit.FaultInjector;
import io.unipile.testkit.Route;
import io.unipile.testkit.Stubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Faults and stubs from their JSON specifications ({@code POST /_admin/faults}, {@code POST /_admin/stubs}). */
final class Scripts {
    /** The fault kinds, as {@code fault.kind} names them. */
    static final String KINDS = "status, too_many_requests, delay, disconnect, malformed_body, truncated_body, "
            + "html_error_page, stall_after_headers, raw";
    private static final int MAX_MILLIS = 600_000;

    private Scripts() {
    }

    /**
     * Arms a fault: {@code {"route", "times" | "always" | "nth", "path_params", "query_params", "headers",
     * "fault": {"kind", ...}}}.
     */
    static Map<String, Object> armFault(FakeUnipileServer server, AdminInput in) {
        String routeSpec = in.requiredString("route");
        Route route = routeSpec.equals("*") ? null : OperationNames.parse(routeSpec, in.name("route"));
        Predicate<FakeRequest> filter = filter(in, route);
        Count count = count(in, false);
        AdminInput spec = in.object("fault").orElseThrow(() -> AdminError.missing(in.name("fault")));
        Fault fault = fault(spec);
        in.done();
        FaultInjector.Script script = route == null ? server.faults().when(filter)
                : server.faults().on(route).where(filter);
        if (count.always) {
            script.always();
        } else {
            script.next(count.times);
        }
        count.nth.ifPresent(script::nth);
        script.inject(fault);
        return AdminJson.obj("armed", true, "route", route == null ? "*" : OperationNames.describe(route),
                "fault", AdminJson.fault(fault), "times", count.always ? null : count.times, "always", count.always,
                "nth", count.nth.orElse(null),
                "pending", route == null ? null : server.faults().pending(route));
    }

    /**
     * Adds a stub: {@code {"route", "times" | "always", "path_params", "query_params", "headers", "status", "body",
     * "response_headers"}}.
     */
    static Map<String, Object> addStub(FakeUnipileServer server, AdminInput in) {
        Route route = OperationNames.parse(in.requiredString("route"), in.name("route"));
        Predicate<FakeRequest> filter = filter(in, route);
        Count count = count(in, true);
        if (count.nth.isPresent()) {
            throw AdminError.invalid(in.name("nth"), "stubs take times or always, not nth");
        }
        int status = in.requiredInteger("status", 100, 599);
        String body = in.raw("body").map(Scripts::bodyText).orElse("");
        Map<String, String> headers = in.stringMap("response_headers");
        in.done();
        Stubs.Stubbing stubbing = server.stubs().on(route).where(filter);
        if (count.always) {
            stubbing.always();
        } else {
            stubbing.times(count.times);
        }
        stubbing.respond(new Stubs.Answer(status, body, headers));
        return AdminJson.obj("stubbed", true, "route", OperationNames.describe(route), "status", status,
                "times", count.always ? null : count.times, "always", count.always,
                "active", server.stubs().active());
    }

    private static String bodyText(JsonNode body) {
        if (body.isTextual()) {
            return body.asText();
        }
        try {
            return AdminInput.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Count(boolean always, int times, Optional<Integer> nth) {
    }

    /** {@code times}, {@code always} or neither (then once for faults, always for stubs); {@code nth}. */
    private static Count count(AdminInput in, boolean defaultAlways) {
        boolean given = in.has("always");
        boolean always = in.bool("always");
        Optional<Integer> times = in.integer("times", 1, 1_000_000);
        Optional<Integer> nth = in.integer("nth", 1, 1_000_000);
        if (always && times.isPresent()) {
            throw AdminError.invalid(in.name("times"), "give times or always, not both");
        }
        if (times.isPresent()) {
            return new Count(false, times.get(), nth);
        }
        return new Count(given ? always : defaultAlways, 1, nth);
    }

    private static Predicate<FakeRequest> filter(AdminInput in, Route route) {
        Map<String, String> pathParams = in.stringMap("path_params");
        for (String name : pathParams.keySet()) {
            List<String> declared = route == null ? List.of() : parameters(route);
            if (!declared.contains(name)) {
                throw AdminError.invalid(in.name("path_params") + "." + name, route == null
                        ? "path parameters need a route, not *"
                        : "not a parameter of " + route.template() + " (it has " + declared + ")");
            }
        }
        Map<String, String> queryParams = in.stringMap("query_params");
        Map<String, String> headers = in.stringMap("headers");
        return request -> pathParams.entrySet().stream()
                .allMatch(e -> request.pathParam(e.getKey()).filter(e.getValue()::equals).isPresent())
                && queryParams.entrySet().stream()
                .allMatch(e -> request.queryParam(e.getKey()).filter(e.getValue()::equals).isPresent())
                && headers.entrySet().stream()
                .allMatch(e -> request.header(e.getKey()).filter(e.getValue()::equals).isPresent());
    }

    private static List<String> parameters(Route route) {
        List<String> out = new ArrayList<>();
        for (String segment : route.template().split("/")) {
            if (segment.startsWith("{")) {
                out.add(segment.substring(1, segment.length() - 1));
            }
        }
        return out;
    }

    /** A {@link Fault} from {@code {"kind", ...}}, mirroring its factories. */
    static Fault fault(AdminInput f) {
        String kind = f.requiredString("kind");
        boolean after = f.bool("after_processing");
        try {
            switch (kind) {
                case "status": {
                    int status = f.requiredInteger("status", 400, 599);
                    Optional<String> type = f.string("type");
                    if (type.isPresent() && !type.get().startsWith("errors/")) {
                        throw AdminError.invalid(f.name("type"), "Unipile error types read errors/<code>");
                    }
                    Fault.ErrorResponse error = type.map(t -> Fault.status(status, t)).orElse(Fault.status(status));
                    Optional<String> title = f.string("title");
                    Optional<String> detail = f.string("detail");
                    if (title.isPresent() || detail.isPresent()) {
                        error = new Fault.ErrorResponse(error.status(), error.type(), title.orElse(error.title()),
                                detail.orElse(error.detail()), error.retryAfter(), error.timing());
                    }
                    Optional<Integer> retryAfter = f.integer("retry_after_seconds", 0, 86_400);
                    if (retryAfter.isPresent()) {
                        error = error.retryAfter(Duration.ofSeconds(retryAfter.get()));
                    }
                    return after ? error.afterProcessing() : error;
                }
                case "too_many_requests": {
                    Optional<Integer> seconds = f.integer("retry_after_seconds", 0, 86_400);
                    var at = f.instant("retry_at");
                    if (seconds.isPresent() && at.isPresent()) {
                        throw AdminError.invalid(f.name("retry_at"), "give retry_after_seconds or retry_at, not both");
                    }
                    Fault.ErrorResponse error = at.isPresent() ? Fault.tooManyRequests(at.get())
                            : Fault.tooManyRequests(Duration.ofSeconds(seconds.orElse(1)));
                    return after ? error.afterProcessing() : error;
                }
                case "delay":
                    refuseAfter(f, after, kind);
                    return Fault.delay(Duration.ofMillis(f.requiredInteger("millis", 0, MAX_MILLIS)));
                case "disconnect":
                    return after ? Fault.disconnectAfterProcessing() : Fault.disconnect();
                case "malformed_body":
                    refuseAfter(f, after, kind);
                    return Fault.malformedBody();
                case "truncated_body":
                    refuseAfter(f, after, kind);
                    return Fault.truncatedBody();
                case "html_error_page": {
                    Fault.RawResponse page = Fault.htmlErrorPage(f.integer("status", 400, 599).orElse(502));
                    return after ? page.afterProcessing() : page;
                }
                case "stall_after_headers":
                    refuseAfter(f, after, kind);
                    return f.integer("millis", 1, 86_400_000).map(ms -> Fault.stallAfterHeaders(Duration.ofMillis(ms)))
                            .orElse(Fault.stallAfterHeaders());
                case "raw": {
                    int status = f.requiredInteger("status", 100, 599);
                    String contentType = f.string("content_type").orElse("text/plain; charset=utf-8");
                    String body = f.raw("body").map(Scripts::bodyText).orElse("");
                    Fault.RawResponse raw = new Fault.RawResponse(status, contentType, body,
                            Fault.Timing.BEFORE_PROCESSING);
                    return after ? raw.afterProcessing() : raw;
                }
                default:
                    throw AdminError.invalid(f.name("kind"), "unknown fault kind " + kind + "; one of " + KINDS);
            }
        } catch (IllegalArgumentException e) {
            throw AdminError.invalid(f.name("kind"), e.getMessage());
        }
    }

    private static void refuseAfter(AdminInput f, boolean after, String kind) {
        if (after) {
            throw AdminError.invalid(f.name("after_processing"), kind + " has a fixed timing");
        }
    }
}
