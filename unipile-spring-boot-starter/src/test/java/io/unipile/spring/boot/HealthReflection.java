package io.unipile.spring.boot;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Reads a Boot {@code HealthIndicator}'s answer without naming its type, which is
 * {@code org.springframework.boot.health.contributor} on Boot 4 and {@code org.springframework.boot.actuate.health}
 * on Boot 3: these tests run on both. Both {@code Health} types have {@code getStatus().getCode()} and
 * {@code getDetails()}.
 */
final class HealthReflection {
    private HealthReflection() {
    }

    record Answer(String status, Map<String, Object> details) {
    }

    @SuppressWarnings("unchecked")
    static Answer health(Object indicator) {
        try {
            Method health = indicator.getClass().getMethod("health");
            health.setAccessible(true);
            Object h = health.invoke(indicator);
            Object status = h.getClass().getMethod("getStatus").invoke(h);
            String code = (String) status.getClass().getMethod("getCode").invoke(status);
            Map<String, Object> details = (Map<String, Object>) h.getClass().getMethod("getDetails").invoke(h);
            return new Answer(code, details);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The Boot line these tests run on, from the class path. */
    static int springBootLine() {
        try {
            Class.forName("org.springframework.boot.health.contributor.HealthIndicator");
            return 4;
        } catch (ClassNotFoundException e) {
            return 3;
        }
    }
}
