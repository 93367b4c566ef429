package io.unipile.testkit.webhooks;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeWebhook;
import io.unipile.testkit.Origin;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.Table;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The webhooks slice of the fake's state. Runs under the shared lock. */
public final class WebhookStore implements SharedState.Slice {
    private final SharedState shared;
    private final Table<FakeWebhook> webhooks = new Table<>();

    private WebhookStore(SharedState shared) {
        this.shared = shared;
    }

    /** The webhooks slice of this state. */
    public static WebhookStore of(SharedState shared) {
        return shared.slice(WebhookStore.class, WebhookStore::new);
    }

    /**
     * Registers a webhook for {@code POST /webhooks} or a test, with Unipile's defaults.
     *
     * @throws ApiException 400 for what Unipile does not accept, 404 for an unknown account
     */
    public FakeWebhook create(CreateWebhookRequest request, Origin origin) {
        WebhookRules.check(request);
        synchronized (shared.lock()) {
            List<FakeWebhook.Target> targets = new ArrayList<>();
            AccountStore accounts = AccountStore.of(shared);
            for (String accountId : new LinkedHashSet<>(request.accountIds())) {
                FakeAccount account = accounts.get(accountId).orElseThrow(() ->
                        ApiException.notFound("account_ids: account " + accountId + " not found"));
                targets.add(new FakeWebhook.Target(account.id(), account.type(), account.name()));
            }
            FakeWebhook webhook = new FakeWebhook(Ids.unipileId(), request.requestUrl(), request.source(),
                    request.name(), request.format() != null ? request.format() : WebhookFormat.JSON, targets,
                    request.enabled() == null || request.enabled(), request.headers(),
                    request.events().isEmpty() ? WebhookRules.defaultEvents(request.source()) : request.events(),
                    request.data(), origin);
            webhooks.put(webhook.id(), webhook);
            return webhook;
        }
    }

    /** Removes a webhook for {@code DELETE /webhooks/{id}}; 404 when unknown. */
    FakeWebhook delete(String webhookId) {
        synchronized (shared.lock()) {
            FakeWebhook removed = webhooks.remove(webhookId);
            if (removed == null) {
                throw ApiException.notFound("Webhook " + webhookId + " not found");
            }
            return removed;
        }
    }

    /** Every webhook, in the order registered. */
    public List<FakeWebhook> all() {
        synchronized (shared.lock()) {
            return List.copyOf(webhooks.values());
        }
    }

    /** The webhook with this id. */
    public Optional<FakeWebhook> get(String id) {
        synchronized (shared.lock()) {
            return Optional.ofNullable(webhooks.get(id));
        }
    }

    List<Paging.Entry<FakeWebhook>> entries() {
        synchronized (shared.lock()) {
            return webhooks.entries();
        }
    }

    @Override
    public void clear() {
        webhooks.clear();
    }
}
