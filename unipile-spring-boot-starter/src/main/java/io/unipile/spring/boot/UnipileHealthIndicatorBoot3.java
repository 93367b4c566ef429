package io.unipile.spring.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/** The {@code unipile} health indicator on Spring Boot 3 ({@code spring-boot-actuator}). */
final class UnipileHealthIndicatorBoot3 implements HealthIndicator {
    private final UnipileHealthCheck check;

    UnipileHealthIndicatorBoot3(UnipileHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        UnipileHealthCheck.Result r = check.check();
        Status status = switch (r.status()) {
            case UP -> Status.UP;
            case DOWN -> Status.DOWN;
            case UNKNOWN -> Status.UNKNOWN;
        };
        return Health.status(status).withDetails(r.details()).build();
    }
}
