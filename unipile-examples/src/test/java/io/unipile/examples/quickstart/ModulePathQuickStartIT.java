package io.unipile.examples.quickstart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quick-start as a user on the module path runs it: {@code java --module-path <the jars> --module
 * io.unipile.examples/...QuickStart}, with no {@code --add-modules}, so the descriptors alone must resolve Jackson,
 * SLF4J, a transport (a service) and its libraries. Runs after {@code package} (failsafe), on the packaged jars.
 */
class ModulePathQuickStartIT {
    private static final String MAIN = "io.unipile.examples/io.unipile.examples.quickstart.QuickStart";

    /** Surefire runs it too when {@code -Dtest} excludes other classes (.ci/run does): only failsafe has the jars. */
    @BeforeAll
    static void onlyAfterPackage() {
        assumeTrue(Boolean.getBoolean("quickstart.failsafe"), "runs under failsafe, after package");
    }

    /** The examples jar, then its runtime dependencies: the project's jars and the libraries they bring. */
    private static List<Path> modulePath() {
        List<Path> path = new ArrayList<>();
        path.add(Path.of(property("quickstart.jar")));
        Arrays.stream(property("quickstart.dependencies").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .forEach(path::add);
        return path;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, set by unipile-examples' failsafe configuration", name).isNotBlank();
        return value;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void theQuickStartRunsOnTheModulePathWithoutAddModules(String transport) throws Exception {
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dunipile.transport=" + transport,
                "--module-path", modulePath,
                "--module", MAIN)
                .redirectErrorStream(true);
        builder.environment().remove("UNIPILE_DSN"); // the embedded fake, whatever the developer's shell has
        builder.environment().remove("UNIPILE_API_KEY");
        builder.environment().remove("JDK_JAVA_OPTIONS"); // nothing may add modules behind the test's back
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the quick-start did not end within 2 minutes:\n" + output.getNow(""));
        }
        String printed = output.get(10, TimeUnit.SECONDS);

        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("Using an embedded fake Unipile", "transport=" + transport)
                .contains("1. list accounts", "2. retrieve account", "3. start a chat", "4. retrieve chat",
                        "5. send a message")
                .contains("Done.");
    }

    @Test
    void everyProjectJarIsAnExplicitModuleCarryingTheLicence() throws IOException {
        List<Path> ours = modulePath().stream()
                .filter(p -> p.getFileName().toString().startsWith("unipile-"))
                .toList();
        assertThat(ours).hasSize(7); // api, resilience, jdk, httpclient, testkit, limits, examples
        for (Path jar : ours) {
            ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .findFirst()
                    .orElseThrow();
            assertThat(descriptor.isAutomatic())
                    .as("%s has no module-info.class (a stale jar? build with -am)", jar)
                    .isFalse();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.getEntry("META-INF/LICENSE")).as("META-INF/LICENSE in %s", jar).isNotNull();
            }
        }
        Path license = Path.of(property("quickstart.jar")).getParent().getParent().getParent().resolve("LICENSE");
        assertThat(Files.readString(license)).contains("Apache License", "Version 2.0, January 2004");
    }
}
