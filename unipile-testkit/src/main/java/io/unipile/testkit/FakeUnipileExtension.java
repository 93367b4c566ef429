package io.unipile.testkit;

import io.unipile.UnipileClient;
import io.unipile.resilience.Sleeper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit Jupiter extension behind {@link FakeUnipile}: one started server per test class
 * (shared with its {@code @Nested} classes), reset and re-seeded before each test, closed after
 * the class. It resolves parameters and fills non-final fields of type {@link FakeUnipileServer}
 * and {@link UnipileClient}; the client, built on first use with the server's URL and key, a sleeper that does
 * not wait between retries and then the test class's {@link FakeUnipile.ClientConfig} methods, needs a Unipile
 * transport on the test class path. Works on JUnit Jupiter 5.10 and later, 5.x and 6.x: it is compiled against
 * 5.10's API and uses nothing newer.
 */
public final class FakeUnipileExtension
        implements BeforeAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeUnipileExtension.class);

    /** Used by {@code @ExtendWith}; settings come from {@link FakeUnipile} on the test class. */
    public FakeUnipileExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Fixture fixture = fixture(context);
        Class<?> testClass = context.getRequiredTestClass();
        injectFields(testClass, null, fixture, true);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        injectFields(testInstance.getClass(), testInstance, fixture(context), false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fixture(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeUnipileServer.class || type == UnipileClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Fixture fixture = fixture(context);
        if (parameter.getParameter().getType() == FakeUnipileServer.class) {
            return fixture.server;
        }
        try {
            return fixture.client();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Cannot build a UnipileClient for the fake server", e);
        }
    }

    private static void injectFields(Class<?> type, Object instance, Fixture fixture, boolean statics)
            throws IllegalAccessException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) != statics || Modifier.isFinal(modifiers)) {
                    continue;
                }
                if (field.getType() == FakeUnipileServer.class) {
                    field.setAccessible(true);
                    field.set(instance, fixture.server);
                } else if (field.getType() == UnipileClient.class) {
                    field.setAccessible(true);
                    field.set(instance, fixture.client());
                }
            }
        }
    }

    /** The fixture of the nearest class-level context, made on first use: nested classes share it. */
    private static Fixture fixture(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() || classContext.getTestClass().isEmpty()) {
            classContext = classContext.getParent().orElseThrow(() ->
                    new ExtensionConfigurationException("@FakeUnipile needs a test class"));
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        // getOrComputeIfAbsent, not JUnit 6's computeIfAbsent: the extension runs on JUnit 5.10 too.
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Fixture.class,
                key -> new Fixture(settings(testClass), clientConfigs(testClass)), Fixture.class);
    }

    private static FakeUnipile settings(Class<?> testClass) {
        for (Optional<Class<?>> c = Optional.of(testClass); c.isPresent();
             c = Optional.ofNullable(c.get().getEnclosingClass())) {
            Optional<FakeUnipile> found = AnnotationSupport.findAnnotation(c.get(), FakeUnipile.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Defaults.class.getAnnotation(FakeUnipile.class);
    }

    /** The {@link FakeUnipile.ClientConfig} methods of the class and its superclasses, superclasses' first. */
    static List<Method> clientConfigs(Class<?> testClass) {
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(testClass, FakeUnipile.ClientConfig.class,
                HierarchyTraversalMode.TOP_DOWN);
        for (Method method : methods) {
            if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1
                    || method.getParameterTypes()[0] != UnipileClient.Builder.class) {
                throw new ExtensionConfigurationException("@FakeUnipile.ClientConfig method " + method
                        + " must be static and take one UnipileClient.Builder");
            }
        }
        return methods;
    }

    /** Carries the annotation's defaults for classes that use {@code @ExtendWith} alone. */
    @FakeUnipile
    private static final class Defaults {
    }

    /**
     * A running server, its seed and its lazily built client; closed by JUnit with the class's store. A
     * {@code CloseableResource}, which every JUnit from 5.0 to 6 closes; 5.10 would ignore a plain
     * {@code AutoCloseable}.
     */
    @SuppressWarnings("deprecation")
    private static final class Fixture implements ExtensionContext.Store.CloseableResource {
        private final FakeUnipileServer server;
        private final FakeUnipile.Seed seed;
        private final List<Method> clientConfigs;
        private UnipileClient client;

        Fixture(FakeUnipile settings, List<Method> clientConfigs) {
            this.clientConfigs = clientConfigs;
            this.seed = settings.seed();
            this.server = FakeUnipileServer.builder().apiKey(settings.apiKey()).https(settings.https())
                    .maxRequestBodyBytes(settings.maxRequestBodyBytes())
                    .webhookRetryDelays(LongStream.of(settings.webhookRetryDelaysMillis()).mapToObj(Duration::ofMillis)
                            .toArray(Duration[]::new))
                    .webhookTimeout(Duration.ofMillis(settings.webhookTimeoutMillis()))
                    .build().start();
            reset();
        }

        void reset() {
            server.reset();
            if (seed == FakeUnipile.Seed.DEMO) {
                DemoData.load(server.state());
            }
        }

        synchronized UnipileClient client() {
            if (client == null) {
                UnipileClient.Builder builder = UnipileClient.builder().baseUrl(server.baseUrl())
                        .apiKey(server.apiKey());
                if (server.isHttps()) {
                    // Trust exactly the fake's self-signed certificate; verification itself stays on.
                    builder.sslContext(server.clientSslContext());
                }
                // Retries still happen, as many as the policy says, but a test does not sit through their waits.
                builder.sleeper(Sleeper.NONE);
                for (Method config : clientConfigs) {
                    ReflectionSupport.invokeMethod(config, null, builder);
                }
                client = builder.build();
            }
            return client;
        }

        @Override
        public synchronized void close() {
            try {
                if (client != null) {
                    client.close();
                }
            } finally {
                server.close();
            }
        }
    }
}
