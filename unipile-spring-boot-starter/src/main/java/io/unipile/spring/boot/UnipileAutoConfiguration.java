package io.unipile.spring.boot;

import io.unipile.UnipileClient;
import io.unipile.guard.CallGuard;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import io.unipile.resilience.UnipileEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * Auto-configures a {@link UnipileClient} bean from {@link UnipileProperties} ({@code unipile.*}), unless the
 * application declares its own. The bean is closed with the context. Switched off by {@code unipile.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass(UnipileClient.class)
@ConditionalOnProperty(prefix = "unipile", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(UnipileProperties.class)
public class UnipileAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(UnipileAutoConfiguration.class);

    /** Follows the circuit breaker of the client built here, for the health indicator. */
    @Bean
    @ConditionalOnMissingBean
    public UnipileCircuitState unipileCircuitState() {
        return new UnipileCircuitState();
    }

    /**
     * The client: the properties applied to {@link UnipileClient#builder()}, then every
     * {@link UnipileClientBuilderCustomizer} in order. Its event listener calls every {@link UnipileEventListener}
     * bean in order (the {@link UnipileCircuitState} among them). A {@link CallGuard} bean (such as
     * {@code unipile-limits}' {@code UnipileLimits}) admits its calls; several fail the start.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public UnipileClient unipileClient(UnipileProperties properties, UnipileCircuitState circuitState,
                                       ObjectProvider<UnipileEventListener> listeners,
                                       ObjectProvider<UnipileClientBuilderCustomizer> customizers,
                                       ObjectProvider<CallGuard> guard) {
        if (isBlank(properties.getBaseUrl())) {
            throw new IllegalStateException("unipile.base-url must be set (the DSN from the Unipile dashboard), or "
                    + "unipile.enabled=false to configure no Unipile client");
        }
        if (isBlank(properties.getApiKey())) {
            throw new IllegalStateException("unipile.api-key must be set, or unipile.enabled=false to configure no "
                    + "Unipile client");
        }
        UnipileClient.Builder builder = UnipileClient.builder();
        apply(properties, builder);
        List<UnipileEventListener> all = listeners.orderedStream().toList();
        builder.eventListener(new CompositeListener(all));
        List<CallGuard> guards = guard.orderedStream().toList();
        if (guards.size() > 1) {
            // A client takes one guard; picking one of several would silently drop the others' limits.
            throw new IllegalStateException("the Unipile client takes one CallGuard bean but the context has "
                    + guards.size() + " (" + guards.stream().map(g -> g.getClass().getName()).toList()
                    + "): declare one, or combine them in one guard");
        }
        guards.forEach(builder::callGuard);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        UnipileClient client = builder.build();
        circuitState.start(properties.getCircuitBreaker().isEnabled());
        LOG.debug("Built the Unipile client: {}", builder);
        return client;
    }

    static void apply(UnipileProperties p, UnipileClient.Builder b) {
        b.baseUrl(p.getBaseUrl().trim()).apiKey(p.getApiKey().trim());
        if (!isBlank(p.getTransport())) {
            b.transport(p.getTransport().trim());
        }
        b.connectTimeout(p.getConnectTimeout()).requestTimeout(p.getRequestTimeout())
                .overallTimeout(p.getOverallTimeout()).maxConnections(p.getMaxConnections())
                .maxConnectionsPerRoute(p.getMaxConnectionsPerRoute());
        if (p.getMaxResponseSize() != null) {
            b.maxResponseBytes(p.getMaxResponseSize().toBytes());
        }
        if (p.getUserAgentSuffix() != null) {
            b.userAgentSuffix(p.getUserAgentSuffix());
        }
        UnipileProperties.Retry r = p.getRetry();
        if (r.isEnabled()) {
            b.retryPolicy(new RetryPolicy(r.getMaxAttempts(), r.getBaseDelay(), r.getMaxDelay(), r.getJitter(),
                    r.getMaxRetryAfter()));
        } else {
            b.disableRetries();
        }
        UnipileProperties.CircuitBreaker c = p.getCircuitBreaker();
        if (c.isEnabled()) {
            b.circuitBreakerPolicy(new CircuitBreakerPolicy(true, c.getFailureRateThreshold(),
                    c.getSlidingWindowSize(), c.getMinimumNumberOfCalls(), c.getWaitInOpenState(),
                    c.getPermittedCallsInHalfOpenState()));
        } else {
            b.disableCircuitBreaker();
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Calls each listener; one that throws does not keep the others from hearing the event. */
    private record CompositeListener(List<UnipileEventListener> listeners) implements UnipileEventListener {
        @Override
        public void onEvent(UnipileEvent event) {
            for (UnipileEventListener l : listeners) {
                try {
                    l.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("A UnipileEventListener ({}) failed on {}", l.getClass().getName(),
                            event.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
