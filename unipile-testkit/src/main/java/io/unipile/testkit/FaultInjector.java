package io.unipile.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Scripts faults, per route or per request. Rules are kept in the order queued; a request takes the fault of
 * the first rule that fits it (its route, its predicates) and is due (its {@code nth} call has come), and a rule
 * applies to {@code n} requests (1 unless told), then the next rule takes over, then normal answers resume.
 *
 * <pre>{@code
 * server.faults().on(ChatRoutes.SEND_MESSAGE).next(2).respond(503);        // two 503s, then normal
 * server.faults().on(ChatRoutes.START_CHAT).dropConnectionAfterProcessing(); // stored, but no answer
 * server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().delay(Duration.ofMillis(200));
 * server.faults().on(ChatRoutes.SEND_MESSAGE).pathParam("chat_id", "c1").nth(3).respond(500); // the 3rd send to c1
 * server.faults().on(MessageRoutes.LIST_MESSAGES).queryParam("account_id", "a1").always().respond(503);
 * server.faults().when(r -> r.header("x-trace").isPresent()).respond(500);  // any route
 * }</pre>
 *
 * <p>Faults strike before the API key is checked, as a gateway's would, and before {@link Stubs}. Thread-safe.
 */
public final class FaultInjector {
    private final Object lock = new Object();
    private final List<Rule> rules = new ArrayList<>();

    FaultInjector() {
    }

    /** Starts a rule for the given route. */
    public Script on(Route route) {
        return new Script(Objects.requireNonNull(route, "route"));
    }

    /** Starts a rule for the requests of any route that pass the test. */
    public Script when(Predicate<FakeRequest> test) {
        return new Script(null).where(test);
    }

    /**
     * How many more requests of the route the queued rules will fail, whatever their predicates;
     * {@code Integer.MAX_VALUE} for always.
     */
    public int pending(Route route) {
        synchronized (lock) {
            long total = 0;
            for (Rule rule : rules) {
                if (!route.equals(rule.route)) {
                    continue;
                }
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

    /**
     * Consumes the fault for this request, if a rule fits it. Every fitting rule still waiting for its
     * {@code nth} call counts the request, whether or not another rule takes it.
     */
    Optional<Fault> poll(FakeRequest request) {
        synchronized (lock) {
            Rule taken = null;
            for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
                Rule rule = it.next();
                if (!rule.fits(request)) {
                    continue;
                }
                if (rule.skip > 0) {
                    rule.skip--;
                } else if (taken == null) {
                    taken = rule;
                    if (rule.remaining > 0 && --rule.remaining == 0) {
                        it.remove();
                    }
                }
            }
            return taken == null ? Optional.empty() : Optional.of(taken.fault);
        }
    }

    private void add(Rule rule) {
        synchronized (lock) {
            rules.add(rule);
        }
    }

    private static final class Rule {
        private final Route route;
        private final Predicate<FakeRequest> predicate;
        private final Fault fault;
        private int skip;
        private int remaining;

        Rule(Route route, Predicate<FakeRequest> predicate, Fault fault, int skip, int remaining) {
            this.route = route;
            this.predicate = predicate;
            this.fault = fault;
            this.skip = skip;
            this.remaining = remaining;
        }

        boolean fits(FakeRequest request) {
            return (route == null || request.is(route)) && predicate.test(request);
        }
    }

    /** A rule being written: which requests it applies to and how many, then what it does. */
    public final class Script {
        private final Route route;
        private Predicate<FakeRequest> predicate = request -> true;
        private int skip;
        private int times = 1;

        private Script(Route route) {
            this.route = route;
        }

        /** Applies only to requests that pass the test (as well as the earlier ones given). */
        public Script where(Predicate<FakeRequest> test) {
            Objects.requireNonNull(test, "test");
            Predicate<FakeRequest> before = predicate;
            predicate = request -> before.test(request) && test.test(request);
            return this;
        }

        /** Applies only to requests whose path parameter has this value, e.g. {@code pathParam("chat_id", "c1")}. */
        public Script pathParam(String name, String value) {
            Objects.requireNonNull(value, "value");
            return where(request -> request.pathParam(name).filter(value::equals).isPresent());
        }

        /** Applies only to requests whose query parameter has this (first) value. */
        public Script queryParam(String name, String value) {
            Objects.requireNonNull(value, "value");
            return where(request -> request.queryParam(name).filter(value::equals).isPresent());
        }

        /**
         * Lets the first {@code n - 1} fitting requests through and starts with the {@code n}-th, counting from
         * when the rule is queued: {@code nth(3)} fails the third.
         */
        public Script nth(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("n counts from 1");
            }
            this.skip = n - 1;
            return this;
        }

        /** Applies the fault to the next {@code times} fitting requests (default 1). */
        public Script next(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = times;
            return this;
        }

        /** Applies the fault to every later fitting request; later rules never get those requests. */
        public Script always() {
            this.times = -1;
            return this;
        }

        /** Queues any fault. */
        public FaultInjector inject(Fault fault) {
            add(new Rule(route, predicate, Objects.requireNonNull(fault, "fault"), skip, times));
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
