package io.unipile.internal.accounts;

import io.unipile.accounts.Account;
import io.unipile.accounts.AccountDeleted;
import io.unipile.accounts.AccountRestart;
import io.unipile.accounts.AccountResync;
import io.unipile.accounts.CheckpointResent;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.HostedAuthLink;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.ResyncAccountRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.internal.Endpoint;
import io.unipile.pagination.Page;

import java.util.List;

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

    /**
     * Not retried once it may have reached the server: a repeat would start a second authentication, which may
     * trigger another checkpoint or a second session at the provider.
     */
    static final Endpoint<ConnectAccountRequest, ConnectionReply> CONNECT =
            Endpoint.<ConnectAccountRequest, ConnectionReply>post("/accounts")
                    .jsonBody(AccountBodies::connect, AccountBodies.CONNECT_FIELDS)
                    .secrets(AccountBodies::connectSecrets)
                    .returns(ConnectionReply.class).build();

    /** Not retried once it may have reached the server, for the reasons of {@link #CONNECT}. */
    static final Endpoint<ConnectAccountRequest, ConnectionReply> RECONNECT =
            Endpoint.<ConnectAccountRequest, ConnectionReply>post("/accounts/{id}").pathNames("accountId")
                    .jsonBody(AccountBodies::connect, AccountBodies.CONNECT_FIELDS)
                    .secrets(AccountBodies::connectSecrets)
                    .returns(ConnectionReply.class).build();

    /** Not retried once it may have reached the server: a code is used once, and a repeat may be refused. */
    static final Endpoint<SolveCheckpointRequest, ConnectionReply> SOLVE_CHECKPOINT =
            Endpoint.<SolveCheckpointRequest, ConnectionReply>post("/accounts/checkpoint")
                    .jsonBody(AccountBodies::solve, "account_id", "provider", "code")
                    .secrets(r -> List.of(r.code()))
                    .returns(ConnectionReply.class).build();

    /** Not retried once it may have reached the server: a repeat sends the user one more notification. */
    static final Endpoint<ResendCheckpointRequest, CheckpointResent> RESEND_CHECKPOINT =
            Endpoint.<ResendCheckpointRequest, CheckpointResent>post("/accounts/checkpoint/resend")
                    .jsonBody(AccountBodies::resend, "account_id", "provider")
                    .returns(CheckpointResent.class).build();

    /** Not retried once it may have reached the server: a repeat restarts the sources again. */
    static final Endpoint<Void, AccountRestart> RESTART =
            Endpoint.<Void, AccountRestart>post("/accounts/{id}/restart").pathNames("accountId")
                    .returns(AccountRestart.class).build();

    /**
     * A GET that starts a resync and reports on it: a repeat while it runs reports {@code SYNC_RUNNING} and changes
     * nothing, so a retry may repeat it, as for a chat's sync.
     */
    static final Endpoint<ResyncAccountRequest, AccountResync> RESYNC =
            Endpoint.<ResyncAccountRequest, AccountResync>get("/accounts/{account_id}/sync")
                    .query("chunk_size", ResyncAccountRequest::chunkSize)
                    .query("partial", ResyncAccountRequest::partial)
                    .query("linkedin_product", ResyncAccountRequest::linkedinProduct)
                    .query("before", ResyncAccountRequest::beforeMillis)
                    .query("after", ResyncAccountRequest::afterMillis)
                    .returns(AccountResync.class).build();

    /** Not retried once it may have reached the server: each call makes a new link. */
    static final Endpoint<HostedAuthLinkRequest, HostedAuthLink> HOSTED_LINK =
            Endpoint.<HostedAuthLinkRequest, HostedAuthLink>post("/hosted/accounts/link")
                    .jsonBody(AccountBodies::hostedLink, AccountBodies.HOSTED_LINK_FIELDS)
                    .secrets(AccountBodies::hostedLinkSecrets)
                    .returns(HostedAuthLink.class).build();

    private AccountsEndpoints() {
    }
}
