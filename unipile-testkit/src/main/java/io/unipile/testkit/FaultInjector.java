package io.unipile.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scripts faults per route. Each route has a queue of rules consumed in order: a rule applies to
 * the next {@code n} requests of its route (1 unless told), then the next rule takes over, then
 * normal answers resume.
 *
 * <pre>{@code
 * server.faults().on(Route.SEND_MESSAGE).next(2).respond(503);        // two 503s, then normal
 * server.faults().on(Route.START_CHAT).dropConnectionAfterProcessing(); // stored, but no answer
 * server.faults().on(Route.LIST_ACCOUNTS).always().delay(Duration.ofMillis(200));
 * }</pre>
 *
 * <p>Faults strike before the API key is checked, as a gateway's would. Thread-safe.
 */
public final class FaultInjector {
    private final Object lock = new Object();
    private final Map<Route, Deque<Rule>> rules = new HashMap<>();

    FaultInjector() {
    }

    /** Starts a rule for the given route. */
    public Script on(Route route) {
        return new Script(Objects.requireNonNull(route, "route"));
    }

    /** How many more requests of the route the queued rules will fail; {@code Integer.MAX_VALUE} for always. */
    public int pending(Route route) {
        synchronized (lock) {
            long total = 0;
            for (Rule rule : rules.getOrDefault(route, new ArrayDeque<>())) {
                if (rule.remaining < 0) {
                    return Integer.MAX_VALUE;
                }
                total += rule.remaining;
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }
    }

    /** Drops every queued rule. */
    public void clear() {
        synchronized (lock) {
            rules.clear();
        }
    }

    /** Consumes the fault for this request, if one is queued for its route. */
    Optional<Fault> poll(FakeRequest request) {
        synchronized (lock) {
            Deque<Rule> queue = request.route().map(rules::get).orElse(null);
            if (queue == null || queue.isEmpty()) {
                return Optional.empty();
            }
            Rule head = queue.peekFirst();
            if (head.remaining > 0 && --head.remaining == 0) {
                queue.removeFirst();
            }
            return Optional.of(head.fault);
        }
    }

    private void add(Route route, Fault fault, int times) {
        synchronized (lock) {
            rules.computeIfAbsent(route, r -> new ArrayDeque<>()).addLast(new Rule(fault, times));
        }
    }

    private static final class Rule {
        private final Fault fault;
        private int remaining;

        Rule(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    /** A rule being written: how many requests it applies to, then what it does. */
    public final class Script {
        private final Route route;
        private int times = 1;

        private Script(Route route) {
            this.route = route;
        }

        /** Applies the fault to the next {@code times} requests of the route (default 1). */
        public Script next(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = times;
            return this;
        }

        /** Applies the fault to every later request of the route; rules queued after it never apply. */
        public Script always() {
            this.times = -1;
            return this;
        }

        /** Queues any fault. */
        public FaultInjector inject(Fault fault) {
            add(route, Objects.requireNonNull(fault, "fault"), times);
            return FaultInjector.this;
        }

        /** Answers the status with its usual Unipile error type (see {@link Fault#status(int)}). */
        public FaultInjector respond(int status) {
            return inject(Fault.status(status));
        }

        /** Answers the status with the given {@code errors/<code>} type. */
        public FaultInjector respond(int status, String type) {
            return inject(Fault.status(status, type));
        }

        /** Answers 429 with {@code Retry-After} in seconds. */
        public FaultInjector tooManyRequests(Duration retryAfter) {
            return inject(Fault.tooManyRequests(retryAfter));
        }

        /** Waits, then answers normally. */
        public FaultInjector delay(Duration duration) {
            return inject(Fault.delay(duration));
        }

        /** Closes the connection without an answer; nothing is stored. */
        public FaultInjector dropConnection() {
            return inject(Fault.disconnect());
        }

        /** Stores the write, then closes the connection without an answer. */
        public FaultInjector dropConnectionAfterProcessing() {
            return inject(Fault.disconnectAfterProcessing());
        }

        /** Answers the real status with a body that is not JSON. */
        public FaultInjector malformedBody() {
            return inject(Fault.malformedBody());
        }

        /** Answers the real status with half the body, then closes the connection. */
        public FaultInjector truncatedBody() {
            return inject(Fault.truncatedBody());
        }

        /** Answers a proxy's HTML error page with the given status. */
        public FaultInjector htmlErrorPage(int status) {
            return inject(Fault.htmlErrorPage(status));
        }

        /** Sends the real status and headers, then stalls until the server closes. */
        public FaultInjector stallAfterHeaders() {
            return inject(Fault.stallAfterHeaders());
        }
    }
}
