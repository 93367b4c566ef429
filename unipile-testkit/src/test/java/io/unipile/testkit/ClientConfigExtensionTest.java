package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.unipile.UnipileClient;
import io.unipile.errors.ServerException;
import io.unipile.resilience.UnipileEvent;
import io.unipile.testkit.accounts.AccountRoutes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The client {@code @FakeUnipile} injects: no waits between retries, and {@code @ClientConfig} hooks. */
class ClientConfigExtensionTest {
    private static final List<UnipileEvent> EVENTS = new CopyOnWriteArrayList<>();

    /** A base class's hook runs before the test class's own. */
    abstract static class Base {
        @FakeUnipile.ClientConfig
        static void base(UnipileClient.Builder builder) {
            builder.userAgentSuffix("base-hook").eventListener(EVENTS::add);
        }
    }

    @FakeUnipile
    @Nested
    class ByDefault {
        @BeforeEach
        void forget() {
            EVENTS.clear();
        }

        @Test
        void retriesWithoutSittingThroughTheWaits(UnipileClient client, FakeUnipileServer server) {
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(2).tooManyRequests(Duration.ofSeconds(30));

            // A real sleeper would take a minute here.
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> client.accounts().list());

            assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).hasSize(3);
        }
    }

    @FakeUnipile
    @Nested
    class WithHooks extends Base {
        @FakeUnipile.ClientConfig
        static void own(UnipileClient.Builder builder) {
            builder.userAgentSuffix("own-hook").disableRetries();
        }

        @BeforeEach
        void forget() {
            EVENTS.clear();
        }

        @Test
        void appliesTheHooksSuperclassFirstAfterTheDefaults(UnipileClient client, FakeUnipileServer server) {
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).next(1).respond(503);

            assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);

            assertThat(server.journal().requests(AccountRoutes.LIST_ACCOUNTS)).singleElement()
                    .satisfies(r -> assertThat(r.header("user-agent").orElseThrow()).endsWith("own-hook"));
            assertThat(EVENTS).filteredOn(UnipileEvent.ResponseReceived.class::isInstance).hasSize(1);
        }
    }

    @Test
    void refusesHooksThatAreNotStaticOrTakeTheWrongParameter() {
        assertThatThrownBy(() -> FakeUnipileExtension.clientConfigs(NotStatic.class))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("static");
        assertThatThrownBy(() -> FakeUnipileExtension.clientConfigs(WrongParameter.class))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("UnipileClient.Builder");
    }

    static class NotStatic {
        @FakeUnipile.ClientConfig
        void configure(UnipileClient.Builder builder) {
        }
    }

    static class WrongParameter {
        @FakeUnipile.ClientConfig
        static void configure(String builder) {
        }
    }
}
