package io.unipile.testkit.accounts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.CheckpointType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeCheckpoint;
import io.unipile.testkit.FakeHostedLink;
import io.unipile.testkit.FakePendingConnection;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.AccountStatusMessage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How accounts get connected in the fake: the checkpoints demanded of the next connections, the connections waiting
 * on one, the hosted auth links, the resyncs running. Every method runs under the shared lock.
 */
public final class ConnectionStore implements SharedState.Slice {
    /** The providers that always sign in by QR code. */
    private static final Set<AccountType> QR_CODE_PROVIDERS = Set.of(AccountType.WHATSAPP, AccountType.TELEGRAM);
    /** The kinds whose notification can be sent again. */
    private static final Set<CheckpointType> RESENDABLE = Set.of(CheckpointType.TWO_FACTOR, CheckpointType.OTP,
            CheckpointType.IN_APP_VALIDATION);
    private static final Map<String, Set<AccountType>> LINK_PROVIDERS = Map.of(
            "*", Set.of(AccountType.LINKEDIN, AccountType.WHATSAPP, AccountType.INSTAGRAM, AccountType.MESSENGER,
                    AccountType.TELEGRAM, AccountType.GOOGLE_OAUTH, AccountType.OUTLOOK, AccountType.TWITTER,
                    AccountType.MAIL),
            "*:MAILING", Set.of(AccountType.MAIL, AccountType.GOOGLE_OAUTH, AccountType.OUTLOOK),
            "*:MESSAGING", Set.of(AccountType.LINKEDIN, AccountType.WHATSAPP, AccountType.INSTAGRAM,
                    AccountType.MESSENGER, AccountType.TELEGRAM, AccountType.TWITTER),
            "*:CALENDAR", Set.of(AccountType.GOOGLE_OAUTH, AccountType.OUTLOOK),
            "GOOGLE", Set.of(AccountType.GOOGLE_OAUTH));

    private final SharedState shared;
    private final Deque<List<FakeCheckpoint>> demands = new ArrayDeque<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, FakeHostedLink> links = new LinkedHashMap<>();
    private final Set<String> resyncing = new HashSet<>();

    private ConnectionStore(SharedState shared) {
        this.shared = shared;
    }

    /** The connections slice of this state. */
    public static ConnectionStore of(SharedState shared) {
        return shared.slice(ConnectionStore.class, ConnectionStore::new);
    }

    private AccountStore accounts() {
        return AccountStore.of(shared);
    }

    /**
     * What a connection step led to: the account connected (with the webhooks to tell), or the checkpoint to solve
     * now.
     *
     * @param accountId the account's id
     * @param checkpoint the checkpoint to answer with 202, or null once connected
     * @param notices the account-status notices of the connection
     */
    public record Outcome(String accountId, FakeCheckpoint checkpoint, List<WebhookNotice> notices) {
    }

    /** Queues a chain of checkpoints for the next connection or reconnection that has none. */
    public void demand(List<FakeCheckpoint> chain) {
        List<FakeCheckpoint> copy = List.copyOf(chain);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a demand needs at least one checkpoint");
        }
        synchronized (shared.lock()) {
            demands.add(copy);
        }
    }

    /** Starts connecting {@code account}: connected now, or waiting on the next demanded checkpoint. */
    Outcome connect(FakeAccount account) {
        synchronized (shared.lock()) {
            return begin(new Pending(account.id(), account.type(), false, account));
        }
    }

    /** Starts reconnecting an existing account of the provider; 403 {@code errors/account_mismatch} for another. */
    Outcome reconnect(String accountId, AccountType provider) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts().requireKnown(accountId);
            if (!account.type().equals(provider)) {
                throw new ApiException(403, "account_mismatch", "Account " + accountId + " is a " + account.type()
                        + " account, not " + provider);
            }
            return begin(new Pending(accountId, provider, true, null));
        }
    }

    private Outcome begin(Pending connection) {
        List<FakeCheckpoint> chain = demands.poll();
        if (chain == null && QR_CODE_PROVIDERS.contains(connection.provider)) {
            chain = List.of(FakeCheckpoint.qrCode("2@" + Ids.random(40) + "," + Ids.random(44) + "=="));
        }
        if (chain == null) {
            return complete(connection);
        }
        connection.checkpoints.addAll(chain);
        pending.put(connection.accountId, connection);
        return new Outcome(connection.accountId, connection.checkpoints.peek(), List.of());
    }

    private Outcome complete(Pending connection) {
        pending.remove(connection.accountId);
        if (connection.reconnection) {
            return new Outcome(connection.accountId, null,
                    List.of(accounts().status(connection.accountId, AccountStatusMessage.RECONNECTED)));
        }
        accounts().add(connection.account);
        return new Outcome(connection.accountId, null, List.of(new WebhookNotice.AccountStatus(
                connection.accountId, connection.provider, AccountStatusMessage.CREATION_SUCCESS)));
    }

    /** {@code POST /accounts/checkpoint}: the next checkpoint, or the account connected. */
    Outcome solve(ConnectionRequests.Solution solution) {
        synchronized (shared.lock()) {
            Pending connection = requirePending(solution.accountId(), solution.provider());
            if (connection.expired) {
                throw new ApiException(408, "request_timeout", "The checkpoint of account " + solution.accountId()
                        + " expired; connect the account again");
            }
            FakeCheckpoint checkpoint = connection.checkpoints.peek();
            if (!checkpoint.takesCode()) {
                throw ApiException.invalidParameters("The " + checkpoint.type() + " checkpoint of account "
                        + solution.accountId() + " is passed in the provider's app, not with a code");
            }
            if (!checkpoint.solvedBy(solution.code())) {
                throw new ApiException(401, "invalid_checkpoint_solution",
                        "The checkpoint resolution did not pass successfully. Please retry.");
            }
            return advance(connection);
        }
    }

    private Outcome advance(Pending connection) {
        connection.checkpoints.poll();
        connection.resends = 0;
        if (connection.checkpoints.isEmpty()) {
            return complete(connection);
        }
        return new Outcome(connection.accountId, connection.checkpoints.peek(), List.of());
    }

    /** {@code POST /accounts/checkpoint/resend}: whether the kind has a notification to send again. */
    boolean resend(ConnectionRequests.Resend resend) {
        synchronized (shared.lock()) {
            Pending connection = requirePending(resend.accountId(), resend.provider());
            if (connection.expired) {
                throw new ApiException(401, "checkpoint_error", "The checkpoint of account " + resend.accountId()
                        + " expired; connect the account again");
            }
            if (!RESENDABLE.contains(connection.checkpoints.peek().type())) {
                return false;
            }
            connection.resends++;
            return true;
        }
    }

    private Pending requirePending(String accountId, AccountType provider) {
        Pending connection = pending.get(accountId);
        if (connection == null) {
            throw ApiException.invalidParameters("No checkpoint is pending for account " + accountId);
        }
        if (!connection.provider.equals(provider)) {
            throw ApiException.invalidParameters("The checkpoint of account " + accountId + " is a "
                    + connection.provider + " one, not " + provider);
        }
        return connection;
    }

    /**
     * The user scanned the QR code or approved the sign-in in the app: the next checkpoint, or the account connected.
     *
     * @throws IllegalArgumentException when no checkpoint is pending for the account
     * @throws IllegalStateException when it expired or is solved with a code
     */
    public Outcome approve(String accountId) {
        synchronized (shared.lock()) {
            Pending connection = pending.get(accountId);
            if (connection == null) {
                throw new IllegalArgumentException("No checkpoint is pending for account " + accountId);
            }
            if (connection.expired) {
                throw new IllegalStateException("The checkpoint of account " + accountId + " expired");
            }
            FakeCheckpoint checkpoint = connection.checkpoints.peek();
            if (checkpoint.takesCode()) {
                throw new IllegalStateException("The " + checkpoint.type() + " checkpoint of account " + accountId
                        + " is solved with a code (POST /accounts/checkpoint), not in an app");
            }
            return advance(connection);
        }
    }

    /**
     * Makes the pending checkpoint expire: solving it is then 408 {@code errors/request_timeout}, resending it 401
     * {@code errors/checkpoint_error}, until the account is connected again.
     */
    public void expire(String accountId) {
        synchronized (shared.lock()) {
            Pending connection = pending.get(accountId);
            if (connection == null) {
                throw new IllegalArgumentException("No checkpoint is pending for account " + accountId);
            }
            connection.expired = true;
        }
    }

    /** The connection waiting on a checkpoint for this account. */
    public Optional<FakePendingConnection> pending(String accountId) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(pending.get(accountId)).map(Pending::snapshot);
        }
    }

    /** Every connection waiting on a checkpoint, oldest first. */
    public List<FakePendingConnection> pending() {
        synchronized (shared.lock()) {
            return pending.values().stream().map(Pending::snapshot).toList();
        }
    }

    /** Stores a hosted auth link. */
    FakeHostedLink addLink(FakeHostedLink link) {
        synchronized (shared.lock()) {
            links.put(link.id(), link);
            return link;
        }
    }

    /** Every hosted auth link, in the order made. */
    public List<FakeHostedLink> links() {
        synchronized (shared.lock()) {
            return List.copyOf(links.values());
        }
    }

    /** The hosted auth link with this URL or id. */
    public Optional<FakeHostedLink> link(String urlOrId) {
        Objects.requireNonNull(urlOrId, "urlOrId");
        synchronized (shared.lock()) {
            FakeHostedLink byId = links.get(urlOrId);
            return byId != null ? Optional.of(byId)
                    : links.values().stream().filter(l -> l.url().equals(urlOrId)).findFirst();
        }
    }

    /**
     * A hosted auth link completed by the user.
     *
     * @param link the link as it now is
     * @param account the account connected or reconnected
     * @param notice the account-status notice
     */
    public record Completion(FakeHostedLink link, FakeAccount account, WebhookNotice.AccountStatus notice) {
        /** What to POST to the link's {@code notify_url}. */
        public ObjectNode notification() {
            return AccountJson.hostedLinkNotification(link, notice.status().value());
        }
    }

    /**
     * The user went through a hosted auth link: a create link adds {@code account} (whose type the link must offer),
     * a reconnect link reconnects its account (which {@code account} must be, or be null).
     *
     * @throws IllegalArgumentException when the link is unknown or does not offer the account's type
     * @throws IllegalStateException when it expired or was completed already
     */
    public Completion completeLink(String urlOrId, FakeAccount account) {
        synchronized (shared.lock()) {
            FakeHostedLink link = link(urlOrId).orElseThrow(() -> new IllegalArgumentException(
                    "No hosted auth link " + urlOrId));
            if (link.completed()) {
                throw new IllegalStateException("The hosted auth link " + link.url() + " was completed already");
            }
            if (!link.expiresOn().isAfter(Instant.now())) {
                throw new IllegalStateException("The hosted auth link " + link.url() + " expired on "
                        + link.expiresOn());
            }
            FakeAccount connected;
            WebhookNotice.AccountStatus notice;
            if (link.reconnection()) {
                connected = accounts().get(link.reconnectAccount()).orElseThrow(() -> new IllegalStateException(
                        "The account " + link.reconnectAccount() + " of the link no longer exists"));
                if (account != null && !account.id().equals(connected.id())) {
                    throw new IllegalArgumentException("The link reconnects " + connected.id() + ", not "
                            + account.id());
                }
                notice = accounts().status(connected.id(), AccountStatusMessage.RECONNECTED);
                connected = accounts().require(connected.id());
            } else {
                Objects.requireNonNull(account, "account");
                Set<AccountType> offered = new HashSet<>();
                link.providers().forEach(p -> offered.addAll(LINK_PROVIDERS.getOrDefault(p,
                        Set.of(AccountType.of(p)))));
                if (!offered.contains(account.type())) {
                    throw new IllegalArgumentException("The hosted auth link offers " + link.providers() + ", not "
                            + account.type());
                }
                connected = accounts().add(account);
                notice = new WebhookNotice.AccountStatus(account.id(), account.type(),
                        AccountStatusMessage.CREATION_SUCCESS);
            }
            FakeHostedLink done = new FakeHostedLink(link.id(), link.url(), link.type(), link.providers(),
                    link.reconnectAccount(), link.expiresOn(), link.apiUrl(), link.name(), link.notifyUrl(),
                    link.successRedirectUrl(), link.failureRedirectUrl(), link.disabledFeatures(),
                    link.disabledOptions(), connected.id());
            links.put(link.id(), done);
            return new Completion(done, connected, notice);
        }
    }

    /**
     * {@code POST /accounts/{id}/restart}: sources waiting for credentials or permissions cannot restart; the others
     * go through {@code CONNECTING} to {@code OK}.
     *
     * @return the notices, or null when the account failed to restart
     */
    List<WebhookNotice> restart(String accountId) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts().requireKnown(accountId);
            boolean stuck = account.sources().stream().anyMatch(s -> s.status() == FakeAccount.SourceStatus.CREDENTIALS
                    || s.status() == FakeAccount.SourceStatus.PERMISSIONS);
            if (stuck) {
                return null;
            }
            return List.of(accounts().status(accountId, AccountStatusMessage.CONNECTING),
                    accounts().status(accountId, AccountStatusMessage.OK));
        }
    }

    /**
     * {@code GET /accounts/{account_id}/sync}: a first call starts a resync, the next one reports it done (telling
     * {@code SYNC_SUCCESS}), the one after starts another.
     *
     * @return the status and the notices
     */
    Map.Entry<String, List<WebhookNotice>> resync(String accountId) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts().requireKnown(accountId);
            if (!account.type().equals(AccountType.LINKEDIN)) {
                throw new ApiException(501, "feature_not_implemented", "Resyncing is supported for LINKEDIN "
                        + "accounts only, not " + account.type());
            }
            if (resyncing.add(accountId)) {
                return Map.entry("SYNC_STARTED", List.of());
            }
            resyncing.remove(accountId);
            return Map.entry("SYNC_DONE", List.of(accounts().status(accountId, AccountStatusMessage.SYNC_SUCCESS)));
        }
    }

    @Override
    public void clear() {
        demands.clear();
        pending.clear();
        links.clear();
        resyncing.clear();
    }

    /** A connection waiting on a checkpoint; changed only under the lock. */
    private static final class Pending {
        private final String accountId;
        private final AccountType provider;
        private final boolean reconnection;
        private final FakeAccount account;
        private final Deque<FakeCheckpoint> checkpoints = new ArrayDeque<>();
        private int resends;
        private boolean expired;

        Pending(String accountId, AccountType provider, boolean reconnection, FakeAccount account) {
            this.accountId = accountId;
            this.provider = provider;
            this.reconnection = reconnection;
            this.account = account;
        }

        FakePendingConnection snapshot() {
            List<FakeCheckpoint> next = new ArrayList<>(checkpoints);
            FakeCheckpoint current = next.remove(0);
            return new FakePendingConnection(accountId, provider, reconnection, current, next, resends, expired);
        }
    }
}
