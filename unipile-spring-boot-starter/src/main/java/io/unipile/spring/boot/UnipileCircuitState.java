package io.unipile.spring.boot;

import io.unipile.resilience.UnipileEvent;
import io.unipile.resilience.UnipileEventListener;

/**
 * The last known state of the circuit breaker of the {@link io.unipile.UnipileClient} the starter built, as its
 * {@link UnipileEvent.CircuitStateChanged} events tell it: {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN} (the
 * names Resilience4j uses), {@code DISABLED} when there is no circuit breaker, or {@code UNKNOWN} when the client bean
 * is the application's own (then nothing tells this bean). Thread-safe.
 */
public final class UnipileCircuitState implements UnipileEventListener {

    /** The state reported before the starter built a client. */
    public static final String UNKNOWN = "UNKNOWN";

    private volatile String state = UNKNOWN;

    /** Called by the starter when it builds the client: {@code CLOSED}, or {@code DISABLED} without a breaker. */
    void start(boolean circuitBreakerEnabled) {
        state = circuitBreakerEnabled ? "CLOSED" : "DISABLED";
    }

    /** The current state's name. */
    public String state() {
        return state;
    }

    @Override
    public void onEvent(UnipileEvent event) {
        if (event instanceof UnipileEvent.CircuitStateChanged changed) {
            state = changed.toState();
        }
    }

    @Override
    public String toString() {
        return "UnipileCircuitState[" + state + "]";
    }
}
