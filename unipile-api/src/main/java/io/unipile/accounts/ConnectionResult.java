package io.unipile.accounts;

/**
 * What connecting, reconnecting or solving a checkpoint led to: the account is connected, or the provider asks for
 * one more security step first.
 * <pre>{@code
 * ConnectionResult result = unipile.accounts().connect(request);
 * while (result instanceof CheckpointRequired required) {
 *     if (!required.checkpoint().takesCode()) {
 *         break;                  // QR code or in-app validation: the account_status webhook tells when it is done
 *     }
 *     result = unipile.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, askUser(required)));
 * }
 * }</pre>
 */
public sealed interface ConnectionResult permits AccountConnected, CheckpointRequired {

    /** The Unipile id of the account: the new one, the one reconnected, or the one waiting on the checkpoint. */
    String accountId();
}
