package io.unipile.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.transport.SenderContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Micrometer Tracing: a span per observation, child of its parent observation's span, and for a
 * sender context the W3C {@code traceparent} written through the context's setter, as
 * {@code PropagatingSenderTracingObservationHandler} does with a real tracer.
 */
final class FakeTracer implements ObservationHandler<Observation.Context> {

    record Span(String name, String contextualName, String traceId, String spanId, String parentSpanId,
                Throwable error) {
    }

    private record Ids(String traceId, String spanId, String parentSpanId) {
    }

    final List<Span> finished = new CopyOnWriteArrayList<>();
    private final AtomicLong next = new AtomicLong(0xabc000);

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void onStart(Observation.Context context) {
        ObservationView parent = context.getParentObservation();
        Ids parentIds = parent == null ? null : parent.getContextView().get(Ids.class);
        String traceId = parentIds != null ? parentIds.traceId()
                : String.format("%016x%016x", ThreadLocalRandom.current().nextLong(), next.incrementAndGet());
        Ids ids = new Ids(traceId, String.format("%016x", next.incrementAndGet()),
                parentIds == null ? null : parentIds.spanId());
        context.put(Ids.class, ids);
        if (context instanceof SenderContext sender) {
            sender.getSetter().set(sender.getCarrier(), "traceparent",
                    "00-" + ids.traceId() + "-" + ids.spanId() + "-01");
        }
    }

    @Override
    public void onStop(Observation.Context context) {
        Ids ids = context.get(Ids.class);
        finished.add(new Span(context.getName(), context.getContextualName(), ids.traceId(), ids.spanId(),
                ids.parentSpanId(), context.getError()));
    }

    List<Span> named(String name) {
        return finished.stream().filter(s -> s.name().equals(name)).toList();
    }
}
