package io.unipile.spring.boot;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.accounts.AccountType;
import io.unipile.resilience.UnipileEvent;
import io.unipile.resilience.UnipileEventListener;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.RecordedRequest;
import io.unipile.testkit.accounts.AccountRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client bean, its properties and conditions, in real application contexts against the fake server. */
class UnipileAutoConfigurationTest {
    private static final String KEY = "starter-test-key-9f3b";
    private static FakeUnipileServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UnipileAutoConfiguration.class,
                    UnipileActuatorAutoConfiguration.class, UnipileWebhookAutoConfiguration.class));

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

    private ApplicationContextRunner configured() {
        return runner.withPropertyValues("unipile.base-url=" + server.baseUrl(), "unipile.api-key=" + KEY);
    }

    @Test
    void theClientBeanListsTheFakesAccounts() {
        FakeAccount linkedin = server.state().addAccount(AccountType.LINKEDIN);
        FakeAccount whatsapp = server.state().addAccount(AccountType.WHATSAPP);
        configured().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(UnipileClient.class);
            List<Account> accounts = context.getBean(UnipileClient.class).accounts().list().items();
            assertThat(accounts).extracting(Account::id).containsExactly(linkedin.id(), whatsapp.id());
        });
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).singleElement()
                .satisfies(r -> assertThat(r.apiKey()).isEqualTo(RecordedRequest.ApiKeyCheck.VALID));
    }

    @Test
    void aCallGuardBeanAdmitsTheClientsCalls() {
        List<String> admitted = new CopyOnWriteArrayList<>();
        io.unipile.guard.CallGuard guard = call -> {
            admitted.add(call.uri());
            return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("over budget"));
        };
        configured().withBean(io.unipile.guard.CallGuard.class, () -> guard).run(context -> {
            assertThatThrownBy(() -> context.getBean(UnipileClient.class).accounts().list())
                    .hasMessage("over budget");
        });
        assertThat(admitted).containsExactly("/api/v1/accounts");
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).isEmpty();
    }

    @Test
    void twoCallGuardBeansFailTheStartInsteadOfDroppingOne() {
        io.unipile.guard.CallGuard a = call -> java.util.concurrent.CompletableFuture.completedFuture(null);
        io.unipile.guard.CallGuard b = call -> java.util.concurrent.CompletableFuture.completedFuture(null);
        configured().withBean("guardA", io.unipile.guard.CallGuard.class, () -> a)
                .withBean("guardB", io.unipile.guard.CallGuard.class, () -> b)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("one CallGuard bean").hasMessageContaining("has 2"));
    }

    @Test
    void propertiesAreBoundWithDurationsAndSizes() {
        configured().withPropertyValues("unipile.connect-timeout=3s", "unipile.request-timeout=1m",
                "unipile.overall-timeout=90s", "unipile.max-connections=8", "unipile.max-connections-per-route=4",
                "unipile.max-response-size=2MB", "unipile.retry.max-attempts=5", "unipile.retry.base-delay=250ms",
                "unipile.retry.max-delay=4s", "unipile.retry.jitter=0", "unipile.retry.max-retry-after=10s",
                "unipile.circuit-breaker.failure-rate-threshold=75", "unipile.circuit-breaker.sliding-window-size=40",
                "unipile.circuit-breaker.minimum-number-of-calls=5", "unipile.circuit-breaker.wait-in-open-state=1m",
                "unipile.circuit-breaker.permitted-calls-in-half-open-state=2", "unipile.health.probe=true",
                "unipile.health.probe-timeout=2s", "unipile.webhooks.path=/hooks",
                "unipile.webhooks.secret-header=X-Hook").run(context -> {
            assertThat(context).hasNotFailed();
            UnipileProperties p = context.getBean(UnipileProperties.class);
            assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(p.getRequestTimeout()).isEqualTo(Duration.ofMinutes(1));
            assertThat(p.getOverallTimeout()).isEqualTo(Duration.ofSeconds(90));
            assertThat(p.getMaxConnections()).isEqualTo(8);
            assertThat(p.getMaxConnectionsPerRoute()).isEqualTo(4);
            assertThat(p.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(2));
            assertThat(p.getRetry().getMaxAttempts()).isEqualTo(5);
            assertThat(p.getRetry().getBaseDelay()).isEqualTo(Duration.ofMillis(250));
            assertThat(p.getRetry().getMaxDelay()).isEqualTo(Duration.ofSeconds(4));
            assertThat(p.getRetry().getJitter()).isZero();
            assertThat(p.getRetry().getMaxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
            assertThat(p.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(75f);
            assertThat(p.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(40);
            assertThat(p.getCircuitBreaker().getMinimumNumberOfCalls()).isEqualTo(5);
            assertThat(p.getCircuitBreaker().getWaitInOpenState()).isEqualTo(Duration.ofMinutes(1));
            assertThat(p.getCircuitBreaker().getPermittedCallsInHalfOpenState()).isEqualTo(2);
            assertThat(p.getHealth().isProbe()).isTrue();
            assertThat(p.getHealth().getProbeTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(p.getWebhooks().getPath()).isEqualTo("/hooks");
            assertThat(p.getWebhooks().getSecretHeader()).isEqualTo("X-Hook");
            // The builder the starter filled shows the policies as the client got them.
            UnipileClient.Builder b = UnipileClient.builder();
            UnipileAutoConfiguration.apply(p, b);
            assertThat(b.toString()).contains("connectTimeout=PT3S", "requestTimeout=PT1M",
                    "overallTimeout=PT1M30S", "maxConnections=8", "maxConnectionsPerRoute=4",
                    "RetryPolicy[maxAttempts=5, baseDelay=PT0.25S, maxDelay=PT4S, jitter=0.0, maxRetryAfter=PT10S]",
                    "CircuitBreakerPolicy[enabled=true, failureRateThreshold=75.0, slidingWindowSize=40, "
                            + "minimumNumberOfCalls=5, waitInOpenState=PT1M, permittedCallsInHalfOpenState=2]");
        });
    }

    @Test
    void theTransportIsTheHighestPriorityOneUnlessNamed() {
        configured().run(context -> context.getBean(UnipileClient.class).accounts().list());
        configured().withPropertyValues("unipile.transport=jdk")
                .run(context -> context.getBean(UnipileClient.class).accounts().list());
        List<RecordedRequest> requests = server.journal().requests(AccountRoutes.LIST_ACCOUNTS);
        assertThat(requests).hasSize(2);
        // Both transports are on this test class path: httpclient has the higher priority.
        assertThat(requests.get(0).header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).contains("(httpclient;"));
        assertThat(requests.get(1).header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).contains("(jdk;"));
    }

    @Test
    void anUnknownTransportFailsTheStartNamingIt() {
        configured().withPropertyValues("unipile.transport=carrier-pigeon").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("transport 'carrier-pigeon'"));
    }

    @Test
    void disabledRetriesAndBreakerMapOntoTheBuilder() {
        configured().withPropertyValues("unipile.retry.enabled=false", "unipile.circuit-breaker.enabled=false")
                .run(context -> {
                    UnipileClient.Builder b = UnipileClient.builder();
                    UnipileAutoConfiguration.apply(context.getBean(UnipileProperties.class), b);
                    assertThat(b.toString()).contains("RetryPolicy[maxAttempts=1", "CircuitBreakerPolicy[enabled=false");
                    assertThat(context.getBean(UnipileCircuitState.class).state()).isEqualTo("DISABLED");
                    server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);
                    assertThatThrownBy(() -> context.getBean(UnipileClient.class).accounts().list())
                            .isInstanceOf(io.unipile.errors.ServerException.class);
                });
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).hasSize(1);
    }

    @Test
    void missingSettingsFailTheStartNamingTheProperty() {
        runner.withPropertyValues("unipile.api-key=" + KEY).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("unipile.base-url"));
        runner.withPropertyValues("unipile.base-url=" + server.baseUrl()).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("unipile.api-key"));
        configured().withPropertyValues("unipile.retry.jitter=3").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("retry.jitter"));
    }

    @Test
    void unipileEnabledFalseConfiguresNothing() {
        runner.withPropertyValues("unipile.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(UnipileClient.class)
                        .doesNotHaveBean(UnipileProperties.class));
    }

    @Test
    void theApplicationsOwnClientWins() {
        try (UnipileClient own = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).build()) {
            runner.withBean("myClient", UnipileClient.class, () -> own).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(UnipileClient.class)).isSameAs(own);
                // Nothing tells the starter about that client's circuit.
                assertThat(context.getBean(UnipileCircuitState.class).state()).isEqualTo(UnipileCircuitState.UNKNOWN);
            });
        }
    }

    @Test
    void customizersAndListenerBeansApply() {
        List<UnipileEvent> heard = new CopyOnWriteArrayList<>();
        configured()
                .withBean(UnipileClientBuilderCustomizer.class, () -> b -> b.userAgentSuffix("my-app/1.2"))
                .withBean("failing", UnipileEventListener.class, () -> e -> {
                    throw new IllegalStateException("a listener that throws");
                })
                .withBean("recording", UnipileEventListener.class, () -> heard::add)
                .run(context -> context.getBean(UnipileClient.class).accounts().list());
        assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).singleElement()
                .satisfies(r -> assertThat(r.header("User-Agent")).hasValueSatisfying(
                        ua -> assertThat(ua).endsWith(" my-app/1.2")));
        assertThat(heard).hasAtLeastOneElementOfType(UnipileEvent.RequestSent.class)
                .hasAtLeastOneElementOfType(UnipileEvent.ResponseReceived.class);
    }

    @Test
    void theClientIsClosedWithTheContext() {
        UnipileClient[] client = new UnipileClient[1];
        configured().run(context -> client[0] = context.getBean(UnipileClient.class));
        assertThatThrownBy(() -> client[0].accounts().list()).hasMessageContaining("closed");
    }

    @Test
    void theKeyNeverShows() {
        configured().withPropertyValues("unipile.webhooks.secret=hook-secret-4d2a").run(context -> {
            UnipileProperties p = context.getBean(UnipileProperties.class);
            assertThat(p.getApiKey()).isEqualTo(KEY);
            assertThat(p.toString()).contains("apiKey=[REDACTED]", "secret=[REDACTED]", server.baseUrl())
                    .doesNotContain(KEY).doesNotContain("hook-secret-4d2a");
            assertThat(context.toString()).doesNotContain(KEY);
            assertThat(context.getBean(UnipileClient.class).toString()).doesNotContain(KEY);
        });
    }

    @Test
    void theSanitizingFunctionMasksTheKeyAndTheSecretHoweverSpelled() {
        configured().run(context -> {
            org.springframework.boot.actuate.endpoint.SanitizingFunction f = context.getBean("unipileSanitizingFunction",
                    org.springframework.boot.actuate.endpoint.SanitizingFunction.class);
            for (String key : List.of("unipile.api-key", "unipile.apiKey", "UNIPILE_API_KEY", "unipile.webhooks.secret",
                    "UNIPILE_WEBHOOKS_SECRET")) {
                assertThat(f.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "v"))
                        .getValue()).as(key).isEqualTo(org.springframework.boot.actuate.endpoint.SanitizableData.SANITIZED_VALUE);
            }
            for (String key : List.of("unipile.base-url", "unipile.webhooks.secret-header", "other.api-key")) {
                assertThat(f.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "v"))
                        .getValue()).as(key).isEqualTo("v");
            }
        });
    }

    @Test
    void theWebhookEndpointIsOffByDefaultAndOnlyInServletApps() {
        configured().withPropertyValues("unipile.webhooks.enabled=true", "unipile.webhooks.secret=s")
                .run(context -> assertThat(context).doesNotHaveBean(UnipileWebhookController.class));
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(UnipileAutoConfiguration.class,
                        UnipileWebhookAutoConfiguration.class))
                .withPropertyValues("unipile.base-url=" + server.baseUrl(), "unipile.api-key=" + KEY);
        web.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(UnipileWebhookController.class));
        web.withPropertyValues("unipile.webhooks.enabled=true", "unipile.webhooks.secret=s")
                .run(context -> assertThat(context).hasSingleBean(UnipileWebhookController.class));
        web.withPropertyValues("unipile.webhooks.enabled=true").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("unipile.webhooks.secret must be set"));
    }
}
