package io.unipile.examples.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.Checkpoint;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.accounts.OtpCheckpoint;
import io.unipile.accounts.TwoFactorCheckpoint;
import io.unipile.accounts.WhatsAppCredentials;
import io.unipile.errors.UnipileTransportException;
import io.unipile.examples.connect.AccountOnboarding.CheckpointPrompt;
import io.unipile.examples.connect.AccountOnboarding.Connection;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeCheckpoint;
import io.unipile.testkit.FakeHostedLink;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.accounts.AccountRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Connecting accounts end to end against the fake: a hosted link completed by the user, native connects. */
@FakeUnipile(webhookRetryDelaysMillis = {20, 40}, webhookTimeoutMillis = 2000)
class AccountOnboardingTest {
    // Today, not a fixed date: the fake compares a link's expiry with the real clock.
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    FakeUnipileServer server;
    UnipileClient client;

    private AccountOnboarding onboarding;
    private HttpServer notifyReceiver;
    private final BlockingQueue<JsonNode> notified = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        onboarding = new AccountOnboarding(client, server.baseUrl(), Clock.fixed(NOW, ZoneOffset.UTC));
        notifyReceiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        notifyReceiver.createContext("/unipile/connected", exchange -> {
            notified.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        notifyReceiver.start();
    }

    @AfterEach
    void stop() {
        notifyReceiver.stop(0);
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + notifyReceiver.getAddress().getPort() + "/unipile/connected";
    }

    @Test
    void aHostedLinkTellsTheNotifyUrlWhichAccountItConnectedForWhichUser() throws Exception {
        String url = onboarding.hostedLink("user-42", notifyUrl(), "https://app.example.com/settings");

        FakeHostedLink link = server.state().hostedLink(url).orElseThrow();
        assertThat(link.name()).isEqualTo("user-42");
        assertThat(link.expiresOn()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(link.successRedirectUrl()).isEqualTo("https://app.example.com/settings");

        FakeAccount connected = server.simulateHostedAuthCompleted(url, AccountType.LINKEDIN);

        JsonNode notice = notified.poll(10, TimeUnit.SECONDS);
        assertThat(notice).isNotNull();
        assertThat(notice.path("status").asText()).isEqualTo("CREATION_SUCCESS");
        assertThat(notice.path("account_id").asText()).isEqualTo(connected.id());
        assertThat(notice.path("name").asText()).isEqualTo("user-42");
        assertThat(client.accounts().get(connected.id()).type()).isEqualTo(AccountType.LINKEDIN);
    }

    @Test
    void aNativeConnectSolvesEachCheckpointWithTheUsersCodes() {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.twoFactor("123456"),
                FakeCheckpoint.otp("654321"));
        List<Checkpoint> asked = new ArrayList<>();
        CheckpointPrompt prompt = codes(asked, "123456", "654321");

        Connection connection = onboarding.connect(LinkedInCredentials.basic("ann@example.com", "s3cret-pw"),
                prompt);

        assertThat(connection.waitingForUser()).isFalse();
        assertThat(asked).hasExactlyElementsOfTypes(TwoFactorCheckpoint.class, OtpCheckpoint.class);
        assertThat(client.accounts().get(connection.accountId()).type()).isEqualTo(AccountType.LINKEDIN);
    }

    @Test
    void aWhatsAppQrCodeIsShownAndTheAccountExistsOnceScanned() {
        List<String> shown = new ArrayList<>();
        CheckpointPrompt prompt = new CheckpointPrompt() {
            @Override
            public String askCode(Checkpoint checkpoint) {
                throw new AssertionError("no code for a QR code");
            }

            @Override
            public void showQrCode(String qrCode) {
                shown.add(qrCode);
            }

            @Override
            public void askInAppApproval() {
                throw new AssertionError("no approval for a QR code");
            }
        };

        Connection connection = onboarding.connect(WhatsAppCredentials.qrCode(), prompt);

        assertThat(connection.waitingForUser()).isTrue();
        assertThat(shown).hasSize(1).allSatisfy(qr -> assertThat(qr).isNotBlank());
        assertThat(server.state().account(connection.accountId())).isEmpty();

        server.simulateCheckpointApproved(connection.accountId());

        assertThat(client.accounts().get(connection.accountId()).type()).isEqualTo(AccountType.WHATSAPP);
    }

    @Test
    void aConnectThatMayHaveReachedUnipileIsNotSentTwice() {
        server.faults().on(AccountRoutes.CONNECT_ACCOUNT).dropConnectionAfterProcessing();

        UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                () -> onboarding.connect(LinkedInCredentials.basic("ann@example.com", "s3cret-pw"),
                        codes(new ArrayList<>())));

        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.getMessage()).doesNotContain("s3cret-pw");
        assertThat(server.journal().requests(AccountRoutes.CONNECT_ACCOUNT)).hasSize(1);
        assertThat(server.state().accounts()).hasSize(1); // it did connect: look it up before trying again
    }

    /** A user who types these codes, in order, and records what they were asked. */
    private static CheckpointPrompt codes(List<Checkpoint> asked, String... codes) {
        return new CheckpointPrompt() {
            private int next;

            @Override
            public String askCode(Checkpoint checkpoint) {
                asked.add(checkpoint);
                return codes[next++];
            }

            @Override
            public void showQrCode(String qrCode) {
                throw new AssertionError("unexpected QR code");
            }

            @Override
            public void askInAppApproval() {
                throw new AssertionError("unexpected approval");
            }
        };
    }
}
