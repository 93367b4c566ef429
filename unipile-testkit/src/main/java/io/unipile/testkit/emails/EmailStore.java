package io.unipile.testkit.emails;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.WebhookEventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mails slice: a mailbox per mail account, made with the provider's usual folders the first time it is used.
 * Every method runs under the state's lock.
 */
public final class EmailStore implements SharedState.Slice {
    /** The account types with a mailbox. */
    public static final Set<AccountType> MAIL_TYPES = Set.of(AccountType.MAIL, AccountType.GOOGLE_OAUTH,
            AccountType.OUTLOOK, AccountType.ICLOUD, AccountType.EXCHANGE);

    private final SharedState shared;
    private final AccountStore accounts;
    private final Map<String, List<FakeFolder>> folders = new LinkedHashMap<>();
    private final Map<String, FakeEmail> emails = new LinkedHashMap<>();
    private final Map<String, Long> sequence = new LinkedHashMap<>();
    private long next;

    private EmailStore(SharedState shared) {
        this.shared = shared;
        this.accounts = AccountStore.of(shared);
    }

    /** The slice of this state. */
    public static EmailStore of(SharedState shared) {
        return shared.slice(EmailStore.class, EmailStore::new);
    }

    /** The mail account with this id: 404 when unknown, 422 when it has no mailbox. */
    public FakeAccount mailAccount(String accountId) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts.requireKnown(accountId);
            if (!MAIL_TYPES.contains(account.type())) {
                throw new ApiException(422, "invalid_account", "This operation takes a mail account (MAIL, "
                        + "GOOGLE_OAUTH, OUTLOOK, ICLOUD, EXCHANGE), not " + account.type());
            }
            folders(account);
            return account;
        }
    }

    /** The accounts that have a mailbox. */
    public List<FakeAccount> mailAccounts() {
        synchronized (shared.lock()) {
            return accounts.all().stream().filter(a -> MAIL_TYPES.contains(a.type())).toList();
        }
    }

    /** The account's own address: its IMAP user or OAuth mail user name. */
    public static String address(FakeAccount account) {
        FakeConnectionParams params = account.connectionParams();
        String address = params instanceof FakeConnectionParams.Imap imap ? imap.imapUser()
                : params instanceof FakeConnectionParams.OAuth oauth ? oauth.mailUsername() : account.name();
        return address != null && address.contains("@") ? address
                : account.name().contains("@") ? account.name() : account.id() + "@example.com";
    }

    /** The mail account whose address this is, if the fake holds one. */
    public Optional<FakeAccount> accountOf(String address) {
        synchronized (shared.lock()) {
            return mailAccounts().stream().filter(a -> address(a).equalsIgnoreCase(address)).findFirst();
        }
    }

    /** The account's folders, made on first use. */
    public List<FakeFolder> folders(FakeAccount account) {
        synchronized (shared.lock()) {
            return List.copyOf(folders.computeIfAbsent(account.id(), id -> defaultFolders(account)));
        }
    }

    /** Adds a folder to the account's mailbox. */
    public FakeFolder addFolder(FakeAccount account, String providerId, String name, String role) {
        synchronized (shared.lock()) {
            folders(account);
            if (folder(account, providerId).isPresent()) {
                throw new IllegalArgumentException("Folder " + providerId + " exists already");
            }
            FakeFolder folder = new FakeFolder(Ids.unipileId(), account.id(), providerId, name, role);
            folders.get(account.id()).add(folder);
            return folder;
        }
    }

    /** The folder of the account with this provider id or Unipile id. */
    public Optional<FakeFolder> folder(FakeAccount account, String idOrProviderId) {
        return folders(account).stream().filter(f -> f.providerId().equals(idOrProviderId)
                || f.id().equals(idOrProviderId)).findFirst();
    }

    /** The folder with this Unipile id, in any mailbox. */
    public Optional<FakeFolder> folderById(String id) {
        synchronized (shared.lock()) {
            return folders.values().stream().flatMap(List::stream).filter(f -> f.id().equals(id)).findFirst();
        }
    }

    /** The account's folder of this role. */
    public FakeFolder folderOfRole(FakeAccount account, String role) {
        return folders(account).stream().filter(f -> f.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException(account.id() + " has no " + role + " folder"));
    }

    /** Stores an e-mail, or replaces the one with its id. Its folders must exist in its account's mailbox. */
    public FakeEmail put(FakeEmail email) {
        synchronized (shared.lock()) {
            FakeAccount account = accounts.get(email.accountId()).orElseThrow(() ->
                    new IllegalArgumentException("No account " + email.accountId()));
            if (!MAIL_TYPES.contains(account.type())) {
                throw new IllegalArgumentException(account.type() + " accounts have no mailbox");
            }
            for (String f : email.folders()) {
                if (folder(account, f).isEmpty()) {
                    throw new IllegalArgumentException("No folder " + f + " in the mailbox of " + account.id());
                }
            }
            emails.put(email.id(), email);
            sequence.computeIfAbsent(email.id(), id -> next++);
            return email;
        }
    }

    /** The e-mail with this Unipile id. */
    public Optional<FakeEmail> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(emails.get(id));
        }
    }

    /**
     * The e-mail named by a Unipile id, or by a provider id in the account's mailbox (the account is required then,
     * as the spec says); 404 otherwise.
     */
    public FakeEmail find(String idOrProviderId, String accountId) {
        synchronized (shared.lock()) {
            FakeEmail email = emails.get(idOrProviderId);
            if (email == null && accountId != null) {
                email = emails.values().stream().filter(e -> e.accountId().equals(accountId)
                        && e.providerId().equals(idOrProviderId)).findFirst().orElse(null);
            }
            if (email == null || (accountId != null && !email.accountId().equals(accountId))) {
                throw ApiException.notFound("Email " + idOrProviderId + " not found"
                        + (accountId == null ? "" : " in account " + accountId));
            }
            return email;
        }
    }

    /** Forgets an e-mail. */
    public void remove(String id) {
        synchronized (shared.lock()) {
            emails.remove(id);
            sequence.remove(id);
        }
    }

    /** The e-mails of an account, newest first, as list entries. */
    public List<Paging.Entry<FakeEmail>> entries(String accountId) {
        synchronized (shared.lock()) {
            List<Paging.Entry<FakeEmail>> entries = new ArrayList<>();
            emails.values().stream().filter(e -> e.accountId().equals(accountId)).forEach(e ->
                    entries.add(new Paging.Entry<>(e, Paging.newestFirst(e.date(), sequence.get(e.id())))));
            return Paging.sorted(entries);
        }
    }

    /** Forgets an account's mailbox: its folders and e-mails. */
    public void removeOf(String accountId) {
        synchronized (shared.lock()) {
            folders.remove(accountId);
            emails.values().removeIf(e -> e.accountId().equals(accountId));
            sequence.keySet().retainAll(emails.keySet());
        }
    }

    /** Every e-mail, in insertion order. */
    public List<FakeEmail> all() {
        synchronized (shared.lock()) {
            return List.copyOf(emails.values());
        }
    }

    /** How many e-mails are in the folder. */
    public long count(FakeFolder folder) {
        synchronized (shared.lock()) {
            return emails.values().stream().filter(e -> e.accountId().equals(folder.accountId())
                    && e.inFolder(folder.providerId())).count();
        }
    }

    /** A notice of this event about the e-mail as it now is. */
    public WebhookNotice.Email notice(WebhookEventType event, FakeEmail email) {
        synchronized (shared.lock()) {
            return new WebhookNotice.Email(event, email, folders(mailAccount(email.accountId())));
        }
    }

    /** Files an e-mail arriving from the provider and returns its {@code mail_received} notice. */
    public WebhookNotice.Email receive(FakeEmail email) {
        synchronized (shared.lock()) {
            return notice(WebhookEventType.MAIL_RECEIVED, put(email));
        }
    }

    /**
     * A tracking event of a tracked e-mail: opened, or a link clicked ({@code url} not null); fails when the e-mail
     * was not sent with that tracking.
     */
    public WebhookNotice.EmailTracking track(String emailId, String url) {
        synchronized (shared.lock()) {
            FakeEmail email = get(emailId).orElseThrow(() -> new IllegalArgumentException("No e-mail " + emailId));
            FakeEmail.Tracking tracking = email.tracking();
            if (tracking == null || (url == null ? !tracking.opens() : !tracking.links())) {
                throw new IllegalArgumentException("E-mail " + emailId + " was not sent with "
                        + (url == null ? "open" : "link") + " tracking");
            }
            return new WebhookNotice.EmailTracking(url == null ? WebhookEventType.MAIL_OPENED
                    : WebhookEventType.MAIL_LINK_CLICKED, email, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    "evt_" + Ids.random(16), "203.0.113.7", "Mozilla/5.0 (fake mail reader)", url);
        }
    }

    @Override
    public void clear() {
        folders.clear();
        emails.clear();
        sequence.clear();
    }

    private static List<FakeFolder> defaultFolders(FakeAccount account) {
        List<String[]> specs;
        AccountType type = account.type();
        if (type.equals(AccountType.GOOGLE_OAUTH)) {
            specs = List.of(new String[] {"INBOX", "Inbox", "inbox"}, new String[] {"SENT", "Sent", "sent"},
                    new String[] {"DRAFT", "Drafts", "drafts"}, new String[] {"TRASH", "Trash", "trash"},
                    new String[] {"SPAM", "Spam", "spam"}, new String[] {"STARRED", "Starred", "starred"},
                    new String[] {"IMPORTANT", "Important", "important"});
        } else if (type.equals(AccountType.OUTLOOK) || type.equals(AccountType.EXCHANGE)) {
            specs = List.of(outlook("Inbox", "inbox"), outlook("Sent Items", "sent"), outlook("Drafts", "drafts"),
                    outlook("Deleted Items", "trash"), outlook("Junk Email", "spam"), outlook("Archive", "archive"));
        } else {
            specs = List.of(new String[] {"INBOX", "INBOX", "inbox"}, new String[] {"Sent", "Sent", "sent"},
                    new String[] {"Drafts", "Drafts", "drafts"}, new String[] {"Trash", "Trash", "trash"},
                    new String[] {"Junk", "Junk", "spam"}, new String[] {"Archive", "Archive", "archive"});
        }
        List<FakeFolder> list = new ArrayList<>();
        for (String[] s : specs) {
            list.add(new FakeFolder(folderId(account.id(), s[0]), account.id(), s[0], s[1], s[2]));
        }
        return list;
    }

    /** Outlook's folder ids are long opaque strings; these are stable ones. */
    private static String[] outlook(String name, String role) {
        String id = "AQMkAD" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) + "AAA=";
        return new String[] {id, name, role};
    }

    /** Stable per account and folder, so that demo data keeps its ids. */
    private static String folderId(String accountId, String providerId) {
        return "fld" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                (accountId + "/" + providerId).getBytes(StandardCharsets.UTF_8)).replace("-", "").replace("_", "");
    }
}
