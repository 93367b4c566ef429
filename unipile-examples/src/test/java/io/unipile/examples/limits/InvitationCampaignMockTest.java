package io.unipile.examples.limits;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.limits.LimitExceededException;
import io.unipile.limits.LimitMode;
import io.unipile.limits.LimitedAction;
import io.unipile.users.InviteRequest;
import io.unipile.users.UserInvitationSent;
import io.unipile.users.UsersClient;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The same service with a Mockito mock of {@link UnipileClient}: the refusal is whatever the test throws. */
class InvitationCampaignMockTest {
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final UsersClient users = mock(UsersClient.class);

    @Test
    void aRefusalEndsTheRunAndTellsWhenToResume() {
        Instant midnight = Instant.parse("2026-11-28T00:00:00Z");
        when(unipile.withOptions(any(RequestOptions.class))).thenReturn(unipile);
        when(unipile.users()).thenReturn(users);
        when(users.invite(any(InviteRequest.class)))
                .thenReturn(mock(UserInvitationSent.class))
                .thenThrow(new LimitExceededException("acc_1", LimitedAction.INVITATION,
                        LimitExceededException.Reason.DAILY_QUOTA, midnight, midnight.minusSeconds(3600)));

        InvitationCampaign.Result result = new InvitationCampaign(unipile, "acc_1", Duration.ofMinutes(2))
                .run(List.of("ACoA1", "ACoA2", "ACoA3"), "Hi");

        assertThat(result.invited()).containsExactly("ACoA1");
        assertThat(result.deferred()).containsExactly("ACoA2", "ACoA3");
        assertThat(result.resumeAt()).isEqualTo(midnight);
        ArgumentCaptor<RequestOptions> options = ArgumentCaptor.forClass(RequestOptions.class);
        verify(unipile).withOptions(options.capture());
        assertThat(options.getValue().attribute(LimitMode.class))
                .contains(LimitMode.waitUpTo(Duration.ofMinutes(2)));
        verify(users, times(2)).invite(any(InviteRequest.class));
    }
}
