package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import java.util.List;
import java.util.Objects;

/**
 * A connection waiting on a checkpoint: a native connection ({@code POST /accounts}) or reconnection
 * ({@code POST /accounts/{id}}) the fake answered with 202 {@code Checkpoint}. Until it is solved the account does
 * not exist (or, for a reconnection, keeps its status). Read it with {@link FakeUnipileState#pendingConnection}.
 *
 * @param accountId the account's id, named by the checkpoint reply
 * @param provider the provider the request was for
 * @param reconnection whether an existing account is being reconnected
 * @param checkpoint the checkpoint to solve now
 * @param next the checkpoints that follow it, in order
 * @param resends how many times its notification was resent
 * @param expired whether it expired ({@link FakeUnipileState#expireCheckpoint}); then it cannot be solved
 */
public record FakePendingConnection(String accountId, AccountType provider, boolean reconnection,
                                    FakeCheckpoint checkpoint, List<FakeCheckpoint> next, int resends,
                                    boolean expired) {

    /** Requires every field; copies the list. */
    public FakePendingConnection {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(checkpoint, "checkpoint");
        next = List.copyOf(next);
    }
}
