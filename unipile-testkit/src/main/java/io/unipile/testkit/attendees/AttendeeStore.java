package io.unipile.testkit.attendees;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeAttendee;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The chat attendees slice of the fake's state, account holders included. Every method runs under the shared lock. */
public final class AttendeeStore implements SharedState.Slice {
    private final SharedState shared;
    private final Table<FakeAttendee> attendees = new Table<>();

    private AttendeeStore(SharedState shared) {
        this.shared = shared;
    }

    /** The attendees slice of this state. */
    public static AttendeeStore of(SharedState shared) {
        return shared.slice(AttendeeStore.class, AttendeeStore::new);
    }

    /** Adds an attendee; its account must exist. */
    public FakeAttendee add(FakeAttendee attendee) {
        Objects.requireNonNull(attendee, "attendee");
        synchronized (shared.lock()) {
            AccountStore.of(shared).require(attendee.accountId());
            attendees.put(attendee.id(), attendee);
            return attendee;
        }
    }

    /** Makes the account's holder its own attendee unless it has one. */
    public void addHolder(FakeAccount account) {
        synchronized (shared.lock()) {
            if (holder(account.id()).isEmpty()) {
                FakeAttendee self = new FakeAttendee(Ids.unipileId(), account.id(), account.providerId(),
                        account.name(), true);
                attendees.put(self.id(), self);
            }
        }
    }

    /** The attendee with this attendee id. */
    public Optional<FakeAttendee> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(attendees.get(id));
        }
    }

    /** The attendee, for a request: 404 {@code errors/resource_not_found} when unknown. */
    public FakeAttendee requireKnown(String id) {
        return get(id).orElseThrow(() -> ApiException.notFound("Attendee " + id + " not found"));
    }

    /**
     * The attendees an id names, as the attendee routes read it: the attendee with this Unipile id, else every
     * attendee (of any account) with this provider id; 404 {@code errors/resource_not_found} when none.
     */
    public List<FakeAttendee> resolve(String idOrProviderId) {
        synchronized (shared.lock()) {
            FakeAttendee byId = attendees.get(idOrProviderId);
            if (byId != null) {
                return List.of(byId);
            }
            List<FakeAttendee> found = attendees.values().stream()
                    .filter(a -> a.providerId().equals(idOrProviderId)).toList();
            if (found.isEmpty()) {
                throw ApiException.notFound("Attendee " + idOrProviderId + " not found");
            }
            return found;
        }
    }

    /** Whether the attendee takes part in the chat: one of its attendees, or the holder of its account. */
    public static boolean takesPart(FakeAttendee attendee, FakeChat chat) {
        return attendee.accountId().equals(chat.accountId())
                && (attendee.self() || chat.attendeeProviderIds().contains(attendee.providerId()));
    }

    /** The attendee of this account with this provider id. */
    public Optional<FakeAttendee> find(String accountId, String providerId) {
        return first(a -> a.accountId().equals(accountId) && a.providerId().equals(providerId));
    }

    /** The attendee of this account with this provider id, made (named after the id) when the account knows none. */
    public FakeAttendee findOrCreate(String accountId, String providerId) {
        synchronized (shared.lock()) {
            return find(accountId, providerId).orElseGet(() -> {
                FakeAttendee created = FakeAttendee.of(accountId, providerId, providerId);
                attendees.put(created.id(), created);
                return created;
            });
        }
    }

    /** The account holder's own attendee. */
    public Optional<FakeAttendee> holder(String accountId) {
        return first(a -> a.self() && a.accountId().equals(accountId));
    }

    /** Every attendee, in the order added. */
    public List<FakeAttendee> all() {
        synchronized (shared.lock()) {
            return List.copyOf(attendees.values());
        }
    }

    List<Paging.Entry<FakeAttendee>> entries() {
        synchronized (shared.lock()) {
            return attendees.entries();
        }
    }

    /** Everyone in a chat: its attendees in order, then the holder. */
    public List<FakeAttendee> participants(FakeChat chat) {
        synchronized (shared.lock()) {
            List<FakeAttendee> all = new ArrayList<>();
            chat.attendeeProviderIds().forEach(providerId -> all.add(findOrCreate(chat.accountId(), providerId)));
            holder(chat.accountId()).ifPresent(all::add);
            return List.copyOf(all);
        }
    }

    /** Removes the attendees of an account. */
    public void removeOf(String accountId) {
        synchronized (shared.lock()) {
            attendees.removeIf(a -> a.accountId().equals(accountId));
        }
    }

    private Optional<FakeAttendee> first(Predicate<FakeAttendee> test) {
        synchronized (shared.lock()) {
            return attendees.values().stream().filter(test).findFirst();
        }
    }

    @Override
    public void clear() {
        attendees.clear();
    }
}
