package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.examples.outreach.CandidateOutreach.Candidate;
import io.unipile.examples.outreach.CandidateOutreach.Outcome;
import io.unipile.examples.outreach.CandidateOutreach.Status;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.chats.ChatRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of testing your own code with the fake: assert on what the fake stored, not on mocks. */
@FakeUnipile
class CandidateOutreachTest {
    FakeUnipileServer server;
    UnipileClient client;
    FakeAccount recruiter;

    @BeforeEach
    void seed() {
        recruiter = server.state().addAccount(AccountType.LINKEDIN);
    }

    @Test
    void writesAPersonalMessageToEachCandidate() {
        List<Outcome> outcomes = new CandidateOutreach(client, recruiter.id()).reachOut(List.of(
                new Candidate("ACoAAann", "Ann"), new Candidate("ACoAAbob", "Bob")), "Java engineer");

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.SENT, Status.SENT);
        assertThat(server.state().startedChats()).extracting(FakeChat::attendeeProviderIds)
                .containsExactly(List.of("ACoAAann"), List.of("ACoAAbob"));
        assertThat(server.state().startedChats()).extracting(FakeChat::subject)
                .containsOnly("Java engineer");
        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly(
                "Hi Ann, we are hiring a Java engineer and your profile caught our eye. Would you be open to a short call?",
                "Hi Bob, we are hiring a Java engineer and your profile caught our eye. Would you be open to a short call?");
        assertThat(outcomes.get(0).chatId()).isEqualTo(server.state().startedChats().get(0).id());
    }

    @Test
    void anUnreachableCandidateIsReportedAndTheOthersStillGetTheirMessage() {
        server.state().markUnreachable("ACoAAann");

        List<Outcome> outcomes = new CandidateOutreach(client, recruiter.id()).reachOut(List.of(
                new Candidate("ACoAAann", "Ann"), new Candidate("ACoAAbob", "Bob")), "SRE");

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.UNREACHABLE, Status.SENT);
        assertThat(server.state().sentMessages()).hasSize(1);
    }

    @Test
    void aMessageThatMayHaveGoneOutIsReportedUnknownAndNotSentTwice() {
        server.faults().on(ChatRoutes.START_CHAT).dropConnectionAfterProcessing();

        List<Outcome> outcomes = new CandidateOutreach(client, recruiter.id())
                .reachOut(List.of(new Candidate("ACoAAann", "Ann")), "SRE");

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.UNKNOWN);
        assertThat(server.state().startedChats()).hasSize(1);
        assertThat(server.journal().requests(ChatRoutes.START_CHAT)).hasSize(1);
    }
}
