package io.unipile.spring.boot;

import io.unipile.UnipileClient;
import io.unipile.errors.CircuitOpenException;
import io.unipile.errors.ServerException;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.accounts.AccountRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code unipile} health indicator follows the client's circuit, and optionally probes the API. */
class UnipileHealthIndicatorTest {
    private static final String KEY = "health-test-key-77c1";
    private static FakeUnipileServer server;

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

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UnipileAutoConfiguration.class,
                    UnipileActuatorAutoConfiguration.class))
            .withPropertyValues("unipile.base-url=" + server.baseUrl(), "unipile.api-key=" + KEY,
                    // A breaker that opens after two failures out of two calls, and stays open during the test.
                    "unipile.retry.enabled=false", "unipile.circuit-breaker.sliding-window-size=2",
                    "unipile.circuit-breaker.minimum-number-of-calls=2", "unipile.circuit-breaker.wait-in-open-state=10m");

    @Test
    void upWhileTheCircuitIsClosedDownOnceItOpens() {
        runner.run(context -> {
            assertThat(context).hasBean("unipileHealthIndicator");
            Object indicator = context.getBean("unipileHealthIndicator");
            assertThat(indicator.getClass().getSimpleName())
                    .isEqualTo("UnipileHealthIndicatorBoot" + HealthReflection.springBootLine());
            HealthReflection.Answer up = HealthReflection.health(indicator);
            assertThat(up.status()).isEqualTo("UP");
            assertThat(up.details()).containsEntry("circuit", "CLOSED").doesNotContainKey("probe");

            UnipileClient client = context.getBean(UnipileClient.class);
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().respond(503);
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(CircuitOpenException.class);

            HealthReflection.Answer down = HealthReflection.health(indicator);
            assertThat(down.status()).isEqualTo("DOWN");
            assertThat(down.details()).containsEntry("circuit", "OPEN");
            assertThat(down.details().toString()).doesNotContain(KEY);
        });
        // The default health check costs no API call: only the two calls that went out reached the fake (the third
        // failed fast on the open circuit).
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).hasSize(2);
    }

    @Test
    void unknownWhileHalfOpen() {
        runner.withPropertyValues("unipile.circuit-breaker.wait-in-open-state=100ms",
                "unipile.circuit-breaker.permitted-calls-in-half-open-state=3").run(context -> {
            UnipileClient client = context.getBean(UnipileClient.class);
            Object indicator = context.getBean("unipileHealthIndicator");
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().respond(503);
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
            assertThat(HealthReflection.health(indicator).status()).isEqualTo("DOWN");
            Thread.sleep(300);
            // The first call after the wait is a probe: the circuit goes half-open, one failure of three permitted.
            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
            HealthReflection.Answer halfOpen = HealthReflection.health(indicator);
            assertThat(halfOpen.status()).isEqualTo("UNKNOWN");
            assertThat(halfOpen.details()).containsEntry("circuit", "HALF_OPEN");
        });
    }

    @Test
    void theProbeMakesOneCheapAuthenticatedCallWhenSwitchedOn() {
        runner.withPropertyValues("unipile.health.probe=true", "unipile.circuit-breaker.enabled=false").run(context -> {
            Object indicator = context.getBean("unipileHealthIndicator");
            HealthReflection.Answer up = HealthReflection.health(indicator);
            assertThat(up.status()).isEqualTo("UP");
            assertThat(up.details()).containsEntry("circuit", "DISABLED").containsEntry("probe", "ok");
            assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).singleElement()
                    .satisfies(r -> assertThat(r.queryParam("limit")).hasValue("1"));

            server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(500);
            HealthReflection.Answer down = HealthReflection.health(indicator);
            assertThat(down.status()).isEqualTo("DOWN");
            assertThat(down.details()).containsEntry("probe", "failed").containsEntry("error", "ServerException")
                    .containsEntry("status", 500);
        });
    }

    @Test
    void aWrongKeyMakesTheProbeDown() {
        runner.withPropertyValues("unipile.api-key=not-the-key", "unipile.health.probe=true").run(context -> {
            HealthReflection.Answer down = HealthReflection.health(context.getBean("unipileHealthIndicator"));
            assertThat(down.status()).isEqualTo("DOWN");
            assertThat(down.details()).containsEntry("error", "AuthenticationException").containsEntry("status", 401);
            assertThat(down.details().toString()).doesNotContain("not-the-key");
        });
    }

    @Test
    void managementHealthPropertiesSwitchItAsBootsOwn() {
        runner.withPropertyValues("management.health.unipile.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("unipileHealthIndicator"));
        // As Boot's own indicators: the defaults switch applies unless the indicator's own property says otherwise.
        runner.withPropertyValues("management.health.defaults.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("unipileHealthIndicator"));
        runner.withPropertyValues("management.health.defaults.enabled=false", "management.health.unipile.enabled=true")
                .run(context -> assertThat(context).hasBean("unipileHealthIndicator"));
    }
}
