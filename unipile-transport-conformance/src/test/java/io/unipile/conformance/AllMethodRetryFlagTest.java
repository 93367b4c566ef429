package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.SendMessageRequest;
import io.unipile.raw.RawRequest;
import io.unipile.transport.httpclient.HttpClientTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * With {@code -Djdk.httpclient.enableAllMethodRetry=true}, which the JDK reads once per JVM (a static initializer
 * of {@code jdk.internal.net.http.MultiExchange}), the JDK client re-sends any request whose pooled connection was
 * closed before the response, POST included. Runs only in the surefire execution {@code jdk-all-method-retry},
 * which starts its JVM with the flag; the default execution skips it.
 */
@EnabledIfSystemProperty(named = "jdk.httpclient.enableAllMethodRetry", matches = "true")
class AllMethodRetryFlagTest {

    static Stream<Arguments> transports() {
        return Stream.of(Arguments.of(new JdkTransportProvider()), Arguments.of(new HttpClientTransportProvider()));
    }

    @ParameterizedTest
    @MethodSource("transports")
    void aWriteIsNeverReSentBehindTheCallersBack(UnipileTransportProvider transport) throws Exception {
        assertSentOnce(transport, c -> c.chats().sendMessage("chat", SendMessageRequest.ofText("hi")));
    }

    @ParameterizedTest
    @MethodSource("transports")
    void aBodilessWriteIsNeverReSentEither(UnipileTransportProvider transport) throws Exception {
        assertSentOnce(transport, c -> c.raw().call(RawRequest.post("/chats/{chat_id}/sync")
                .pathParam("chat_id", "chat").build()));
    }

    /** The second write goes out on the pooled connection, which the server closes after reading it. */
    private static void assertSentOnce(UnipileTransportProvider transport, Consumer<UnipileClient> write)
            throws Exception {
        try (HostileServer server = HostileServer.start((request, connection) -> {
            if (request.connection() == 1 && request.sequence() == 2) {
                connection.drop();
            } else {
                connection.respond(201, "application/json", "{\"object\":\"MessageSent\",\"message_id\":\"m\"}");
            }
        }); UnipileClient client = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey("key")
                .transport(transport).disableRetries().disableCircuitBreaker()
                .requestTimeout(Duration.ofSeconds(5)).build()) {
            write.accept(client);

            UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                    () -> write.accept(client));

            assertThat(e.mayHaveReachedServer()).isTrue();
            // The JDK may open a connection for its re-send, but no request head goes out on it.
            assertThat(server.handled()).as("requests the server read").isEqualTo(2);
        }
    }
}
