package io.unipile.spring.boot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which Spring Boot line the tests ran on: 4.0 in the default Surefire run, 3.5 in the {@code spring-boot-3.5}
 * one (which sets {@code unipile.test.spring-boot-line=3}).
 */
class SpringBootLineTest {

    @Test
    void theTestsRunOnTheExpectedSpringBootLine() {
        boolean boot3 = "3".equals(System.getProperty("unipile.test.spring-boot-line"));
        assertThat(SpringBootVersion.getVersion()).startsWith(boot3 ? "3.5." : "4.0.");
        assertThat(SpringVersion.getVersion()).startsWith(boot3 ? "6.2." : "7.0.");
        assertThat(HealthReflection.springBootLine()).isEqualTo(boot3 ? 3 : 4);
    }
}
