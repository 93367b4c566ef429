package io.unipile.micrometer;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.RequestReplySenderContext;
import io.unipile.resilience.CallObserver;

import java.util.function.BiConsumer;

/**
 * The context of a {@value UnipileMicrometer#ATTEMPTS} observation: one attempt sent to Unipile. A sender context
 * whose carrier sets a header on that attempt, so that a tracing handler (Micrometer Tracing's
 * {@code PropagatingSenderTracingObservationHandler}) writes {@code traceparent} there. The response is its status
 * (0 without one).
 */
public final class UnipileAttemptContext extends RequestReplySenderContext<BiConsumer<String, String>, Integer> {
    private final CallObserver.CallInfo info;
    private final int attempt;

    UnipileAttemptContext(CallObserver.CallInfo info, int attempt) {
        super((carrier, key, value) -> {
            if (carrier != null) {
                carrier.accept(key, value);
            }
        }, Kind.CLIENT);
        this.info = info;
        this.attempt = attempt;
        setRemoteServiceName("unipile");
    }

    /** The call's method, operation template ({@code uri}) and transport. */
    public CallObserver.CallInfo info() {
        return info;
    }

    /** 1 for the first attempt. */
    public int attempt() {
        return attempt;
    }
}
