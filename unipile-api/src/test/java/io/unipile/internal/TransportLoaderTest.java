package io.unipile.internal;

import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransportLoaderTest {

    /** A provider that creates nothing; only its name and priority matter here. */
    public abstract static class NamedProvider implements UnipileTransportProvider {
        @Override
        public UnipileTransport create(TransportConfig config) {
            return new UnipileTransport() {
                @Override
                public TransportResponse execute(TransportRequest request) throws IOException {
                    throw new IOException("not used");
                }

                @Override
                public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                    return CompletableFuture.failedFuture(new IOException("not used"));
                }

                @Override
                public void close() {
                }
            };
        }
    }

    public static final class Low extends NamedProvider {
        @Override
        public String name() {
            return "low";
        }

        @Override
        public int priority() {
            return 1;
        }
    }

    public static final class HighB extends NamedProvider {
        @Override
        public String name() {
            return "high-b";
        }

        @Override
        public int priority() {
            return 5;
        }
    }

    public static final class HighA extends NamedProvider {
        @Override
        public String name() {
            return "high-a";
        }

        @Override
        public int priority() {
            return 5;
        }
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(TransportLoader.PROPERTY);
    }

    private static ClassLoader withProviders(Path dir, Class<?>... providers) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        StringBuilder sb = new StringBuilder();
        for (Class<?> p : providers) {
            sb.append(p.getName()).append('\n');
        }
        Files.writeString(services.resolve(UnipileTransportProvider.class.getName()), sb);
        return new URLClassLoader(new URL[]{dir.toUri().toURL()}, TransportLoaderTest.class.getClassLoader());
    }

    @Test
    void withoutAnyTransportTheErrorNamesTheArtifactsToAdd() {
        assertThatThrownBy(() -> TransportLoader.choose(null, TransportLoaderTest.class.getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unipile-transport-jdk")
                .hasMessageContaining("unipile-transport-httpclient");
    }

    @Test
    void theHighestPriorityWinsAndTiesGoByNameWhateverTheClassPathOrder(@TempDir Path a, @TempDir Path b)
            throws IOException {
        assertThat(TransportLoader.choose(null, withProviders(a, Low.class, HighB.class, HighA.class)).name())
                .isEqualTo("high-a");
        assertThat(TransportLoader.choose(null, withProviders(b, HighA.class, HighB.class, Low.class)).name())
                .isEqualTo("high-a");
    }

    @Test
    void theBuilderNameWinsOverThePropertyWhichWinsOverPriority(@TempDir Path dir) throws IOException {
        ClassLoader cl = withProviders(dir, Low.class, HighA.class);
        System.setProperty(TransportLoader.PROPERTY, "LOW");

        assertThat(TransportLoader.choose(null, cl).name()).isEqualTo("low");
        assertThat(TransportLoader.choose("high-a", cl).name()).isEqualTo("high-a");
    }

    @Test
    void anUnknownNameIsAClearError(@TempDir Path dir) throws IOException {
        ClassLoader cl = withProviders(dir, Low.class, HighA.class);
        System.setProperty(TransportLoader.PROPERTY, "httpclient");

        assertThatThrownBy(() -> TransportLoader.choose(null, cl))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'httpclient'")
                .hasMessageContaining("system property unipile.transport")
                .hasMessageContaining("found: high-a, low");
        assertThatThrownBy(() -> TransportLoader.choose("jdk", cl))
                .hasMessageContaining("'jdk' named by the builder");
    }
}
