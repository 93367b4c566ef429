package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.errors.CircuitOpenException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileResponseFormatException;
import io.unipile.errors.UnipileTimeoutException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.SendMessageRequest;
import io.unipile.resilience.CircuitBreakerPolicy;
import io.unipile.resilience.RetryPolicy;
import io.unipile.resilience.UnipileEvent;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.Fault;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testsupport.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every retry, timeout and circuit rule, end to end through a real transport against the fake Unipile's fault
 * injection. Waits go through a recording sleeper, so the delays are asserted exactly and nothing really sleeps;
 * the fake's journal proves how often a write reached the server and whether it was stored.
 */
@Timeout(60)
public abstract class ResilienceSuite {
    private static final RetryPolicy EXACT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 0,
            Duration.ofSeconds(30));

    protected FakeUnipileServer server;
    protected FakeAccount account;
    protected FakeChat chat;
    protected final List<UnipileEvent> events = new CopyOnWriteArrayList<>();
    /** The client's clock and sleeper: waits are recorded, not waited, and move the clock. */
    protected final ManualTime time = new ManualTime();
    private UnipileClient client;

    /** The transport under test. */
    protected abstract UnipileTransportProvider transportProvider();

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
        account = server.state().addAccount(AccountType.LINKEDIN);
        chat = server.state().addChat(account.id(), "ACoAAbob");
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    protected UnipileClient.Builder clientBuilder() {
        return UnipileClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(server.apiKey())
                .transport(transportProvider())
                .retryPolicy(EXACT)
                .disableCircuitBreaker()
                .sleeper(time)
                .clock(time)
                .eventListener(events::add)
                .requestTimeout(Duration.ofSeconds(5));
    }

    protected UnipileClient client() {
        if (client == null) {
            client = clientBuilder().build();
        }
        return client;
    }

    private UnipileClient client(UnipileClient.Builder builder) {
        client = builder.build();
        return client;
    }

    private int sent(Route route) {
        return server.journal().count(route);
    }

    private long stored() {
        return server.state().sentMessages().size();
    }

    private static SendMessageRequest hello() {
        return SendMessageRequest.ofText("hello");
    }

    // ---- reads ----

    @Test
    void aReadIsRetriedOn503And504WithExponentialDelays() {
        server.faults().on(AccountRoutes.GET_ACCOUNT).respond(503);
        server.faults().on(AccountRoutes.GET_ACCOUNT).respond(504);

        Account a = client().accounts().get(account.id());

        assertThat(a.id()).isEqualTo(account.id());
        assertThat(sent(AccountRoutes.GET_ACCOUNT)).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aReadIsRetriedAfterItsBodyWasCutOffOrItsConnectionDropped() {
        server.faults().on(ChatRoutes.GET_CHAT).dropConnection();
        server.faults().on(ChatRoutes.GET_CHAT).htmlErrorPage(502);

        assertThat(client().chats().get(chat.id()).id()).isEqualTo(chat.id());
        assertThat(time.sleeps()).isNotEmpty();
    }

    @Test
    void retriesEndAndTheLastErrorIsReported() {
        server.faults().on(AccountRoutes.GET_ACCOUNT).always().respond(500);

        ServerException e = catchThrowableOfType(ServerException.class, () -> client().accounts().get(account.id()));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(sent(AccountRoutes.GET_ACCOUNT)).isEqualTo(3);
    }

    @Test
    void retryAfterInSecondsIsHonouredExactly() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).tooManyRequests(Duration.ofSeconds(3));

        assertThat(client().accounts().list().items()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        // The date is read against the client's clock, which this suite controls.
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).inject(Fault.tooManyRequests(time.instant().plusSeconds(9)));

        assertThat(client().accounts().list().items()).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void aRetryAfterBeyondTheCapIsReportedNotWaitedFor() {
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).tooManyRequests(Duration.ofSeconds(120));

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client().accounts().list());

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(time.sleeps()).isEmpty();
    }

    // ---- writes: never duplicated ----

    @Test
    void aWriteAnswered429IsRetriedAndStoredOnce() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).tooManyRequests(Duration.ofSeconds(1));

        assertThat(client().chats().sendMessage(chat.id(), hello()).messageId()).isNotNull();
        assertThat(sent(ChatRoutes.SEND_MESSAGE)).isEqualTo(2);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aWriteAnswered503IsNotResentAndItsOutcomeIsUnknown() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).inject(Fault.status(503).afterProcessing());

        ServerException e = catchThrowableOfType(ServerException.class,
                () -> client().chats().sendMessage(chat.id(), hello()));

        assertThat(e.details().isOutcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("outcome is unknown");
        assertThat(sent(ChatRoutes.SEND_MESSAGE)).isEqualTo(1);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aWriteWhoseConnectionDroppedAfterProcessingIsNotResent() {
        server.faults().on(ChatRoutes.START_CHAT).dropConnectionAfterProcessing();

        UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                () -> client().chats().start(io.unipile.chats.StartChatRequest.builder(account.id(), "ACoAAann")
                        .text("hi").build()));

        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.getMessage()).contains("outcome is unknown");
        assertThat(sent(ChatRoutes.START_CHAT)).isEqualTo(1);
        assertThat(server.state().startedChats()).hasSize(1);
    }

    @Test
    void aWriteWhoseConnectionDroppedBeforeProcessingIsStillNotResent() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).dropConnection();

        UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                () -> client().chats().sendMessage(chat.id(), hello()));

        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(sent(ChatRoutes.SEND_MESSAGE)).isEqualTo(1);
        assertThat(stored()).isZero();
    }

    @Test
    void aWriteThatTimesOutIsNotResent() throws InterruptedException {
        server.faults().on(ChatRoutes.SEND_MESSAGE).delay(Duration.ofSeconds(2));
        UnipileClient c = client(clientBuilder().requestTimeout(Duration.ofMillis(300)));

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                () -> c.chats().sendMessage(chat.id(), hello()));

        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(time.sleeps()).isEmpty();
        // The fake handles the request once its delay is over: the message lands although the caller gave up.
        assertThat(server.journal().awaitRequests(ChatRoutes.SEND_MESSAGE, 1, Duration.ofSeconds(10))).hasSize(1);
        assertThat(sent(ChatRoutes.SEND_MESSAGE)).isEqualTo(1);
    }

    @Test
    void aWriteToAServerThatIsNotListeningIsRetriedBecauseItNeverLeft() {
        UnipileClient.Builder builder = clientBuilder();
        server.close();
        UnipileClient c = client(builder);

        UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                () -> c.chats().sendMessage("c1", hello()));

        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void aConnectTimeoutMeansTheWriteNeverLeftAndIsRetried() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Fill the accept queue of a server that never accepts: the kernel then drops further SYNs, so the next
            // connect can only time out.
            List<Socket> fillers = new ArrayList<>();
            boolean queueFull = false;
            try {
                for (int i = 0; i < 16 && !queueFull; i++) {
                    Socket filler = new Socket();
                    fillers.add(filler);
                    try {
                        filler.connect(full.getLocalSocketAddress(), 200);
                    } catch (SocketTimeoutException expected) {
                        queueFull = true;
                    }
                }
                assumeTrue(queueFull, "this system does not drop SYNs when the accept queue is full");
                UnipileClient c = client(clientBuilder().baseUrl("http://127.0.0.1:" + full.getLocalPort())
                        .connectTimeout(Duration.ofMillis(300)));

                UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                        () -> c.chats().sendMessage("c1", hello()));

                assertThat(e.mayHaveReachedServer()).isFalse();
                assertThat(time.sleeps()).hasSize(2);
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void asyncWritesFollowTheSameRules() {
        server.faults().on(ChatRoutes.SEND_MESSAGE).tooManyRequests(Duration.ofSeconds(1));
        server.faults().on(ChatRoutes.SEND_MESSAGE).inject(Fault.status(500).afterProcessing());

        assertThatThrownBy(() -> client().chats().sendMessageAsync(chat.id(), hello()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ServerException.class);
        assertThat(sent(ChatRoutes.SEND_MESSAGE)).isEqualTo(2);
        assertThat(stored()).isEqualTo(1);
    }

    // ---- timeouts ----

    @Test
    void aSlowReadTimesOutPerAttemptAndIsRetried() {
        server.faults().on(AccountRoutes.GET_ACCOUNT).delay(Duration.ofSeconds(4));
        UnipileClient c = client(clientBuilder().requestTimeout(Duration.ofSeconds(1)));

        assertThat(c.accounts().get(account.id()).id()).isEqualTo(account.id());
        // Only the first attempt is delayed; a busy machine may still let a later one run past its second.
        assertThat(time.sleeps()).startsWith(Duration.ofMillis(200));
    }

    @Test
    void theOverallDeadlineEndsACallAcrossAttempts() {
        server.faults().on(AccountRoutes.GET_ACCOUNT).always().delay(Duration.ofSeconds(3));
        UnipileClient c = client(clientBuilder().retryPolicy(RetryPolicy.NONE).requestTimeout(Duration.ofSeconds(10))
                .overallTimeout(Duration.ofMillis(400)));
        long start = System.nanoTime();

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class,
                () -> c.accounts().get(account.id()));

        assertThat(e.getMessage()).contains("overall timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBodyThatStallsAfterTheHeadersEndsWithATimeout() {
        server.faults().on(ChatRoutes.GET_CHAT).stallAfterHeaders();
        UnipileClient c = client(clientBuilder().requestTimeout(Duration.ofMillis(500)));

        UnipileTimeoutException e = catchThrowableOfType(UnipileTimeoutException.class, () -> c.chats().get(chat.id()));

        // Silence and the attempt's deadline over a parsed body are both the request timeout: either may fire first.
        assertThat(e.getMessage()).containsAnyOf("no data arrived", "not read within the request timeout");
    }

    @Test
    void aTruncatedBodyIsAFormatErrorNotAHang() {
        server.faults().on(ChatRoutes.GET_CHAT).malformedBody();

        assertThatThrownBy(() -> client().chats().get(chat.id())).isInstanceOf(UnipileResponseFormatException.class);
    }

    // ---- circuit breaker ----

    @Test
    void theCircuitOpensFailsFastAndRecoversAfterItsWait() {
        UnipileClient c = client(clientBuilder().retryPolicy(RetryPolicy.NONE)
                .circuitBreakerPolicy(new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 1)));
        server.faults().on(AccountRoutes.GET_ACCOUNT).next(4).respond(503);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> c.accounts().get(account.id())).isInstanceOf(ServerException.class);
        }

        CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class,
                () -> c.accounts().get(account.id()));
        assertThat(open.mayHaveReachedServer()).isFalse();
        assertThat(sent(AccountRoutes.GET_ACCOUNT)).isEqualTo(4);

        time.advance(Duration.ofSeconds(31));
        assertThat(c.accounts().get(account.id()).id()).isEqualTo(account.id());
        assertThat(c.accounts().get(account.id()).id()).isEqualTo(account.id());
        assertThat(events).filteredOn(ev -> ev instanceof UnipileEvent.CircuitStateChanged)
                .extracting(ev -> ((UnipileEvent.CircuitStateChanged) ev).toState())
                .containsExactly("OPEN", "HALF_OPEN", "CLOSED");
    }

    @Test
    void clientErrorsNeverOpenTheCircuit() {
        UnipileClient c = client(clientBuilder().retryPolicy(RetryPolicy.NONE)
                .circuitBreakerPolicy(new CircuitBreakerPolicy(true, 50f, 4, 4, Duration.ofSeconds(30), 1)));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> c.accounts().get("missing")).hasMessageContaining("404");
        }
        assertThat(c.accounts().get(account.id()).id()).isEqualTo(account.id());
    }
}
