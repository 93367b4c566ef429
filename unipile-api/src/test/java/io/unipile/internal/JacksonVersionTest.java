package io.unipile.internal;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JacksonVersionTest {

    private static Version databind(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }

    @Test
    void aDatabindOlderThan218IsRefusedNamingTheVersionFound() {
        assertThatThrownBy(() -> JacksonVersion.check(databind(2, 17, 2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2.17.2").hasMessageContaining("2.18.0 or newer");
        assertThatThrownBy(() -> JacksonVersion.check(databind(2, 9, 10))).hasMessageContaining("2.9.10");
    }

    @Test
    void theSupportedRangeIsAccepted() {
        assertThatCode(() -> JacksonVersion.check(databind(2, 18, 0))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonVersion.check(databind(2, 23, 0))).doesNotThrowAnyException();
        assertThatCode(JacksonVersion::requireSupported).as("the databind on this class path")
                .doesNotThrowAnyException();
    }
}
