package io.unipile.examples.limits;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.limits.LimitPolicy;
import io.unipile.limits.LimitedAction;
import io.unipile.limits.Quota;
import io.unipile.limits.UnipileLimits;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.users.UserRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign against the fake, with the guard in memory: three invitations a day, 50-100 ms apart. */
class InvitationCampaignTest {
    private FakeUnipileServer server;
    private UnipileLimits limits;
    private UnipileClient client;
    private FakeAccount account;

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
        account = server.state().addAccount(AccountType.LINKEDIN);
        limits = UnipileLimits.builder()
                .account(account.id(), LimitPolicy.builder().quota(LimitedAction.INVITATION,
                        Quota.perDay(3).spacedBetween(Duration.ofMillis(50), Duration.ofMillis(100))).build())
                .build();
        client = limits.bindTo(UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())).build();
    }

    @AfterEach
    void stop() {
        client.close();
        limits.close();
        server.close();
    }

    @Test
    void invitesUpToTheDailyQuotaSpacedOutAndDefersTheRestToMidnight() {
        InvitationCampaign campaign = new InvitationCampaign(client, account.id(), Duration.ofSeconds(5));

        InvitationCampaign.Result result = campaign.run(List.of("ACoA1", "ACoA2", "ACoA3", "ACoA4", "ACoA5"),
                "Hello from the example");

        assertThat(result.invited()).containsExactly("ACoA1", "ACoA2", "ACoA3");
        assertThat(result.deferred()).containsExactly("ACoA4", "ACoA5");
        assertThat(result.resumeAt()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        List<Instant> sent = server.journal().requests(UserRoutes.INVITE).stream().map(r -> r.receivedAt()).toList();
        assertThat(sent).hasSize(3);
        assertThat(java.time.Duration.between(sent.get(0), sent.get(2)))
                .as("two pauses of at least 50 ms").isGreaterThanOrEqualTo(Duration.ofMillis(80));
    }
}
