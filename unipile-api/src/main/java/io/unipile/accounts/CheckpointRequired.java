package io.unipile.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The provider asks for a security step before the account is connected ({@code "object": "Checkpoint"}, HTTP 202).
 * Solve it with {@link AccountsClient#solveCheckpoint} ({@link SolveCheckpointRequest#of(CheckpointRequired, String)}
 * when it {@linkplain Checkpoint#takesCode() takes a code}), or let the user act in the provider's app (QR code,
 * in-app validation); it expires after a few minutes. Until then the account does not exist.
 *
 * @param object     {@code Checkpoint}, as sent
 * @param accountId  the id the account will have, which solving and resending the checkpoint name
 * @param provider   the provider the request was for (known from the request; Unipile does not repeat it)
 * @param checkpoint what the provider asks for
 * @param extra      fields this version of the library does not know, kept as sent
 */
public record CheckpointRequired(String object, String accountId, AccountType provider, Checkpoint checkpoint,
                                 Map<String, JsonNode> extra) implements ConnectionResult {

    public CheckpointRequired {
        Check.notNull("object", object);
        Check.notNull("accountId", accountId);
        Check.notNull("provider", provider);
        Check.notNull("checkpoint", checkpoint);
        extra = Immutables.map(extra);
    }
}
