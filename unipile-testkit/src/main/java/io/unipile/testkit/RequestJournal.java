package io.unipile.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every request the fake received, in arrival order, for assertions.
 *
 * <p>A request is recorded once the fake has decided its answer and applied any change to the
 * state, just before the answer is written; so a test that saw the client's call return finds it
 * here. Thread-safe.
 */
public final class RequestJournal {
    private final Object lock = new Object();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private long nextSequence = 1;
    private int taken;

    RequestJournal() {
    }

    long nextSequence() {
        synchronized (lock) {
            return nextSequence++;
        }
    }

    void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
            lock.notifyAll();
        }
    }

    /** Every request so far. */
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** The requests that matched the route. */
    public List<RecordedRequest> requests(Route route) {
        return matching(r -> r.route().equals(Optional.of(route)));
    }

    /** The requests that pass the test. */
    public List<RecordedRequest> matching(Predicate<RecordedRequest> test) {
        synchronized (lock) {
            return requests.stream().filter(test).toList();
        }
    }

    /** How many requests matched the route. */
    public int count(Route route) {
        return requests(route).size();
    }

    /** The most recent request, if any. */
    public Optional<RecordedRequest> last() {
        synchronized (lock) {
            return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(requests.size() - 1));
        }
    }

    /**
     * The oldest request not yet taken, waiting for one to arrive if needed. Each request is taken
     * once, so successive calls walk the journal in arrival order.
     *
     * @throws AssertionError when none arrives within the timeout
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (taken >= requests.size()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No request arrived within " + timeout + " (" + requests.size()
                            + " recorded, all taken)");
                }
                waitNanos(left);
            }
            return requests.get(taken++);
        }
    }

    /**
     * Waits until at least {@code count} requests matched the route and returns them all.
     *
     * @throws AssertionError when fewer arrive within the timeout
     */
    public List<RecordedRequest> awaitRequests(Route route, int count, Duration timeout) throws InterruptedException {
        return await(r -> r.route().equals(Optional.of(route)), count, timeout, route.toString());
    }

    /**
     * Waits until at least {@code count} requests pass the test and returns them all.
     *
     * @throws AssertionError when fewer arrive within the timeout
     */
    public List<RecordedRequest> await(Predicate<RecordedRequest> test, int count, Duration timeout)
            throws InterruptedException {
        return await(test, count, timeout, "matching");
    }

    private List<RecordedRequest> await(Predicate<RecordedRequest> test, int count, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<RecordedRequest> found = requests.stream().filter(test).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + count + " " + what + " requests within " + timeout
                            + " but got " + found.size());
                }
                waitNanos(left);
            }
        }
    }

    /** Forgets every request and restarts the sequence. */
    public void clear() {
        synchronized (lock) {
            requests.clear();
            taken = 0;
            nextSequence = 1;
        }
    }

    private void waitNanos(long nanos) throws InterruptedException {
        lock.wait(Math.max(1, nanos / 1_000_000), 0);
    }
}
