package io.unipile.micrometer;

import io.micrometer.observation.Observation;
import io.unipile.resilience.CallObserver;

/**
 * The context of a {@value UnipileMicrometer#REQUESTS} observation: one call, with its attempts as child
 * observations ({@link UnipileAttemptContext}). Readable by handlers and conventions.
 */
public final class UnipileCallContext extends Observation.Context {
    private final CallObserver.CallInfo info;
    int status;
    int attempts;
    int retries;

    UnipileCallContext(CallObserver.CallInfo info) {
        this.info = info;
    }

    /** The call's method, operation template ({@code uri}) and transport. */
    public CallObserver.CallInfo info() {
        return info;
    }

    /** The status of the last response, or 0 when there was none (or the call is not over). */
    public int status() {
        return status;
    }

    /** How many attempts were sent, once the call is over. */
    public int attempts() {
        return attempts;
    }

    /** How many retries were scheduled so far. */
    public int retries() {
        return retries;
    }
}
