package io.unipile.internal.accounts;

import io.unipile.accounts.Account;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.AccountRestart;
import io.unipile.accounts.AccountResync;
import io.unipile.accounts.AccountsClient;
import io.unipile.accounts.CheckpointResent;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.HostedAuthLink;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.ResyncAccountRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.internal.ApiCaller;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link AccountsClient} over an {@link ApiCaller}; the operations are declared in {@link AccountsEndpoints}. */
public final class AccountsClientImpl implements AccountsClient {
    private final ApiCaller caller;

    public AccountsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Account> list(ListAccountsRequest request) {
        return caller.call(AccountsEndpoints.LIST, request);
    }

    @Override
    public CompletableFuture<Page<Account>> listAsync(ListAccountsRequest request) {
        return caller.callAsync(AccountsEndpoints.LIST, request);
    }

    @Override
    public PagedIterable<Account> listAll(ListAccountsRequest request) {
        return caller.pages(AccountsEndpoints.LIST, request);
    }

    @Override
    public Account get(String accountId) {
        return caller.call(AccountsEndpoints.GET, null, accountId);
    }

    @Override
    public CompletableFuture<Account> getAsync(String accountId) {
        return caller.callAsync(AccountsEndpoints.GET, null, accountId);
    }

    @Override
    public AccountDeleted delete(String accountId) {
        return caller.call(AccountsEndpoints.DELETE, null, accountId);
    }

    @Override
    public CompletableFuture<AccountDeleted> deleteAsync(String accountId) {
        return caller.callAsync(AccountsEndpoints.DELETE, null, accountId);
    }

    @Override
    public HostedAuthLink createHostedAuthLink(HostedAuthLinkRequest request) {
        return caller.call(AccountsEndpoints.HOSTED_LINK, request);
    }

    @Override
    public CompletableFuture<HostedAuthLink> createHostedAuthLinkAsync(HostedAuthLinkRequest request) {
        return caller.callAsync(AccountsEndpoints.HOSTED_LINK, request);
    }

    // The call checks the request before the provider is read from it.
    @Override
    public ConnectionResult connect(ConnectAccountRequest request) {
        return caller.call(AccountsEndpoints.CONNECT, request).toResult(request.provider());
    }

    @Override
    public CompletableFuture<ConnectionResult> connectAsync(ConnectAccountRequest request) {
        return caller.callAsync(AccountsEndpoints.CONNECT, request).thenApply(r -> r.toResult(request.provider()));
    }

    @Override
    public ConnectionResult reconnect(String accountId, ConnectAccountRequest request) {
        return caller.call(AccountsEndpoints.RECONNECT, request, accountId).toResult(request.provider());
    }

    @Override
    public CompletableFuture<ConnectionResult> reconnectAsync(String accountId, ConnectAccountRequest request) {
        return caller.callAsync(AccountsEndpoints.RECONNECT, request, accountId)
                .thenApply(r -> r.toResult(request.provider()));
    }

    @Override
    public ConnectionResult solveCheckpoint(SolveCheckpointRequest request) {
        return caller.call(AccountsEndpoints.SOLVE_CHECKPOINT, request).toResult(request.provider());
    }

    @Override
    public CompletableFuture<ConnectionResult> solveCheckpointAsync(SolveCheckpointRequest request) {
        return caller.callAsync(AccountsEndpoints.SOLVE_CHECKPOINT, request)
                .thenApply(r -> r.toResult(request.provider()));
    }

    @Override
    public CheckpointResent resendCheckpoint(ResendCheckpointRequest request) {
        return caller.call(AccountsEndpoints.RESEND_CHECKPOINT, request);
    }

    @Override
    public CompletableFuture<CheckpointResent> resendCheckpointAsync(ResendCheckpointRequest request) {
        return caller.callAsync(AccountsEndpoints.RESEND_CHECKPOINT, request);
    }

    @Override
    public AccountRestart restart(String accountId) {
        return caller.call(AccountsEndpoints.RESTART, null, accountId);
    }

    @Override
    public CompletableFuture<AccountRestart> restartAsync(String accountId) {
        return caller.callAsync(AccountsEndpoints.RESTART, null, accountId);
    }

    @Override
    public AccountResync resync(String accountId, ResyncAccountRequest request) {
        return caller.call(AccountsEndpoints.RESYNC, request, accountId);
    }

    @Override
    public CompletableFuture<AccountResync> resyncAsync(String accountId, ResyncAccountRequest request) {
        return caller.callAsync(AccountsEndpoints.RESYNC, request, accountId);
    }
}
