package io.unipile.internal.accounts;

import io.unipile.accounts.Account;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.AccountsClient;
import io.unipile.accounts.ListAccountsRequest;
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
}
