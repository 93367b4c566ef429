package io.unipile.internal.accounts;

import io.unipile.accounts.Account;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.internal.Endpoint;
import io.unipile.pagination.Page;

/** The operations of {@code /accounts}, each declared once. */
public final class AccountsEndpoints {
    static final Endpoint<ListAccountsRequest, Page<Account>> LIST =
            Endpoint.<ListAccountsRequest, Page<Account>>get("/accounts")
                    .query("cursor", ListAccountsRequest::cursor)
                    .query("limit", ListAccountsRequest::limit, 1, 250)
                    .pageOf(Account.class).build();

    static final Endpoint<Void, Account> GET =
            Endpoint.<Void, Account>get("/accounts/{id}").pathNames("accountId")
                    .returns(Account.class).build();

    static final Endpoint<Void, AccountDeleted> DELETE =
            Endpoint.<Void, AccountDeleted>delete("/accounts/{id}").pathNames("accountId")
                    .returns(AccountDeleted.class).build();

    private AccountsEndpoints() {
    }
}
