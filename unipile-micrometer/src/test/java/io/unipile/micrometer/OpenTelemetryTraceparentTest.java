package io.unipile.micrometer;

import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.unipile.UnipileClient;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.RecordedRequest;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing: Micrometer Tracing on the OpenTelemetry SDK with its W3C propagator, as Spring Boot wires it. Each
 * attempt that reaches the fake carries a valid {@code traceparent} naming its own exported span, a child of the
 * call's span, all in one trace.
 */
@Timeout(60)
class OpenTelemetryTraceparentTest {

    @Test
    void eachAttemptPropagatesItsOwnSpanOfTheCallsTrace() {
        List<SpanData> exported = new CopyOnWriteArrayList<>();
        SpanExporter collect = new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(collect)).build();
        OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(provider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
        io.opentelemetry.api.trace.Tracer otelTracer = otel.getTracer("unipile-test");
        OtelCurrentTraceContext current = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(otelTracer, current, event -> { },
                new OtelBaggageManager(current, List.of(), List.of()));
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(
                new ObservationHandler.FirstMatchingCompositeObservationHandler(
                        new PropagatingSenderTracingObservationHandler<>(tracer,
                                new OtelPropagator(otel.getPropagators(), otelTracer)),
                        new DefaultTracingObservationHandler(tracer)));

        List<RecordedRequest> sent;
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);
            ManualTime time = new ManualTime();
            try (UnipileClient unipile = UnipileMicrometer.builder().observationRegistry(observations).build()
                    .bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                            .clock(time).sleeper(time))
                    .build()) {
                unipile.accounts().list();
            }
            sent = server.journal().requests(AccountRoutes.LIST_ACCOUNTS);
        } finally {
            provider.close();
        }

        SpanData call = exported.stream().filter(s -> s.getName().equals("unipile GET /api/v1/accounts"))
                .findFirst().orElseThrow();
        List<SpanData> attempts = exported.stream().filter(s -> s.getName().equals("GET /api/v1/accounts")).toList();
        assertThat(attempts).hasSize(2).allSatisfy(a -> {
            assertThat(a.getTraceId()).isEqualTo(call.getTraceId());
            assertThat(a.getParentSpanId()).isEqualTo(call.getSpanId());
            assertThat(a.getKind()).isEqualTo(io.opentelemetry.api.trace.SpanKind.CLIENT);
        });
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(r -> r.header("traceparent").orElseThrow()).containsExactlyInAnyOrderElementsOf(
                attempts.stream().map(a -> "00-" + a.getTraceId() + "-" + a.getSpanId() + "-01").toList());
    }
}
