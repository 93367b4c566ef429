package io.unipile;

import io.unipile.accounts.AccountType;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.HostedAuthProviders;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.accounts.WhatsAppCredentials;
import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.TransportConfig;
import io.unipile.http.TransportRequest;
import io.unipile.http.TransportResponse;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the accounts group's new operations make of a call before and after the transport: the idempotency the
 * resilience layer is told, input checked before anything is sent, and the call's secrets kept out of the errors
 * built from a reply. The wire itself is proven over real HTTP by the conformance module's {@code AccountsWireSuite}.
 */
class AccountsCallTest {
    private static final String PASSWORD = "correct-horse-battery";
    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    @Test
    void noWriteOfTheGroupIsRepeatedByARetry() {
        ConnectAccountRequest whatsapp = ConnectAccountRequest.of(WhatsAppCredentials.qrCode());
        SolveCheckpointRequest code = SolveCheckpointRequest.builder().accountId("a").provider(AccountType.LINKEDIN)
                .code("123456").build();
        HostedAuthLinkRequest link = HostedAuthLinkRequest.create(HostedAuthProviders.ALL)
                .expiresOn(Instant.parse("2030-01-01T00:00:00Z")).apiUrl("https://api1.unipile.com:13153").build();

        assertThat(sent(() -> client.accounts().connect(whatsapp)).idempotent()).as("connect").isFalse();
        assertThat(sent(() -> client.accounts().reconnect("a", whatsapp)).idempotent()).as("reconnect").isFalse();
        assertThat(sent(() -> client.accounts().solveCheckpoint(code)).idempotent()).as("solve").isFalse();
        assertThat(sent(() -> client.accounts().resendCheckpoint(ResendCheckpointRequest.builder().accountId("a")
                .provider(AccountType.LINKEDIN).build())).idempotent()).as("resend").isFalse();
        assertThat(sent(() -> client.accounts().restart("a")).idempotent()).as("restart").isFalse();
        assertThat(sent(() -> client.accounts().createHostedAuthLink(link)).idempotent()).as("hosted link").isFalse();
        assertThat(sent(() -> client.accounts().resync("a")).idempotent()).as("resync reports while it runs")
                .isTrue();
    }

    @Test
    void badInputFailsBeforeAnythingIsSentNamingTheField() {
        ConnectAccountRequest whatsapp = ConnectAccountRequest.of(WhatsAppCredentials.qrCode());

        assertThatThrownBy(() -> client.accounts().connect(null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().connectAsync(null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().reconnect(" ", whatsapp)).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.accounts().reconnectAsync("a", null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().solveCheckpoint(null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().resendCheckpointAsync(null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().restart(null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> client.accounts().restartAsync("")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.accounts().resync("")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> client.accounts().resync("a", null)).hasMessage("request is required");
        assertThatThrownBy(() -> client.accounts().createHostedAuthLink(null)).hasMessage("request is required");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void aReplyEchoingThePasswordNeverShowsIt() {
        String echo = "{\"title\":\"Invalid credentials\",\"detail\":\"wrong password " + PASSWORD + " for jane\","
                + "\"type\":\"errors/invalid_credentials\",\"status\":401}";
        String garbage = "<html>you sent password=" + PASSWORD + "</html>";
        try (UnipileClient echoing = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
                .transport(new Replying(401, echo, 201, garbage)).disableRetries().disableCircuitBreaker().build()) {
            ConnectAccountRequest request = ConnectAccountRequest.of(LinkedInCredentials.basic("jane", PASSWORD));

            UnipileException refused = catchThrowableOfType(UnipileException.class,
                    () -> echoing.accounts().connect(request));
            CompletionException malformed = catchThrowableOfType(CompletionException.class,
                    () -> echoing.accounts().connectAsync(request).join());

            assertThat(refused.getMessage()).contains("wrong password [REDACTED] for jane").doesNotContain(PASSWORD);
            assertThat(refused.toString()).doesNotContain(PASSWORD);
            assertThat(malformed.getCause()).isInstanceOf(UnipileException.class);
            assertThat(malformed.getCause().getMessage()).doesNotContain(PASSWORD);
            assertThat(((io.unipile.errors.UnipileResponseFormatException) malformed.getCause()).bodyExcerpt())
                    .contains("password=[REDACTED]").doesNotContain(PASSWORD);
        }
    }

    /** Answers the calls in turn with the given statuses and bodies. */
    private static final class Replying implements UnipileTransportProvider {
        private final List<Object> replies;
        private int next;

        Replying(Object... statusesAndBodies) {
            this.replies = List.of(statusesAndBodies);
        }

        @Override
        public String name() {
            return "replying";
        }

        @Override
        public UnipileTransport create(TransportConfig config) {
            return new UnipileTransport() {
                @Override
                public TransportResponse execute(TransportRequest request) {
                    int status = (Integer) replies.get(next++);
                    byte[] body = ((String) replies.get(next++)).getBytes(StandardCharsets.UTF_8);
                    return new TransportResponse() {
                        private final InputStream in = new ByteArrayInputStream(body);

                        @Override
                        public int statusCode() {
                            return status;
                        }

                        @Override
                        public List<String> headers(String name) {
                            return List.of();
                        }

                        @Override
                        public InputStream body() {
                            return in;
                        }

                        @Override
                        public void close() {
                        }
                    };
                }

                @Override
                public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                    return CompletableFuture.completedFuture(execute(request));
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
