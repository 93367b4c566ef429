package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.ChatsClient;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.ErrorDetails;
import io.unipile.errors.UnipileTransportException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.examples.outreach.CandidateOutreach.Candidate;
import io.unipile.examples.outreach.CandidateOutreach.Status;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The same service as {@link CandidateOutreachTest}, unit-tested with a Mockito mock of {@link UnipileClient}
 * instead of the fake: the client surface is interfaces, so a mock needs no server, and replies and exceptions are
 * whatever the test makes them.
 */
class CandidateOutreachMockTest {
    private final UnipileClient unipile = mock(UnipileClient.class);
    private final ChatsClient chats = mock(ChatsClient.class);

    @Test
    void eachOutcomeComesFromWhatTheClientAnswered() {
        when(unipile.chats()).thenReturn(chats);
        when(chats.start(any(StartChatRequest.class)))
                .thenReturn(new ChatStarted("ChatStarted", "chat_1", "msg_1", Map.of()))
                .thenThrow(new UnprocessableEntityException(new ErrorDetails("POST", "/chats", 422,
                        "errors/no_connection_with_recipient", "No connection", null, null, "")))
                .thenThrow(new UnipileTransportException("read timed out", true, null));

        List<CandidateOutreach.Outcome> outcomes = new CandidateOutreach(unipile, "acc_1").reachOut(List.of(
                new Candidate("ACoA1", "Ann"), new Candidate("ACoA2", "Bob"), new Candidate("ACoA3", "Cy")),
                "Java engineer");

        assertThat(outcomes).extracting(CandidateOutreach.Outcome::status)
                .containsExactly(Status.SENT, Status.UNREACHABLE, Status.UNKNOWN);
        assertThat(outcomes.get(0).chatId()).isEqualTo("chat_1");
        assertThat(outcomes.get(1).detail()).isEqualTo("no_connection_with_recipient");
        ArgumentCaptor<StartChatRequest> sent = ArgumentCaptor.forClass(StartChatRequest.class);
        verify(chats, times(3)).start(sent.capture());
        assertThat(sent.getAllValues().get(0).attendeesIds()).containsExactly("ACoA1");
        assertThat(sent.getAllValues().get(0).text()).startsWith("Hi Ann,");
        assertThat(sent.getAllValues().get(2).accountId()).isEqualTo("acc_1");
    }
}
