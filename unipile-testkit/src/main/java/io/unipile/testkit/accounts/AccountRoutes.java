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
import java.util.Map;
import java.util.Set;

/**
 * The accounts group: {@code /api/v1/accounts} and {@code /api/v1/hosted/accounts/link}. Connecting is stateful: a
 * connection answers 202 {@code Checkpoint} when a test demanded one (and always a QR code for WhatsApp and
 * Telegram), and the account exists once it is solved; see {@link ConnectionStore}.
 */
public final class AccountRoutes implements ResourceGroup {
    /** {@code GET /api/v1/accounts}: in the order added. */
    public static final Route LIST_ACCOUNTS = Route.get("/api/v1/accounts", "cursor", "limit");
    /** {@code GET /api/v1/accounts/{id}}. */
    public static final Route GET_ACCOUNT = Route.get("/api/v1/accounts/{id}");
    /** {@code DELETE /api/v1/accounts/{id}}: removes the account with its chats, messages and attendees. */
    public static final Route DELETE_ACCOUNT = Route.delete("/api/v1/accounts/{id}");
    /** {@code POST /api/v1/accounts} (JSON): connects an account natively, or answers a checkpoint. */
    public static final Route CONNECT_ACCOUNT = Route.post("/api/v1/accounts");
    /** {@code POST /api/v1/accounts/{id}} (JSON): reconnects an account, or answers a checkpoint. */
    public static final Route RECONNECT_ACCOUNT = Route.post("/api/v1/accounts/{id}");
    /** {@code POST /api/v1/accounts/checkpoint} (JSON): solves a checkpoint with a code. */
    public static final Route SOLVE_CHECKPOINT = Route.post("/api/v1/accounts/checkpoint");
    /** {@code POST /api/v1/accounts/checkpoint/resend} (JSON): resends a checkpoint's notification. */
    public static final Route RESEND_CHECKPOINT = Route.post("/api/v1/accounts/checkpoint/resend");
    /** {@code POST /api/v1/accounts/{id}/restart}: restarts an account's sources. */
    public static final Route RESTART_ACCOUNT = Route.post("/api/v1/accounts/{id}/restart");
    /** {@code GET /api/v1/accounts/{account_id}/sync}: starts a LinkedIn account's resync, then reports it done. */
    public static final Route RESYNC_ACCOUNT = Route.get("/api/v1/accounts/{account_id}/sync", "chunk_size",
            "partial", "linkedin_product", "before", "after");
    /** {@code POST /api/v1/hosted/accounts/link} (JSON): a hosted auth link a test completes. */
    public static final Route CREATE_HOSTED_LINK = Route.post("/api/v1/hosted/accounts/link");

    private static final Set<String> LINKEDIN_PRODUCTS = Set.of("classic", "recruiter", "sales_navigator");

    private final AccountStore accounts;
    private final ConnectionStore connections;

    /** The group over this state. */
    public AccountRoutes(SharedState state) {
        this.accounts = AccountStore.of(state);
        this.connections = ConnectionStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_ACCOUNTS, this::list),
                Endpoint.of(GET_ACCOUNT, this::get),
                Endpoint.of(DELETE_ACCOUNT, this::delete),
                Endpoint.json(CONNECT_ACCOUNT, this::connect),
                Endpoint.json(RECONNECT_ACCOUNT, this::reconnect),
                Endpoint.json(SOLVE_CHECKPOINT, this::solve),
                Endpoint.json(RESEND_CHECKPOINT, this::resend),
                Endpoint.of(RESTART_ACCOUNT, this::restart),
                Endpoint.of(RESYNC_ACCOUNT, this::resync),
                Endpoint.json(CREATE_HOSTED_LINK, this::createHostedLink));
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

    /** 201 {@code AccountCreated} and {@code CREATION_SUCCESS}, or 202 {@code Checkpoint}. */
    private Reply connect(IncomingRequest request) {
        ConnectionRequests.Connection connection = ConnectionRequests.connection(request.jsonBody());
        return answer(connections.connect(connection.account()), "AccountCreated");
    }

    /** 201 {@code AccountReconnected} and {@code RECONNECTED}, or 202 {@code Checkpoint}. */
    private Reply reconnect(IncomingRequest request) {
        String id = request.pathParam("id");
        accounts.requireKnown(id);
        ConnectionRequests.Connection connection = ConnectionRequests.connection(request.jsonBody());
        return answer(connections.reconnect(id, connection.provider()), "AccountReconnected");
    }

    /** The spec gives this route's 201 {@code AccountCreated} only, reconnection or not. */
    private Reply solve(IncomingRequest request) {
        return answer(connections.solve(ConnectionRequests.solution(request.jsonBody())), "AccountCreated");
    }

    private static Reply answer(ConnectionStore.Outcome outcome, String connected) {
        if (outcome.checkpoint() != null) {
            return Reply.write(202, AccountJson.checkpoint(outcome.accountId(), outcome.checkpoint()), List.of());
        }
        return Reply.write(201, AccountJson.connected(connected, outcome.accountId()), outcome.notices());
    }

    private Reply resend(IncomingRequest request) {
        ConnectionRequests.Resend resend = ConnectionRequests.resend(request.jsonBody());
        boolean success = connections.resend(resend);
        return Reply.write(200, WireJson.object("CheckpointResend").put("account_id", resend.accountId())
                .put("success", success), List.of());
    }

    /** {@code CONNECTING} then {@code OK}, or {@code AccountFailedToRestart} for sources waiting for credentials. */
    private Reply restart(IncomingRequest request) {
        List<WebhookNotice> notices = connections.restart(request.pathParam("id"));
        return notices == null ? Reply.write(200, WireJson.object("AccountFailedToRestart"), List.of())
                : Reply.write(200, WireJson.object("AccountRestarted"), notices);
    }

    private Reply resync(IncomingRequest request) {
        String id = request.pathParam("account_id");
        positive(request, "chunk_size", 1);
        request.booleanParam("partial");
        String product = request.queryParam("linkedin_product");
        if (product != null && !LINKEDIN_PRODUCTS.contains(product)) {
            throw ApiException.invalidParameters("linkedin_product must be one of " + new java.util.TreeSet<>(
                    LINKEDIN_PRODUCTS) + ", not " + product);
        }
        positive(request, "before", 0);
        positive(request, "after", 0);
        Map.Entry<String, List<WebhookNotice>> status = connections.resync(id);
        return Reply.write(200, WireJson.object("AccountResync").put("status", status.getKey()), status.getValue());
    }

    /** A query parameter that must be a whole number of at least {@code min} (epoch milliseconds for the times). */
    private static void positive(IncomingRequest request, String name, long min) {
        String value = request.queryParam(name);
        if (value == null) {
            return;
        }
        try {
            if (Long.parseLong(value) >= min) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters(name + " must be a whole number of at least " + min + ", not "
                + value);
    }

    private Reply createHostedLink(IncomingRequest request) {
        return Reply.write(200, AccountJson.hostedLink(connections.addLink(
                ConnectionRequests.hostedLink(request.jsonBody(), accounts))), List.of());
    }
}
