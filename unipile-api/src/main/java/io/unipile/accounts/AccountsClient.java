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
}
