package io.unipile.testkit.accounts;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.attendees.AttendeeStore;
import io.unipile.testkit.chats.ChatStore;
import io.unipile.testkit.emails.EmailStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import io.unipile.testkit.linkedin.LinkedInStore;
import io.unipile.testkit.messages.MessageStore;
import io.unipile.testkit.users.UserStore;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.AccountStatusMessage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The accounts slice of the fake's state. Every method runs under the shared lock. */
public final class AccountStore implements SharedState.Slice {
    private static final Map<AccountStatusMessage, FakeAccount.SourceStatus> SOURCE_STATUS = Map.of(
            AccountStatusMessage.OK, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.STOPPED, FakeAccount.SourceStatus.STOPPED,
            AccountStatusMessage.ERROR, FakeAccount.SourceStatus.ERROR,
            AccountStatusMessage.CREDENTIALS, FakeAccount.SourceStatus.CREDENTIALS,
            AccountStatusMessage.PERMISSIONS, FakeAccount.SourceStatus.PERMISSIONS,
            AccountStatusMessage.CONNECTING, FakeAccount.SourceStatus.CONNECTING,
            AccountStatusMessage.CREATION_SUCCESS, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.RECONNECTED, FakeAccount.SourceStatus.OK,
            AccountStatusMessage.SYNC_SUCCESS, FakeAccount.SourceStatus.OK);

    private final SharedState shared;
    private final Table<FakeAccount> accounts = new Table<>();

    private AccountStore(SharedState shared) {
        this.shared = shared;
    }

    /** The accounts slice of this state. */
    public static AccountStore of(SharedState shared) {
        return shared.slice(AccountStore.class, AccountStore::new);
    }

    /** Adds or replaces an account (keeping its place); its holder becomes the account's own attendee. */
    public FakeAccount add(FakeAccount account) {
        Objects.requireNonNull(account, "account");
        synchronized (shared.lock()) {
            accounts.put(account.id(), account);
            AttendeeStore.of(shared).addHolder(account);
            return account;
        }
    }

    /** The account with this id. */
    public Optional<FakeAccount> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(accounts.get(id));
        }
    }

    /** Every account, in the order added. */
    public List<FakeAccount> all() {
        synchronized (shared.lock()) {
            return List.copyOf(accounts.values());
        }
    }

    List<Paging.Entry<FakeAccount>> entries() {
        synchronized (shared.lock()) {
            return accounts.entries();
        }
    }

    /** The account, for seeding: {@link IllegalArgumentException} when unknown. */
    public FakeAccount require(String id) {
        return get(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
    }

    /** The account, for a request: 404 {@code errors/resource_not_found} when unknown. */
    public FakeAccount requireKnown(String id) {
        return get(id).orElseThrow(() -> ApiException.notFound("Account " + id + " not found"));
    }

    /** Each of these ids, for an {@code account_id} filter: 404 {@code errors/resource_not_found} for an unknown. */
    public Set<String> requireKnown(Set<String> ids) {
        ids.forEach(this::requireKnown);
        return ids;
    }

    /**
     * Removes an account with its attendees, chats and messages, as Unipile forgets an account's synchronised
     * data; webhooks limited to it stay.
     *
     * @return the removed account, if there was one
     */
    public Optional<FakeAccount> remove(String accountId) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts.remove(accountId);
            if (account == null) {
                return Optional.empty();
            }
            Set<String> chatIds = ChatStore.of(shared).removeOf(accountId);
            MessageStore.of(shared).removeOfChats(chatIds);
            AttendeeStore.of(shared).removeOf(accountId);
            UserStore.of(shared).removeOf(accountId);
            LinkedInStore.of(shared).removeOf(accountId);
            EmailStore.of(shared).removeOf(accountId);
            return Optional.of(account);
        }
    }

    /**
     * Records an account's new status: statuses that name a source status set every source of the account to it
     * ({@code CREATION_SUCCESS}, {@code RECONNECTED} and {@code SYNC_SUCCESS} set OK); {@code DELETED} removes
     * the account.
     */
    public WebhookNotice.AccountStatus status(String accountId, AccountStatusMessage status) {
        Objects.requireNonNull(status, "status");
        synchronized (shared.lock()) {
            FakeAccount account = require(accountId);
            if (status.equals(AccountStatusMessage.DELETED)) {
                remove(accountId);
            } else if (SOURCE_STATUS.containsKey(status)) {
                FakeAccount.SourceStatus sourceStatus = SOURCE_STATUS.get(status);
                accounts.put(accountId, account.toBuilder().sources(account.sources().stream()
                        .map(s -> new FakeAccount.Source(s.id(), sourceStatus)).toList()).build());
            }
            return new WebhookNotice.AccountStatus(accountId, account.type(), status);
        }
    }

    @Override
    public void clear() {
        accounts.clear();
    }
}
