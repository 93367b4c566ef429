package io.unipile.examples.connect;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountConnected;
import io.unipile.accounts.AccountCredentials;
import io.unipile.accounts.Checkpoint;
import io.unipile.accounts.CheckpointRequired;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.HostedAuthProviders;
import io.unipile.accounts.InAppValidationCheckpoint;
import io.unipile.accounts.QrCodeCheckpoint;
import io.unipile.accounts.SolveCheckpointRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An example of connecting your users' accounts. The hosted link is the usual way: Unipile's page asks for the
 * credentials and every checkpoint, and tells your {@code notify_url} which account it connected for which of your
 * users. Native connect is for when your own UI asks for the credentials: then a checkpoint (a 2FA code, a QR code to
 * scan, an approval in the provider's app) may have to be solved before the account exists.
 */
public final class AccountOnboarding {
    /** LinkedIn rarely asks more than two checkpoints in a row; more means something is wrong. */
    static final int MAX_CHECKPOINTS = 5;

    /** What the end user is asked while their account connects. */
    public interface CheckpointPrompt {
        /** The code (or answer) a checkpoint asks for: a 2FA or OTP code, a phone number, a contract id... */
        String askCode(Checkpoint checkpoint);

        /** Shows the QR code to scan with the provider's app; the account exists once it is scanned. */
        void showQrCode(String qrCode);

        /** Tells the user to approve the sign-in in the provider's app; the account exists once they did. */
        void askInAppApproval();
    }

    /** How a native connection ended: connected, or waiting for the user to scan or approve. */
    public record Connection(String accountId, boolean waitingForUser) {
    }

    private final UnipileClient unipile;
    private final String apiUrl;
    private final Clock clock;

    /**
     * @param apiUrl your Unipile DSN as an URL, which the hosted page talks to
     *               (e.g. {@code https://api1.unipile.com:13153})
     */
    public AccountOnboarding(UnipileClient unipile, String apiUrl, Clock clock) {
        this.unipile = Objects.requireNonNull(unipile, "unipile");
        this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A link to send your user to: it lets them connect any messaging account, is valid for an hour, and makes
     * Unipile POST {@code {status, account_id, name}} to {@code notifyUrl}, with {@code name} = your user's id.
     */
    public String hostedLink(String userId, String notifyUrl, String returnUrl) {
        return unipile.accounts().createHostedAuthLink(HostedAuthLinkRequest.create(HostedAuthProviders.ALL_MESSAGING)
                .apiUrl(apiUrl)
                .expiresOn(clock.instant().plus(Duration.ofHours(1)))
                .name(userId)
                .notifyUrl(notifyUrl)
                .successRedirectUrl(returnUrl)
                .failureRedirectUrl(returnUrl)
                .build()).url();
    }

    /**
     * Connects an account with credentials your UI collected, solving each checkpoint with the user's help. A
     * connect is never retried by the library once it may have reached Unipile: on a transport failure, look the
     * account up before trying again.
     */
    public Connection connect(AccountCredentials credentials, CheckpointPrompt prompt) {
        ConnectionResult result = unipile.accounts().connect(ConnectAccountRequest.of(credentials));
        for (int asked = 0; result instanceof CheckpointRequired required; asked++) {
            if (asked == MAX_CHECKPOINTS) {
                throw new IllegalStateException("still asked for a checkpoint after " + MAX_CHECKPOINTS);
            }
            Checkpoint checkpoint = required.checkpoint();
            if (checkpoint instanceof QrCodeCheckpoint qr) {
                prompt.showQrCode(qr.qrCode());
                return new Connection(required.accountId(), true);
            }
            if (checkpoint instanceof InAppValidationCheckpoint) {
                prompt.askInAppApproval();
                return new Connection(required.accountId(), true);
            }
            result = unipile.accounts().solveCheckpoint(SolveCheckpointRequest.of(required,
                    prompt.askCode(checkpoint)));
        }
        return new Connection(((AccountConnected) result).accountId(), false);
    }
}
