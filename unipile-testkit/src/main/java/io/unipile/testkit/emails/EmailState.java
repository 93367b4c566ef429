package io.unipile.testkit.emails;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import java.util.List;
import java.util.Optional;

/**
 * The mailboxes of the fake's mail accounts (MAIL, GOOGLE_OAUTH, OUTLOOK, ICLOUD, EXCHANGE), as tests seed and read
 * them; reached with {@code server.state().emails()}. A mailbox is made with the provider's usual folders (Gmail's
 * {@code INBOX}, {@code SENT}, {@code DRAFT}, {@code TRASH}, ...; Outlook's {@code Inbox}, {@code Sent Items}, ...;
 * IMAP's {@code INBOX}, {@code Sent}, ...) the first time it is used. An account's address is its IMAP user or OAuth
 * mail user name: e-mails sent to it through the fake land in its inbox.
 *
 * <pre>{@code
 * FakeAccount gmail = server.state().addAccount(AccountType.GOOGLE_OAUTH);
 * FakeEmail email = server.state().emails().addEmail(FakeEmail.builder(gmail.id())
 *         .from("ann@example.com", "Ann").to(server.state().emails().address(gmail.id()))
 *         .subject("Invoice").body("<p>Attached.</p>").attachment("invoice.pdf", "application/pdf", pdf).build());
 * server.simulateIncomingEmail(FakeEmail.builder(gmail.id()).from("bob@example.com", "Bob").subject("Hi").build());
 * }</pre>
 *
 * <p>Thread-safe, under the state's one lock; reads return immutable snapshots. Seeding fails with
 * {@link IllegalArgumentException} for an account or folder the fake does not hold.
 */
public final class EmailState {
    private final SharedState shared;
    private final EmailStore store;

    /** The e-mail part of this state. */
    public EmailState(SharedState shared) {
        this.shared = shared;
        this.store = EmailStore.of(shared);
    }

    /** The folders of the account's mailbox. */
    public List<FakeFolder> folders(String accountId) {
        return store.folders(account(accountId));
    }

    /** The account's folder of this role ({@code inbox}, {@code sent}, {@code drafts}, {@code trash}, ...). */
    public FakeFolder folder(String accountId, String role) {
        return store.folderOfRole(account(accountId), role);
    }

    /** Adds a folder (a Gmail label, an Outlook folder) to the account's mailbox. */
    public FakeFolder addFolder(String accountId, String providerId, String name, String role) {
        return store.addFolder(account(accountId), providerId, name, role);
    }

    /** Adds an e-mail to its account's mailbox, firing no webhook ({@code simulateIncomingEmail} fires one). */
    public FakeEmail addEmail(FakeEmail email) {
        return store.put(email);
    }

    /** The account's e-mails, newest first. */
    public List<FakeEmail> emails(String accountId) {
        synchronized (shared.lock()) {
            return store.entries(account(accountId).id()).stream().map(Paging.Entry::item).toList();
        }
    }

    /** The account's e-mails in the folder with this provider id, newest first. */
    public List<FakeEmail> emails(String accountId, String folderProviderId) {
        return emails(accountId).stream().filter(e -> e.inFolder(folderProviderId)).toList();
    }

    /** The e-mail with this Unipile id. */
    public Optional<FakeEmail> email(String id) {
        return store.get(id);
    }

    /** Every e-mail of every mailbox. */
    public List<FakeEmail> all() {
        return store.all();
    }

    /** The account's own address. */
    public String address(String accountId) {
        return EmailStore.address(account(accountId));
    }

    private FakeAccount account(String accountId) {
        try {
            return store.mailAccount(accountId);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("No mail account " + accountId + ": " + e.getMessage(), e);
        }
    }
}
