package io.unipile.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.unipile.micrometer.UnipileMicrometer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Binds the client to the application's Micrometer registries when {@code unipile-micrometer} is on the class path
 * and a {@link MeterRegistry} bean exists (Spring Boot's actuator makes one): {@code unipile.client.requests} and the
 * other meters of {@link UnipileMicrometer}, and, with an {@link ObservationRegistry}, an observation per call and per
 * attempt (so Micrometer Tracing sees them and {@code traceparent} goes out). Off with
 * {@code unipile.metrics.enabled=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"})
@ConditionalOnClass(name = {"io.unipile.micrometer.UnipileMicrometer", "io.micrometer.core.instrument.MeterRegistry"})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "unipile.metrics", name = "enabled", matchIfMissing = true)
public class UnipileMetricsAutoConfiguration {

    /** The binding, applied to the client builder like any other customizer. */
    @Bean
    @ConditionalOnMissingBean(name = "unipileMicrometerCustomizer")
    UnipileClientBuilderCustomizer unipileMicrometerCustomizer(MeterRegistry meters,
                                                               ObjectProvider<ObservationRegistry> observations) {
        UnipileMicrometer.Builder micrometer = UnipileMicrometer.builder().meterRegistry(meters);
        ObservationRegistry observationRegistry = observations.getIfAvailable();
        if (observationRegistry != null && !observationRegistry.isNoop()) {
            micrometer.observationRegistry(observationRegistry);
        }
        UnipileMicrometer binding = micrometer.build();
        return binding::bindTo;
    }
}
