package io.unipile.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.errors.UnipileApiException;
import io.unipile.micrometer.UnipileMicrometer;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUnipileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client bound to the application's meters: with a registry of the application's own, and with Spring Boot's
 * own metrics and observation auto-configuration (the actuator's), whose timers come from observations.
 */
class UnipileMetricsAutoConfigurationTest {
    private static final String KEY = "metrics-test-key-51c2";
    private static FakeUnipileServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UnipileAutoConfiguration.class,
                    UnipileMetricsAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = FakeUnipileServer.builder().apiKey(KEY).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private ApplicationContextRunner configured(ApplicationContextRunner r) {
        return r.withPropertyValues("unipile.base-url=" + server.baseUrl(), "unipile.api-key=" + KEY);
    }

    /** Calls a get that succeeds and one that is 404, and returns the two timers. */
    private static void callsAndChecks(UnipileClient client, MeterRegistry meters, String accountId) {
        client.accounts().get(accountId);
        assertThatThrownBy(() -> client.accounts().get("missing-account")).isInstanceOf(UnipileApiException.class);

        Timer ok = meters.find(UnipileMicrometer.REQUESTS).tag("uri", "/api/v1/accounts/{id}")
                .tag("outcome", "SUCCESS").tag("status", "200").tag("method", "GET").timer();
        Timer notFound = meters.find(UnipileMicrometer.REQUESTS).tag("uri", "/api/v1/accounts/{id}")
                .tag("outcome", "CLIENT_ERROR").tag("status", "404").timer();
        assertThat(ok).as("%s", meters.getMeters().stream().map(m -> m.getId().toString()).toList()).isNotNull();
        assertThat(ok.count()).isEqualTo(1);
        assertThat(notFound).isNotNull();
        assertThat(notFound.count()).isEqualTo(1);
        // the transport the client chose by discovery (none was named)
        assertThat(ok.getId().getTag("transport")).isIn("jdk", "httpclient");
        // never an id, never the key, in any tag of any meter
        assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTags()).noneSatisfy(t ->
                assertThat(t.getValue()).containsAnyOf(accountId, "missing-account", KEY)));
    }

    @Test
    void anApplicationsMeterRegistryGetsTheCallTimers() {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        configured(runner).withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasNotFailed().hasBean("unipileMicrometerCustomizer");
            callsAndChecks(context.getBean(UnipileClient.class), context.getBean(MeterRegistry.class), account.id());
        });
    }

    @Test
    void springBootsOwnMetricsAndObservationsTimeTheCalls() {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        boolean boot3 = "3".equals(System.getProperty("unipile.test.spring-boot-line"));
        String metrics = boot3 ? "org.springframework.boot.actuate.autoconfigure.metrics"
                : "org.springframework.boot.micrometer.metrics.autoconfigure";
        String observation = boot3 ? "org.springframework.boot.actuate.autoconfigure.observation"
                : "org.springframework.boot.micrometer.observation.autoconfigure";
        configured(runner.withConfiguration(AutoConfigurations.of(
                type(metrics + ".MetricsAutoConfiguration"),
                type(metrics + ".CompositeMeterRegistryAutoConfiguration"),
                type(metrics + ".export.simple.SimpleMetricsExportAutoConfiguration"),
                type(observation + ".ObservationAutoConfiguration")))).run(context -> {
            assertThat(context).hasNotFailed().hasBean("unipileMicrometerCustomizer");
            callsAndChecks(context.getBean(UnipileClient.class), context.getBean(MeterRegistry.class), account.id());
        });
    }

    @Test
    void noMeterRegistryOrSwitchedOffMeansNoBinding() {
        configured(runner).run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("unipileMicrometerCustomizer").hasSingleBean(UnipileClient.class));
        configured(runner).withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("unipile.metrics.enabled=false").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("unipileMicrometerCustomizer");
                    context.getBean(UnipileClient.class).accounts().list();
                    assertThat(context.getBean(MeterRegistry.class).find(UnipileMicrometer.REQUESTS).timer()).isNull();
                });
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not on this Spring Boot line's class path: " + name, e);
        }
    }
}
