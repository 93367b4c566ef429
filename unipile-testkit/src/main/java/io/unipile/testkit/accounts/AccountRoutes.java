package io.unipile.testkit.accounts;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.Route;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.AccountStatusMessage;
import java.util.List;

/** The accounts group: {@code /api/v1/accounts}. */
public final class AccountRoutes implements ResourceGroup {
    /** {@code GET /api/v1/accounts}: in the order added. */
    public static final Route LIST_ACCOUNTS = Route.get("/api/v1/accounts", "cursor", "limit");
    /** {@code GET /api/v1/accounts/{id}}. */
    public static final Route GET_ACCOUNT = Route.get("/api/v1/accounts/{id}");
    /** {@code DELETE /api/v1/accounts/{id}}: removes the account with its chats, messages and attendees. */
    public static final Route DELETE_ACCOUNT = Route.delete("/api/v1/accounts/{id}");

    private final AccountStore accounts;

    /** The group over this state. */
    public AccountRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_ACCOUNTS, this::list),
                Endpoint.of(GET_ACCOUNT, this::get),
                Endpoint.of(DELETE_ACCOUNT, this::delete));
    }

    private Reply list(IncomingRequest request) {
        return Reply.page("AccountList", "accounts", accounts.entries(), a -> true, request, AccountJson::account);
    }

    private Reply get(IncomingRequest request) {
        return Reply.json(200, AccountJson.account(accounts.requireKnown(request.pathParam("id"))));
    }

    /** Account-status webhooks hear {@code DELETED}. */
    private Reply delete(IncomingRequest request) {
        String id = request.pathParam("id");
        FakeAccount account = accounts.remove(id)
                .orElseThrow(() -> ApiException.notFound("Account " + id + " not found"));
        return Reply.write(200, WireJson.object("AccountDeleted"), List.of(
                new WebhookNotice.AccountStatus(account.id(), account.type(), AccountStatusMessage.DELETED)));
    }
}
