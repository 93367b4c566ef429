package io.unipile.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * What Boot's {@code @ConditionalOnEnabledHealthIndicator("unipile")} checks, written once for both Boot lines (the
 * annotation moved between them): {@code management.health.unipile.enabled}, else
 * {@code management.health.defaults.enabled}, else enabled.
 */
final class OnUnipileHealthIndicatorEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        Boolean own = env.getProperty("management.health.unipile.enabled", Boolean.class);
        if (own != null) {
            return new ConditionOutcome(own, "management.health.unipile.enabled is " + own);
        }
        boolean defaults = env.getProperty("management.health.defaults.enabled", Boolean.class, true);
        return new ConditionOutcome(defaults, "management.health.defaults.enabled is " + defaults);
    }
}
