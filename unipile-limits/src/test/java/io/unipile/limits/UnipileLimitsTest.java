package io.unipile.limits;

import io.unipile.UnipileClient;
import io.unipile.chats.StartChatRequest;
import io.unipile.messages.SendMessageRequest;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.users.UserRoutes;
import io.unipile.testsupport.ManualTime;
import io.unipile.users.InviteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static io.unipile.testkit.DemoData.LINKEDIN_ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quotas, spacing and the two modes, in memory, over real loopback HTTP against the fake, on both transports. */
@Timeout(60)
class UnipileLimitsTest {
    private final ManualTime time = new ManualTime(); // Wednesday 2026-11-25T10:00Z
    private FakeUnipileServer server;
    private UnipileClient client;
    private UnipileLimits limits;

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
        if (limits != null) {
            limits.close();
        }
        server.close();
    }

    private UnipileClient client(String transport, Consumer<UnipileLimits.Builder> config) {
        UnipileLimits.Builder b = UnipileLimits.builder().clock(time);
        config.accept(b);
        limits = b.build();
        client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                .transport(transport)).build();
        return client;
    }

    private static LimitPolicy only(LimitedAction action, Quota quota) {
        return LimitPolicy.builder().quota(action, quota).build();
    }

    private void view(String who) {
        client.users().get(who, LINKEDIN_ACCOUNT_ID);
    }

    private int profileViewsSent() {
        return server.journal().count(UserRoutes.GET_PROFILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient"})
    void aDailyQuotaLetsItsCountThroughThenRefusesUntilMidnightWithNothingSent(String transport) {
        client(transport, b -> b.account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW, Quota.perDay(3))));
        view("alice");
        view("bob");
        view("carol");

        assertThatThrownBy(() -> view("dan"))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.DAILY_QUOTA);
                    assertThat(e.action()).isEqualTo(LimitedAction.PROFILE_VIEW);
                    assertThat(e.accountId()).isEqualTo(LINKEDIN_ACCOUNT_ID);
                    assertThat(e.allowedAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
                    assertThat(e.getMessage()).contains("profile-view", LINKEDIN_ACCOUNT_ID, "nothing was sent",
                            "2026-11-26T00:00:00Z");
                });
        assertThat(profileViewsSent()).isEqualTo(3);

        time.advance(Duration.ofHours(13).plusMinutes(59));
        assertThatThrownBy(() -> view("dan")).isInstanceOf(LimitExceededException.class);
        time.advance(Duration.ofMinutes(1)); // midnight UTC
        view("dan");
        assertThat(profileViewsSent()).isEqualTo(4);
    }

    @Test
    void theDocumentedDefaultsApplyToTheDetectedKind() {
        // The demo LinkedIn account is Premium (read from the account): 80 profile views a day, 30-90 s apart.
        client("httpclient", b -> { });
        for (int i = 0; i < 80; i++) {
            view("member" + i);
            if (i == 79) {
                break; // the day's quota is used: that, not the pause, is what a refusal now reports
            }
            LimitExceededException early = catchLimit(() -> view("too-soon"));
            assertThat(early.reason()).isEqualTo(LimitExceededException.Reason.SPACING);
            assertThat(Duration.between(time.instant(), early.allowedAt()))
                    .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
            time.advance(Duration.ofSeconds(90));
        }
        assertThat(catchLimit(() -> view("one-too-many")).reason())
                .isEqualTo(LimitExceededException.Reason.DAILY_QUOTA);
        assertThat(profileViewsSent()).isEqualTo(80);

        LimitPolicy premium = LimitPolicy.defaults(AccountKind.PREMIUM);
        assertThat(premium.quota(LimitedAction.INVITATION)).get()
                .satisfies(q -> assertThat(List.of(q.perDay(), q.perWeek())).containsExactly(80, 200));
        LimitPolicy free = LimitPolicy.defaults(AccountKind.FREE);
        assertThat(free.quota(LimitedAction.INVITATION)).get()
                .satisfies(q -> assertThat(List.of(q.perDay(), q.perWeek())).containsExactly(Quota.UNLIMITED, 150));
        assertThat(free.quota(LimitedAction.INVITATION_WITH_NOTE)).get()
                .satisfies(q -> assertThat(q.perWeek()).isEqualTo(15));
        assertThat(LimitPolicy.defaults(AccountKind.SALES_NAVIGATOR).quota(LimitedAction.SEARCH_RESULTS)).get()
                .satisfies(q -> assertThat(q.perDay()).isEqualTo(2500));
        assertThat(free.quota(LimitedAction.SEARCH_RESULTS)).get()
                .satisfies(q -> assertThat(q.perDay()).isEqualTo(1000));
    }

    @Test
    void aWeeklyQuotaHoldsAcrossDaysUntilMonday() {
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID,
                only(LimitedAction.PROFILE_VIEW, Quota.perDay(2).andPerWeek(3))));
        view("a");
        view("b");
        assertThatThrownBy(() -> view("c")).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.DAILY_QUOTA));
        time.advance(Duration.ofHours(14)); // Thursday 00:00
        view("c");
        assertThatThrownBy(() -> view("d")).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.WEEKLY_QUOTA);
            assertThat(e.allowedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        });
        time.advance(Duration.ofDays(1)); // Friday: a new day, the same week
        assertThatThrownBy(() -> view("d")).isInstanceOf(LimitExceededException.class);
        time.advance(Duration.ofDays(3)); // Monday
        view("d");
        assertThat(profileViewsSent()).isEqualTo(4);
    }

    @Test
    void daysFollowTheConfiguredZone() {
        client("jdk", b -> b.zone(java.time.ZoneOffset.ofHours(-5))
                .account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW, Quota.perDay(1))));
        view("a");
        assertThatThrownBy(() -> view("b")).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.allowedAt()).isEqualTo(Instant.parse("2026-11-26T05:00:00Z")));
        // A zone with daylight saving would move midnight by an hour twice a year: refused when configured.
        assertThatThrownBy(() -> UnipileLimits.builder().zone(java.time.ZoneId.of("Europe/Paris")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed offset");
        assertThatThrownBy(() -> Quota.perDay(1).spacedBetween(Duration.ZERO, Duration.ofNanos(500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("millisecond");
    }

    @Test
    void theSpacingIsRandomWithinItsBoundsAndRefusesUntilItIsOver() {
        Quota spaced = Quota.perDay(1000).spacedBetween(Duration.ofMinutes(1), Duration.ofMinutes(5));
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW, spaced)));
        Set<Long> pauses = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            view("member" + i);
            Instant after = time.instant();
            LimitExceededException e = catchLimit(() -> view("early"));
            assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.SPACING);
            Duration pause = Duration.between(after, e.allowedAt());
            assertThat(pause).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(5));
            pauses.add(pause.toSeconds());
            time.advance(pause);
        }
        assertThat(profileViewsSent()).isEqualTo(12);
        assertThat(pauses).as("pauses drawn at random").hasSizeGreaterThan(3);
    }

    @Test
    void aUsedQuotaIsReportedBeforeAPauseThatIsNotOver() {
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW,
                Quota.perDay(2).spacedBetween(Duration.ofMinutes(1), Duration.ofMinutes(2)))));
        view("a");
        time.advance(Duration.ofMinutes(2));
        view("b");
        // Both the pause and the day's quota say no: the quota is what the caller must wait for.
        LimitExceededException e = catchLimit(() -> view("c"));
        assertThat(e.reason()).isEqualTo(LimitExceededException.Reason.DAILY_QUOTA);
        assertThat(e.allowedAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        // Refused by the quota, the call took no pause: after midnight it goes at once.
        time.advance(Duration.ofHours(14));
        view("c");
        assertThat(profileViewsSent()).isEqualTo(3);
    }

    @Test
    void anInvitationWithANoteIsChargedToBothBudgetsAndARefusalGivesBackWhatWasTaken() {
        LimitPolicy policy = LimitPolicy.builder()
                .quota(LimitedAction.INVITATION, Quota.perDay(3))
                .quota(LimitedAction.INVITATION_WITH_NOTE, Quota.perWeek(1)).build();
        client("httpclient", b -> b.account(LINKEDIN_ACCOUNT_ID, policy));
        client.users().invite(invite("ACoAAMember1").message("Hello").build());
        LimitExceededException note = catchLimit(() ->
                client.users().invite(invite("ACoAAMember2").message("Hello again").build()));
        assertThat(note.action()).isEqualTo(LimitedAction.INVITATION_WITH_NOTE);
        // The refused invitation's INVITATION token was given back: two plain invitations still fit today.
        client.users().invite(invite("ACoAAMember3").build());
        client.users().invite(invite("ACoAAMember4").build());
        assertThat(catchLimit(() -> client.users().invite(invite("ACoAAMember5").build())).action())
                .isEqualTo(LimitedAction.INVITATION);
        assertThat(server.journal().count(UserRoutes.INVITE)).isEqualTo(3);
    }

    private static InviteRequest.Builder invite(String providerId) {
        return InviteRequest.builder(LINKEDIN_ACCOUNT_ID, providerId);
    }

    @Test
    void aMessageInAChatIsChargedToTheChatsAccountLookedUpOnce() {
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.MESSAGE, Quota.perDay(2))));
        client.chats().sendMessage(DemoData.LINKEDIN_CHAT_ID, SendMessageRequest.ofText("one"));
        client.chats().sendMessage(DemoData.LINKEDIN_CHAT_ID, SendMessageRequest.ofText("two"));
        assertThat(catchLimit(() -> client.chats().sendMessage(DemoData.LINKEDIN_CHAT_ID,
                SendMessageRequest.ofText("three"))).accountId()).isEqualTo(LINKEDIN_ACCOUNT_ID);
        assertThat(server.journal().count(ChatRoutes.SEND_MESSAGE)).isEqualTo(2);
        assertThat(server.journal().count(ChatRoutes.GET_CHAT)).isEqualTo(1);
    }

    @Test
    void kindsAreReadFromTheAccountOnceAndOtherProvidersAreNotLimited() {
        // The demo LinkedIn account is premium: premium quotas, replaced here by a tiny one to see them apply.
        client("jdk", b -> b.policy(AccountKind.PREMIUM, only(LimitedAction.MESSAGE, Quota.perDay(1)))
                .policy(AccountKind.FREE, LimitPolicy.unlimited()));
        client.chats().start(StartChatRequest.builder(LINKEDIN_ACCOUNT_ID, DemoData.BOB_PROVIDER_ID)
                .text("hi").build());
        assertThat(catchLimit(() -> client.chats().sendMessage(DemoData.LINKEDIN_CHAT_ID,
                SendMessageRequest.ofText("again"))).action()).isEqualTo(LimitedAction.MESSAGE);
        for (int i = 0; i < 5; i++) {
            client.chats().sendMessage(DemoData.WHATSAPP_CHAT_ID, SendMessageRequest.ofText("whatsapp " + i));
        }
        assertThat(server.journal().count(AccountRoutes.GET_ACCOUNT)).as("one look-up per account").isEqualTo(2);
        assertThat(server.journal().count(ChatRoutes.SEND_MESSAGE)).isEqualTo(5);
    }

    @Test
    void anInMailIsNotAMessage() {
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID, LimitPolicy.builder()
                .quota(LimitedAction.MESSAGE, Quota.perDay(0)).quota(LimitedAction.INMAIL, Quota.perDay(1)).build()));
        client.chats().start(StartChatRequest.builder(LINKEDIN_ACCOUNT_ID, DemoData.BOB_PROVIDER_ID)
                .text("hi").linkedin(io.unipile.chats.LinkedInOptions.classic().inmail(true).build()).build());
        assertThat(catchLimit(() -> client.chats().start(StartChatRequest.builder(LINKEDIN_ACCOUNT_ID,
                DemoData.BOB_PROVIDER_ID).text("hi").build())).reason())
                .isEqualTo(LimitExceededException.Reason.LARGER_THAN_QUOTA);
    }

    @Test
    void aWaitingAsyncCallGoesWhenTheSpacingIsOverWithoutHoldingAThread() throws Exception {
        // Real time here: 300 ms pauses, waited for by the guard's timer, not by a thread per call.
        limits = UnipileLimits.builder().mode(LimitMode.waitUpTo(Duration.ofSeconds(20)))
                .account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW,
                        Quota.perDay(100).spacedBetween(Duration.ofMillis(300), Duration.ofMillis(300))))
                .build();
        client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                .transport("jdk")).build();
        client.accounts().list(); // a warm connection, so that each call takes as long to reach the fake
        int threadsBefore = Thread.activeCount();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(client.users().getAsync("member" + i, LINKEDIN_ACCOUNT_ID));
        }
        assertThat(calls.stream().filter(CompletableFuture::isDone).count()).isLessThan(5);
        assertThat(Thread.activeCount() - threadsBefore).as("no thread per waiting call").isLessThan(5);
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();

        List<Instant> received = server.journal().requests(UserRoutes.GET_PROFILE).stream()
                .map(r -> r.receivedAt()).sorted().toList();
        assertThat(received).hasSize(5);
        for (int i = 1; i < received.size(); i++) {
            assertThat(Duration.between(received.get(i - 1), received.get(i)))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    void aWaitLongerThanTheModeAllowsFailsAtOnceAndPerCallOptionsChooseTheMode() {
        client("jdk", b -> b.mode(LimitMode.waitUpTo(Duration.ofHours(1)))
                .account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW, Quota.perDay(1))));
        view("a");
        long start = System.nanoTime();
        CompletableFuture<?> refused = client.users().getAsync("b", LINKEDIN_ACCOUNT_ID);
        assertThatThrownBy(refused::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(LimitExceededException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        // A per-call mode that waits long enough: the call is held (ManualTime never reaches midnight by itself).
        CompletableFuture<?> held = client.withOptions(LimitMode.waitUpTo(Duration.ofDays(1)).asOptions())
                .users().getAsync("c", LINKEDIN_ACCOUNT_ID);
        assertThat(held).isNotDone();
        held.cancel(true);
        assertThat(profileViewsSent()).isEqualTo(1);
    }

    @Test
    void aCancelledWaitingCallTakesNothingFromTheBudget() throws Exception {
        limits = UnipileLimits.builder().account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW,
                Quota.perDay(100).spacedBetween(Duration.ofMillis(300), Duration.ofMillis(300)))).build();
        client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                .transport("jdk")).build();
        view("first");
        CompletableFuture<?> held = client.withOptions(LimitMode.waitUpTo(Duration.ofSeconds(10)).asOptions())
                .users().getAsync("held", LINKEDIN_ACCOUNT_ID);
        held.cancel(true);
        Thread.sleep(700); // the held call's turn came and went: had it taken it, the next pause would run now
        view("next");
        assertThat(profileViewsSent()).isEqualTo(2);
    }

    @Test
    void closingTheGuardFailsTheCallsStillWaitingAndSendsNothing() throws Exception {
        limits = UnipileLimits.builder().mode(LimitMode.waitUpTo(Duration.ofMinutes(5)))
                .account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW,
                        Quota.perDay(100).spacedBetween(Duration.ofMinutes(1), Duration.ofMinutes(1)))).build();
        client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())
                .transport("httpclient")).build();
        view("first");
        CompletableFuture<?> async = client.users().getAsync("async", LINKEDIN_ACCOUNT_ID);
        AtomicReference<Throwable> blocking = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                view("blocking");
            } catch (Throwable t) {
                blocking.set(t);
            }
        });
        caller.start();
        Thread.sleep(200);
        limits.close();
        caller.join(5_000);
        assertThat(blocking.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(async::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(profileViewsSent()).isEqualTo(1);
    }

    @Test
    void aFailedKindLookUpIsTreatedLikeTheStoreBeingAwayButA404LetsTheCallMeetIt() {
        client("jdk", b -> { });
        server.faults().on(AccountRoutes.GET_ACCOUNT).always().respond(500);
        assertThatThrownBy(() -> view("bob")).isInstanceOfSatisfying(LimitStoreUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("look-up", "nothing was sent"));
        assertThat(profileViewsSent()).isZero();
        server.faults().clear();

        assertThatThrownBy(() -> client.users().get("bob", "noSuchAccount"))
                .isInstanceOf(io.unipile.errors.NotFoundException.class);
        assertThat(profileViewsSent()).as("sent, and answered 404 by Unipile").isEqualTo(1);
    }

    @Test
    void aStoreThatThrowsInsteadOfFailingItsFutureRefusesTheCall() {
        LimitStore throwing = storeThatThrows(() -> new IllegalStateException("broken store"));
        client("jdk", b -> b.store(throwing)
                .account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.PROFILE_VIEW, Quota.perDay(5))));
        assertThatThrownBy(() -> view("bob")).isInstanceOf(LimitStoreUnavailableException.class)
                .hasRootCauseMessage("broken store");
        assertThat(profileViewsSent()).isZero();
    }

    @Test
    void aSearchPageIsChargedTheResultsItAsksFor() {
        client("jdk", b -> b.account(LINKEDIN_ACCOUNT_ID, only(LimitedAction.SEARCH_RESULTS, Quota.perDay(25))));
        search(10);
        search(10);
        assertThat(catchLimit(() -> search(10)).reason()).isEqualTo(LimitExceededException.Reason.DAILY_QUOTA);
        search(5);
        assertThat(catchLimit(() -> search(30)).reason())
                .isEqualTo(LimitExceededException.Reason.LARGER_THAN_QUOTA);
    }

    private void search(int limit) {
        client.linkedin().search().search(io.unipile.linkedin.search.LinkedInSearch.classicPeople()
                .accountId(LINKEDIN_ACCOUNT_ID).keywords("java").limit(limit).build());
    }

    @Test
    void callsThatAreNotLimitedActionsPassWithoutTouchingTheStore() {
        LimitStore failing = storeThatThrows(() -> new AssertionError("the store was used"));
        client("jdk", b -> b.store(failing));
        client.accounts().list();
        client.chats().get(DemoData.LINKEDIN_CHAT_ID);
        client.users().me(LINKEDIN_ACCOUNT_ID);
    }

    /** A store whose every operation throws what {@code error} makes, instead of failing its future. */
    private static LimitStore storeThatThrows(java.util.function.Supplier<? extends Throwable> error) {
        return new LimitStore() {
            @Override
            public CompletableFuture<io.github.bucket4j.ConsumptionProbe> tryConsume(String k,
                    io.github.bucket4j.BucketConfiguration c, long t) {
                return throwNow(error.get());
            }

            @Override
            public CompletableFuture<Void> addTokens(String k, io.github.bucket4j.BucketConfiguration c, long t) {
                return throwNow(error.get());
            }
        };
    }

    private static <T> T throwNow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    private static LimitExceededException catchLimit(Runnable call) {
        try {
            call.run();
        } catch (LimitExceededException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
