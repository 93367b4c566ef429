package io.unipile.limits;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.guard.CallGuard;
import io.unipile.guard.GuardedCall;
import io.unipile.linkedin.search.LinkedInSearch;
import io.unipile.messages.SendMessageRequest;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.users.InviteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.unipile.testkit.DemoData.LINKEDIN_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's {@link CallGuard} hook as a guard sees it and as a careless or hostile guard would use it, over real
 * loopback HTTP against the fake.
 */
@Timeout(60)
class CallGuardTest {
    private FakeUnipileServer server;
    private UnipileClient client;
    private final List<GuardedCall> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
        DemoData.load(server.state());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private UnipileClient client(String transport, CallGuard guard) {
        client = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).transport(transport)
                .callGuard(call -> {
                    seen.add(call);
                    return guard.admit(call);
                }).build();
        return client;
    }

    private static CallGuard admitAll() {
        return call -> CompletableFuture.completedFuture(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void aGuardReadsTheOperationAndTheValuesOfQueryJsonAndMultipartRequests(String transport) {
        client(transport, admitAll());
        client.users().get("john doe/é", LINKEDIN_ACCOUNT_ID);
        client.users().invite(InviteRequest.builder(LINKEDIN_ACCOUNT_ID, "ACoAAMember1").message("Hi + bye").build());
        client.chats().start(StartChatRequest.builder(LINKEDIN_ACCOUNT_ID, DemoData.BOB_PROVIDER_ID).text("hi")
                .linkedin(io.unipile.chats.LinkedInOptions.classic().inmail(true).build()).build());
        client.linkedin().search().search(LinkedInSearch.classicPeople().accountId(LINKEDIN_ACCOUNT_ID)
                .keywords("java").limit(7).build());

        GuardedCall profile = seen.get(0);
        assertThat(profile.uri()).isEqualTo("/api/v1/users/{identifier}");
        assertThat(profile.pathValue("identifier")).contains("john doe/é");
        assertThat(profile.accountId()).contains(LINKEDIN_ACCOUNT_ID);
        assertThat(profile.field("nothing")).isEmpty();

        GuardedCall invite = seen.get(1);
        assertThat(invite.uri()).isEqualTo("/api/v1/users/invite");
        assertThat(invite.accountId()).contains(LINKEDIN_ACCOUNT_ID);
        assertThat(invite.field("message")).contains("Hi + bye");

        GuardedCall start = seen.get(2);
        assertThat(start.accountId()).contains(LINKEDIN_ACCOUNT_ID);
        assertThat(start.field("linkedin[inmail]")).contains("true");
        assertThat(start.field("text")).contains("hi");

        GuardedCall search = seen.get(3);
        assertThat(search.field("limit")).contains("7");
        assertThat(search.field("api")).contains("classic");
        assertThat(search.field("keywords")).contains("java");
        assertThat(seen).allSatisfy(c -> {
            assertThat(c.toString()).doesNotContain(server.apiKey());
            assertThat(c.options().toString()).doesNotContain(server.apiKey());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void aRefusedCallIsNeverSentAndTheCallerGetsTheGuardsException(String transport) {
        IllegalStateException no = new IllegalStateException("not now");
        client(transport, call -> CompletableFuture.failedFuture(no));
        assertThatThrownBy(() -> client.users().get("bob", LINKEDIN_ACCOUNT_ID)).isSameAs(no);
        assertThatThrownBy(() -> client.users().getAsync("bob", LINKEDIN_ACCOUNT_ID).join())
                .isInstanceOf(CompletionException.class).hasCause(no);
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isZero();
    }

    @Test
    void aGuardThatThrowsReturnsNullOrFailsWithACheckedExceptionRefusesTheCall() {
        client("jdk", call -> {
            throw new IllegalArgumentException("broken guard");
        });
        assertThatThrownBy(() -> client.users().get("bob", LINKEDIN_ACCOUNT_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("broken guard");
        client.close();

        client("jdk", call -> null);
        assertThatThrownBy(() -> client.users().get("bob", LINKEDIN_ACCOUNT_ID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned null");
        client.close();

        client("jdk", call -> CompletableFuture.failedFuture(new IOException("checked")));
        assertThatThrownBy(() -> client.users().get("bob", LINKEDIN_ACCOUNT_ID))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class);
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isZero();
    }

    @Test
    void aCallIsAdmittedOnceHoweverManyTimesItIsRetried() {
        client("jdk", admitAll());
        server.faults().on(UserRoutes.GET_PROFILE).next(2).respond(503);
        client.users().get("bob", LINKEDIN_ACCOUNT_ID);
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isEqualTo(3);
        assertThat(seen).hasSize(1);
    }

    @Test
    void eachPageOfAListingIsAdmitted() {
        client("jdk", admitAll());
        long chats = client.chats().listAll(io.unipile.chats.ListChatsRequest.builder().limit(1).build())
                .stream().limit(3).count();
        assertThat(chats).isEqualTo(3);
        assertThat(seen).hasSize(3);
    }

    @Test
    void aBlockingCallHeldByTheGuardGivesUpWhenItsThreadIsInterruptedAndSendsNothing() throws Exception {
        CompletableFuture<Void> never = new CompletableFuture<>();
        client("jdk", call -> never);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                client.users().get("bob", LINKEDIN_ACCOUNT_ID);
            } catch (Throwable t) {
                thrown.set(t);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        while (seen.isEmpty()) {
            Thread.sleep(5);
        }
        caller.interrupt();
        caller.join(10_000);
        assertThat(thrown.get()).isInstanceOfSatisfying(UnipileTransportException.class,
                e -> assertThat(e.mayHaveReachedServer()).isFalse());
        assertThat(interrupted.get()).isTrue();
        assertThat(never).as("the guard's stage is released").isCancelled();
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isZero();
    }

    @Test
    void anAsyncCallCancelledWhileHeldReleasesTheGuardAndIsNotSentWhenAdmittedLater() throws Exception {
        CompletableFuture<Void> later = new CompletableFuture<>();
        client("httpclient", call -> later);
        CompletableFuture<?> call = client.users().getAsync("bob", LINKEDIN_ACCOUNT_ID);
        call.cancel(true);
        assertThat(later).isCancelled();
        assertThat(server.journal().count(UserRoutes.GET_PROFILE)).isZero();
    }

    @Test
    void aCallAdmittedAfterTheClientClosedIsNotSent() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        client("jdk", call -> gate);
        CompletableFuture<?> call = client.chats().sendMessageAsync(DemoData.LINKEDIN_CHAT_ID,
                SendMessageRequest.ofText("late"));
        client.close();
        gate.complete(null);
        assertThatThrownBy(call::join).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(server.journal().count(ChatRoutes.SEND_MESSAGE)).isZero();
    }

    @Test
    void theGuardsLookupClientIsNotGuardedAndCarriesNoCallOptions() throws Exception {
        CountDownLatch looked = new CountDownLatch(1);
        client("jdk", call -> call.uri().equals("/api/v1/chats/{chat_id}/messages")
                ? call.client().chats().getAsync(call.pathValue("chat_id").orElseThrow())
                        .thenAccept(chat -> looked.countDown())
                : CompletableFuture.completedFuture(null));
        client.withOptions(RequestOptions.builder().header("X-Trace", "t1").build()).chats()
                .sendMessage(DemoData.LINKEDIN_CHAT_ID, SendMessageRequest.ofText("hello"));
        assertThat(looked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the look-up was not admitted").hasSize(1);
        assertThat(server.journal().requests(ChatRoutes.GET_CHAT).get(0).header("X-Trace")).isEmpty();
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE).get(0).header("X-Trace")).contains("t1");
    }

    @Test
    void requestOptionsCarryAttributesByTypeMergedLaterWins() {
        RequestOptions a = LimitMode.failFast().asOptions();
        RequestOptions b = a.merge(LimitMode.waitUpTo(Duration.ofSeconds(3)).asOptions());
        assertThat(a.attribute(LimitMode.class)).contains(LimitMode.failFast());
        assertThat(b.attribute(LimitMode.class)).contains(LimitMode.waitUpTo(Duration.ofSeconds(3)));
        assertThat(b.attribute(String.class)).isEmpty();
        assertThat(b.isEmpty()).isFalse();
        assertThat(b.toBuilder().build()).isEqualTo(b);
        assertThatThrownBy(() -> RequestOptions.builder().attribute(LimitMode.class, null))
                .hasMessageContaining("attribute value");
    }
}
