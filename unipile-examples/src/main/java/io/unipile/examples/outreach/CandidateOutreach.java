package io.unipile.examples.outreach;

import io.unipile.UnipileClient;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.StartChatRequest;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.errors.UnprocessableEntityException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An example of application code built on the library: writes a personal first message to each candidate from a
 * recruiter's account and reports, per candidate, whether the message went out, could not be delivered, or has an
 * unknown outcome (which the caller must not blindly retry: that could message the candidate twice).
 */
public final class CandidateOutreach {

    /** A person to write to: their provider id (e.g. a LinkedIn member id) and first name. */
    public record Candidate(String providerId, String firstName) {
        public Candidate {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(firstName, "firstName");
        }
    }

    /** What happened for one candidate. */
    public record Outcome(Candidate candidate, Status status, String chatId, String detail) {
    }

    /** How a send ended. */
    public enum Status { SENT, UNREACHABLE, FAILED, UNKNOWN }

    private final UnipileClient unipile;
    private final String accountId;

    public CandidateOutreach(UnipileClient unipile, String accountId) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    /** Writes to every candidate, one after the other, and returns one outcome each, in order. */
    public List<Outcome> reachOut(List<Candidate> candidates, String role) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Candidate c : candidates) {
            outcomes.add(reachOut(c, role));
        }
        return outcomes;
    }

    private Outcome reachOut(Candidate c, String role) {
        String text = "Hi " + c.firstName() + ", we are hiring a " + role + " and your profile caught our eye."
                + " Would you be open to a short call?";
        try {
            ChatStarted started = unipile.chats().start(StartChatRequest.builder(accountId, c.providerId())
                    .subject(role).text(text).build());
            return new Outcome(c, Status.SENT, started.chatId(), null);
        } catch (UnprocessableEntityException e) {
            return new Outcome(c, Status.UNREACHABLE, null, e.errorCode().orElse("unprocessable"));
        } catch (UnipileTransportException e) {
            return new Outcome(c, e.mayHaveReachedServer() ? Status.UNKNOWN : Status.FAILED, null, e.getMessage());
        } catch (UnipileApiException e) {
            return new Outcome(c, e.details().isOutcomeUnknown() ? Status.UNKNOWN : Status.FAILED, null,
                    e.getMessage());
        }
    }
}
