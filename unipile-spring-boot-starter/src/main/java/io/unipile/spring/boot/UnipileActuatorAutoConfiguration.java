package io.unipile.spring.boot;

import io.unipile.UnipileClient;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;
import java.util.Set;

/**
 * Actuator support, each part only when its Spring Boot module is on the class path: the {@code unipile} health
 * indicator (Boot 4's {@code spring-boot-health} or Boot 3's {@code spring-boot-actuator}; off with
 * {@code management.health.unipile.enabled=false}, or {@code management.health.defaults.enabled=false} unless the
 * former says {@code true}), and a {@link SanitizingFunction} that masks the API key and the
 * webhook secret in {@code /configprops} and {@code /env} whatever {@code show-values} says.
 */
@AutoConfiguration(after = UnipileAutoConfiguration.class)
@ConditionalOnClass(UnipileClient.class)
public class UnipileActuatorAutoConfiguration {

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnBean({UnipileClient.class, UnipileCircuitState.class})
    @Conditional(OnUnipileHealthIndicatorEnabled.class)
    static class Boot4Health {
        @Bean
        @ConditionalOnMissingBean(name = "unipileHealthIndicator")
        org.springframework.boot.health.contributor.HealthIndicator unipileHealthIndicator(
                UnipileClient client, UnipileCircuitState circuit, UnipileProperties properties) {
            return new UnipileHealthIndicatorBoot4(check(client, circuit, properties));
        }
    }

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnBean({UnipileClient.class, UnipileCircuitState.class})
    @Conditional(OnUnipileHealthIndicatorEnabled.class)
    static class Boot3Health {
        @Bean
        @ConditionalOnMissingBean(name = "unipileHealthIndicator")
        org.springframework.boot.actuate.health.HealthIndicator unipileHealthIndicator(
                UnipileClient client, UnipileCircuitState circuit, UnipileProperties properties) {
            return new UnipileHealthIndicatorBoot3(check(client, circuit, properties));
        }
    }

    /** The same {@code SanitizingFunction} in Boot 3 and 4. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class Sanitizing {
        @Bean
        @ConditionalOnMissingBean(name = "unipileSanitizingFunction")
        SanitizingFunction unipileSanitizingFunction() {
            return Sanitizing::sanitize;
        }

        // Property names as /configprops (unipile.apiKey), /env (unipile.api-key) or the environment (UNIPILE_API_KEY)
        // spell them, reduced to letters and digits.
        private static final Set<String> SECRET_KEYS = Set.of("unipileapikey", "unipilewebhookssecret");

        static SanitizableData sanitize(SanitizableData data) {
            String key = data.getKey();
            if (key == null) {
                return data;
            }
            String reduced = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return SECRET_KEYS.contains(reduced) ? data.withSanitizedValue() : data;
        }
    }

    private static UnipileHealthCheck check(UnipileClient client, UnipileCircuitState circuit,
                                            UnipileProperties properties) {
        return new UnipileHealthCheck(client, circuit, properties.getHealth().isProbe(),
                properties.getHealth().getProbeTimeout());
    }
}
