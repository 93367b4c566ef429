package io.unipile.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Canned answers for any operation, modelled by the fake or not, in the manner of WireMock's stubs:
 *
 * <pre>{@code
 * server.stubs().on("GET", "/api/v1/calendars/{calendar_id}").respond(200, "{\"object\":\"Calendar\"}");
 * server.stubs().on(ChatRoutes.GET_CHAT).where(r -> r.pathParam("chat_id").orElse("").equals("c1"))
 *         .times(2).respond(404, "{\"status\":404,\"type\":\"errors/resource_not_found\",\"title\":\"Not found\"}");
 * }</pre>
 *
 * <p>A stub applies after authentication (a missing or wrong key still gets Unipile's 401) and before the fake's
 * own handling, which it replaces: nothing is validated or stored. Stubs are tried in the order added; the first
 * that fits the request's method, path template and predicate answers. Stubbed requests are recorded in the
 * {@link RequestJournal} with their route and path parameters ({@link RecordedRequest#stubbed()}), and scripted
 * {@link Fault faults} strike them as any other. {@link FakeUnipileServer#reset()} removes every stub.
 * Thread-safe.
 */
public final class Stubs {
    private static final String JSON = "application/json; charset=utf-8";

    private final Object lock = new Object();
    private final List<Stub> stubs = new ArrayList<>();

    Stubs() {
    }

    /** Starts a stub for any method and path template, e.g. {@code on("GET", "/api/v1/calendars/{calendar_id}")}. */
    public Stubbing on(String method, String template) {
        return on(Route.of(method, template));
    }

    /** Starts a stub for a route. */
    public Stubbing on(Route route) {
        return new Stubbing(Objects.requireNonNull(route, "route"));
    }

    /** How many stubs are still active. */
    public int active() {
        synchronized (lock) {
            return stubs.size();
        }
    }

    /** Removes every stub. */
    public void clear() {
        synchronized (lock) {
            stubs.clear();
        }
    }

    /** The route of an active stub whose template fits this method and path, for operations the fake does not model. */
    Optional<Route> route(String method, String rawPath) {
        synchronized (lock) {
            return stubs.stream().map(s -> s.route)
                    .filter(r -> r.method().equals(method) && r.match(rawPath).isPresent()).findFirst();
        }
    }

    /** Consumes the answer of the first stub that fits the request, if any. */
    Optional<Answer> take(FakeRequest request) {
        synchronized (lock) {
            for (Stub stub : stubs) {
                if (request.is(stub.route) && stub.predicate.test(request)) {
                    if (stub.remaining > 0 && --stub.remaining == 0) {
                        stubs.remove(stub);
                    }
                    return Optional.of(stub.answer);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A stub's answer.
     *
     * @param status the HTTP status
     * @param body the body, as sent
     * @param headers headers to send; {@code Content-Type} is {@code application/json; charset=utf-8} unless set here
     */
    public record Answer(int status, String body, Map<String, String> headers) {
        /** Requires a valid status; copies the headers. */
        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }

        /** The content type: the {@code Content-Type} header's, else JSON. */
        public String contentType() {
            return headers.entrySet().stream().filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals("content-type"))
                    .map(Map.Entry::getValue).findFirst().orElse(JSON);
        }
    }

    private static final class Stub {
        private final Route route;
        private final Predicate<FakeRequest> predicate;
        private final Answer answer;
        private int remaining;

        Stub(Route route, Predicate<FakeRequest> predicate, Answer answer, int remaining) {
            this.route = route;
            this.predicate = predicate;
            this.answer = answer;
            this.remaining = remaining;
        }
    }

    /** A stub being written: which requests it answers and how often, then its answer. */
    public final class Stubbing {
        private final Route route;
        private Predicate<FakeRequest> predicate = request -> true;
        private int times = -1;

        private Stubbing(Route route) {
            this.route = route;
        }

        /** Answers only requests that pass the test (as well as the earlier ones given). */
        public Stubbing where(Predicate<FakeRequest> test) {
            Objects.requireNonNull(test, "test");
            Predicate<FakeRequest> before = predicate;
            predicate = request -> before.test(request) && test.test(request);
            return this;
        }

        /** Answers the next {@code times} fitting requests only, then lets them through. */
        public Stubbing times(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = times;
            return this;
        }

        /** Answers every fitting request (the default). */
        public Stubbing always() {
            this.times = -1;
            return this;
        }

        /** Answers with this status and JSON body. */
        public Stubs respond(int status, String json) {
            return respond(status, json, Map.of());
        }

        /** Answers with this status, body and headers. */
        public Stubs respond(int status, String body, Map<String, String> headers) {
            return respond(new Answer(status, body, headers));
        }

        /** Answers as given. */
        public Stubs respond(Answer answer) {
            Objects.requireNonNull(answer, "answer");
            synchronized (lock) {
                stubs.add(new Stub(route, predicate, answer, times));
            }
            return Stubs.this;
        }
    }
}
