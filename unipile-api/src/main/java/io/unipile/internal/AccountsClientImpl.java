package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.accounts.Account;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.AccountsClient;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.http.HttpMethod;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link AccountsClient} over an {@link ApiCaller}. */
final class AccountsClientImpl implements AccountsClient {
    private static final JavaType ACCOUNT = Json.mapper().constructType(Account.class);
    private static final JavaType ACCOUNT_PAGE = Pages.of(Account.class);
    private static final JavaType ACCOUNT_DELETED = Json.mapper().constructType(AccountDeleted.class);

    private final ApiCaller caller;

    AccountsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<Account> list(ListAccountsRequest request) {
        return caller.call(listRequest(request), ACCOUNT_PAGE);
    }

    @Override
    public CompletableFuture<Page<Account>> listAsync(ListAccountsRequest request) {
        return caller.callAsync(listRequest(request), ACCOUNT_PAGE);
    }

    @Override
    public PagedIterable<Account> listAll(ListAccountsRequest request) {
        Check.notNull("request", request);
        return new PagedIterable<>(request.cursor(), cursor -> list(request.withCursor(cursor)));
    }

    @Override
    public Account get(String accountId) {
        return caller.call(getRequest(accountId), ACCOUNT);
    }

    @Override
    public CompletableFuture<Account> getAsync(String accountId) {
        return caller.callAsync(getRequest(accountId), ACCOUNT);
    }

    @Override
    public AccountDeleted delete(String accountId) {
        return caller.call(deleteRequest(accountId), ACCOUNT_DELETED);
    }

    @Override
    public CompletableFuture<AccountDeleted> deleteAsync(String accountId) {
        return caller.callAsync(deleteRequest(accountId), ACCOUNT_DELETED);
    }

    private static ApiRequest deleteRequest(String accountId) {
        return ApiRequest.builder(HttpMethod.DELETE).path("accounts").id("accountId", accountId).build();
    }

    private static ApiRequest listRequest(ListAccountsRequest request) {
        Check.notNull("request", request);
        return ApiRequest.builder(HttpMethod.GET).path("accounts")
                .query("cursor", request.cursor())
                .query("limit", request.limit())
                .build();
    }

    private static ApiRequest getRequest(String accountId) {
        return ApiRequest.builder(HttpMethod.GET).path("accounts").id("accountId", accountId).build();
    }
}
