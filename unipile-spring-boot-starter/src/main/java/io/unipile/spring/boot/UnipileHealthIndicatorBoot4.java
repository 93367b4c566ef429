package io.unipile.spring.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** The {@code unipile} health indicator on Spring Boot 4 ({@code spring-boot-health}). */
final class UnipileHealthIndicatorBoot4 implements HealthIndicator {
    private final UnipileHealthCheck check;

    UnipileHealthIndicatorBoot4(UnipileHealthCheck check) {
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
