package io.unipile.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.errors.CircuitOpenException;
import io.unipile.raw.RawRequest;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.RecordedRequest;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Metrics and observations over real loopback HTTP against the fake, through both transports. */
@Timeout(60)
class UnipileMicrometerTest {
    private final ManualTime time = new ManualTime();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private FakeUnipileServer server;
    private UnipileClient client;

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private UnipileClient client(String transport, UnipileMicrometer micrometer,
                                 Consumer<UnipileClient.Builder> more) {
        UnipileClient.Builder b = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                .transport(transport).clock(time).sleeper(time);
        more.accept(b);
        client = micrometer.bindTo(b).build();
        return client;
    }

    private UnipileClient metricsClient(String transport) {
        return client(transport, UnipileMicrometer.metrics(meters), b -> { });
    }

    private static Map<String, String> tags(Meter meter) {
        return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue,
                (a, b) -> a, TreeMap::new));
    }

    private List<Timer> timers(String name) {
        return meters.find(name).timers().stream().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void aSuccessfulCallIsTimedOnceWithItsTags(String transport) {
        metricsClient(transport).accounts().list();

        List<Timer> calls = timers(UnipileMicrometer.REQUESTS);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).count()).isEqualTo(1);
        assertThat(calls.get(0).totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(tags(calls.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("method", "GET",
                "uri", "/api/v1/accounts", "status", "200", "outcome", "SUCCESS", "transport", transport,
                "error", "none"));
        assertThat(timers(UnipileMicrometer.ATTEMPTS)).singleElement().satisfies(t -> assertThat(t.count())
                .isEqualTo(1));
        assertThat(meters.find(UnipileMicrometer.RETRIES).counters()).isEmpty();
    }

    @Test
    void theUriTagIsTheTemplateNeverTheIdAndA404IsAClientError() {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");
        UnipileClient unipile = metricsClient("jdk");

        unipile.chats().get(chat.id());
        Throwable notFound = catchThrowable(() -> unipile.chats().get("no-such-chat-4242"));

        assertThat(notFound).isNotNull();
        Map<String, Map<String, String>> byStatus = timers(UnipileMicrometer.REQUESTS).stream()
                .collect(Collectors.toMap(t -> t.getId().getTag("status"), UnipileMicrometerTest::tags));
        assertThat(byStatus.get("200")).containsEntry("uri", "/api/v1/chats/{chat_id}")
                .containsEntry("outcome", "SUCCESS");
        assertThat(byStatus.get("404")).containsEntry("uri", "/api/v1/chats/{chat_id}")
                .containsEntry("outcome", "CLIENT_ERROR");
        assertThat(meters.getMeters()).flatExtracting(m -> m.getId().getTags()).extracting(Tag::getValue)
                .noneMatch(v -> v.contains(chat.id()) || v.contains("no-such-chat") || v.contains(server.apiKey()));
    }

    @Test
    void a503RetriedThenSuccessfulIsOneTimedCallAndOneRetry() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);

        metricsClient("httpclient").accounts().list();

        assertThat(timers(UnipileMicrometer.REQUESTS)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(t.getId().getTag("status")).isEqualTo("200");
        });
        assertThat(meters.find(UnipileMicrometer.RETRIES).counters()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(1);
            assertThat(tags(c)).containsExactlyInAnyOrderEntriesOf(Map.of("method", "GET",
                    "uri", "/api/v1/accounts", "reason", "HTTP 503", "transport", "httpclient"));
        });
        assertThat(timers(UnipileMicrometer.ATTEMPTS)).extracting(t -> t.getId().getTag("status") + "x" + t.count())
                .containsExactlyInAnyOrder("503x1", "200x1");
    }

    @Test
    void anAsynchronousCallIsTimedOnceToo() throws Exception {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);

        metricsClient("jdk").accounts().listAsync(io.unipile.accounts.ListAccountsRequest.builder().build())
                .get(10, TimeUnit.SECONDS);

        assertThat(timers(UnipileMicrometer.REQUESTS)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(t.getId().getTag("status")).isEqualTo("200");
        });
        assertThat(meters.find(UnipileMicrometer.RETRIES).counter().count()).isEqualTo(1);
    }

    @Test
    void rawCallsAreTaggedWithADeclaredTemplateOrRaw() {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");
        UnipileClient unipile = metricsClient("jdk");

        unipile.raw().call(RawRequest.get("/chats/{chat_id}").pathParam("chat_id", chat.id()).build());
        unipile.raw().call(RawRequest.get("/chats/" + chat.id()).build()); // an id written into the template

        assertThat(timers(UnipileMicrometer.REQUESTS)).extracting(t -> t.getId().getTag("uri"))
                .containsExactlyInAnyOrder("/api/v1/chats/{chat_id}", "raw");
    }

    @Test
    void theGaugeFollowsTheCircuitOpeningAndClosing() {
        UnipileClient unipile = client("jdk", UnipileMicrometer.metrics(meters), b -> b.disableRetries()
                .circuitBreakerPolicy(new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 1)));
        double state0 = meters.get(UnipileMicrometer.CIRCUIT_STATE).gauge().value();
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(4).respond(502);

        for (int i = 0; i < 4; i++) {
            assertThat(catchThrowable(unipile.accounts()::list)).isNotNull();
        }
        double open = meters.get(UnipileMicrometer.CIRCUIT_STATE).gauge().value();
        Throwable refused = catchThrowable(unipile.accounts()::list);
        time.advance(Duration.ofSeconds(31));
        unipile.accounts().list(); // half-open lets one through; it succeeds and closes the circuit

        assertThat(state0).isZero();
        assertThat(open).isEqualTo(2);
        assertThat(refused).isInstanceOf(CircuitOpenException.class);
        assertThat(meters.get(UnipileMicrometer.CIRCUIT_STATE).gauge().value()).isZero();
        assertThat(meters.get(UnipileMicrometer.REQUESTS).tag("error", "CircuitOpenException").timer())
                .satisfies(t -> assertThat(tags(t)).containsEntry("status", "NONE").containsEntry("outcome",
                        "UNKNOWN"));
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).as("the refused call sent nothing")
                .hasSize(5);
    }

    @Test
    void gaugeTakesTheTagsGivenSoThatClientsSharingARegistryAreToldApart() {
        UnipileMicrometer.builder().meterRegistry(meters).tags("client", "sales").build();
        UnipileMicrometer.builder().meterRegistry(meters).tags("client", "support").build();

        assertThat(meters.find(UnipileMicrometer.CIRCUIT_STATE).gauges()).hasSize(2);
    }

    // ---- observations and tracing ----

    private final FakeTracer tracer = new FakeTracer();

    private UnipileClient tracedClient(String transport) {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(tracer);
        return client(transport, UnipileMicrometer.builder().meterRegistry(meters)
                .observationRegistry(observations).build(), b -> { });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void eachAttemptCarriesATraceparentOfTheSameTraceWithItsOwnSpan(String transport) {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(2).respond(503);

        tracedClient(transport).accounts().list();

        List<RecordedRequest> sent = server.journal().requests(AccountRoutes.LIST_ACCOUNTS);
        assertThat(sent).hasSize(3);
        List<String[]> parents = sent.stream().map(r -> r.header("traceparent").orElseThrow().split("-")).toList();
        assertThat(parents).allSatisfy(p -> {
            assertThat(p).hasSize(4);
            assertThat(p[0]).isEqualTo("00");
        });
        assertThat(parents).extracting(p -> p[1]).as("one trace").containsOnly(parents.get(0)[1]);
        assertThat(parents).extracting(p -> p[2]).as("a span per attempt").doesNotHaveDuplicates();

        FakeTracer.Span call = tracer.named(UnipileMicrometer.REQUESTS).get(0);
        List<FakeTracer.Span> attempts = tracer.named(UnipileMicrometer.ATTEMPTS);
        assertThat(tracer.named(UnipileMicrometer.REQUESTS)).hasSize(1);
        assertThat(call.contextualName()).isEqualTo("unipile GET /api/v1/accounts");
        assertThat(attempts).hasSize(3).allSatisfy(a -> {
            assertThat(a.parentSpanId()).as("nested in the call").isEqualTo(call.spanId());
            assertThat(a.traceId()).isEqualTo(call.traceId());
            assertThat(a.contextualName()).isEqualTo("GET /api/v1/accounts");
        });
        assertThat(attempts).extracting(FakeTracer.Span::spanId)
                .containsExactlyElementsOf(parents.stream().map(p -> p[2]).toList());
        assertThat(call.traceId()).isEqualTo(parents.get(0)[1]);
    }

    @Test
    void withObservationsTheTimersComeFromTheObservationsOnceEach() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);

        tracedClient("jdk").accounts().list();

        assertThat(timers(UnipileMicrometer.REQUESTS)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(tags(t)).containsExactlyInAnyOrderEntriesOf(Map.of("method", "GET",
                    "uri", "/api/v1/accounts", "status", "200", "outcome", "SUCCESS", "transport", "jdk",
                    "error", "none"));
        });
        assertThat(timers(UnipileMicrometer.ATTEMPTS)).extracting(t -> t.getId().getTag("status"))
                .containsExactlyInAnyOrder("503", "200");
        assertThat(meters.find(UnipileMicrometer.RETRIES).counter().count()).isEqualTo(1);
    }

    @Test
    void aCallInsideTheApplicationsObservationIsItsChild() {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(tracer);
        UnipileClient unipile = client("jdk", UnipileMicrometer.builder().observationRegistry(observations).build(),
                b -> { });

        Observation.createNotStarted("app.work", observations).observe(() -> unipile.accounts().list());

        FakeTracer.Span app = tracer.named("app.work").get(0);
        FakeTracer.Span call = tracer.named(UnipileMicrometer.REQUESTS).get(0);
        assertThat(call.parentSpanId()).isEqualTo(app.spanId());
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS).get(0).header("traceparent"))
                .hasValueSatisfying(v -> assertThat(v).contains(app.traceId()));
    }

    @Test
    void aFailedCallEndsItsObservationsWithTheError() {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(tracer);
        UnipileClient unipile = client("jdk", UnipileMicrometer.builder().observationRegistry(observations).build(),
                b -> b.disableRetries());
        server.faults().on(ChatRoutes.GET_CHAT).always().dropConnection();

        assertThat(catchThrowable(() -> unipile.chats().get("c1"))).isNotNull();

        assertThat(tracer.named(UnipileMicrometer.ATTEMPTS)).as("%s", tracer.finished).singleElement()
                .satisfies(a -> assertThat(a.error()).isNotNull());
        assertThat(tracer.named(UnipileMicrometer.REQUESTS)).singleElement()
                .satisfies(c -> assertThat(c.error()).isNotNull());
    }
}
