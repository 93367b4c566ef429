package io.unipile.accounts;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** The accounts linked to Unipile: {@code /api/v1/accounts}. */
public interface AccountsClient {

    /** One page of accounts ({@code GET /accounts}). */
    Page<Account> list(ListAccountsRequest request);

    /** The first page of accounts, of the server's default size. */
    default Page<Account> list() {
        return list(ListAccountsRequest.builder().build());
    }

    /** {@link #list(ListAccountsRequest)} without blocking. */
    CompletableFuture<Page<Account>> listAsync(ListAccountsRequest request);

    /**
     * Every account, fetched page by page as iteration proceeds, starting at the request's cursor and using its
     * limit as the page size.
     */
    PagedIterable<Account> listAll(ListAccountsRequest request);

    /** Every account, in pages of the server's default size. */
    default PagedIterable<Account> listAll() {
        return listAll(ListAccountsRequest.builder().build());
    }

    /** One account ({@code GET /accounts/{id}}). */
    Account get(String accountId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<Account> getAsync(String accountId);

    /** Deletes an account from Unipile ({@code DELETE /accounts/{id}}); it stops syncing at once. */
    AccountDeleted delete(String accountId);

    /** {@link #delete(String)} without blocking. */
    CompletableFuture<AccountDeleted> deleteAsync(String accountId);

    /**
     * A link to Unipile's hosted auth wizard, where the user connects or reconnects an account themselves
     * ({@code POST /hosted/accounts/link}). Once they do, Unipile POSTs the account's id and the request's
     * {@code name} to its {@code notifyUrl} and tells {@code account_status} webhooks. Never repeated by a retry once
     * it may have reached the server.
     */
    HostedAuthLink createHostedAuthLink(HostedAuthLinkRequest request);

    /** {@link #createHostedAuthLink(HostedAuthLinkRequest)} without blocking. */
    CompletableFuture<HostedAuthLink> createHostedAuthLinkAsync(HostedAuthLinkRequest request);

    /**
     * Connects an account with its credentials ({@code POST /accounts}): {@link AccountConnected} when it is done, or
     * {@link CheckpointRequired} when the provider asks for a security step first (always a QR code for WhatsApp and
     * Telegram). Never repeated by a retry once it may have reached the server: a repeat would start a second
     * authentication.
     */
    ConnectionResult connect(ConnectAccountRequest request);

    /** {@link #connect(ConnectAccountRequest)} without blocking. */
    CompletableFuture<ConnectionResult> connectAsync(ConnectAccountRequest request);

    /**
     * Reconnects a disconnected account with new credentials of its provider ({@code POST /accounts/{id}}):
     * {@link AccountConnected} ({@code AccountReconnected}) or {@link CheckpointRequired}. Never repeated by a retry
     * once it may have reached the server.
     */
    ConnectionResult reconnect(String accountId, ConnectAccountRequest request);

    /** {@link #reconnect(String, ConnectAccountRequest)} without blocking. */
    CompletableFuture<ConnectionResult> reconnectAsync(String accountId, ConnectAccountRequest request);

    /**
     * Solves a checkpoint with a code ({@code POST /accounts/checkpoint}): {@link AccountConnected}, or one more
     * {@link CheckpointRequired} when the provider chains steps. A wrong code is an
     * {@link io.unipile.errors.AuthenticationException} ({@code errors/invalid_checkpoint_solution}). Never repeated
     * by a retry once it may have reached the server.
     */
    ConnectionResult solveCheckpoint(SolveCheckpointRequest request);

    /** {@link #solveCheckpoint(SolveCheckpointRequest)} without blocking. */
    CompletableFuture<ConnectionResult> solveCheckpointAsync(SolveCheckpointRequest request);

    /**
     * Sends a checkpoint's notification again: a new code, or the in-app prompt
     * ({@code POST /accounts/checkpoint/resend}). Never repeated by a retry once it may have reached the server.
     */
    CheckpointResent resendCheckpoint(ResendCheckpointRequest request);

    /** {@link #resendCheckpoint(ResendCheckpointRequest)} without blocking. */
    CompletableFuture<CheckpointResent> resendCheckpointAsync(ResendCheckpointRequest request);

    /**
     * Restarts the sources of a frozen account ({@code POST /accounts/{id}/restart}). Never repeated by a retry once
     * it may have reached the server.
     */
    AccountRestart restart(String accountId);

    /** {@link #restart(String)} without blocking. */
    CompletableFuture<AccountRestart> restartAsync(String accountId);

    /**
     * Starts resyncing a LinkedIn account's messaging data, or reports how the resync stands: call it again to poll
     * ({@code GET /accounts/{account_id}/sync}).
     */
    AccountResync resync(String accountId, ResyncAccountRequest request);

    /** A full resync of every connected product, or how it stands. */
    default AccountResync resync(String accountId) {
        return resync(accountId, ResyncAccountRequest.builder().build());
    }

    /** {@link #resync(String, ResyncAccountRequest)} without blocking. */
    CompletableFuture<AccountResync> resyncAsync(String accountId, ResyncAccountRequest request);
}
