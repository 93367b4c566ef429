package io.unipile.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;
import io.unipile.internal.Immutables;

import java.util.Map;

/**
 * The account is connected: created ({@code "object": "AccountCreated"}, HTTP 201) or reconnected
 * ({@code "object": "AccountReconnected"}).
 *
 * @param object    {@code AccountCreated} or {@code AccountReconnected}, as sent
 * @param accountId the Unipile id of the account
 * @param extra     fields this version of the library does not know, kept as sent
 */
public record AccountConnected(String object, String accountId, Map<String, JsonNode> extra)
        implements ConnectionResult {

    public AccountConnected {
        Check.notNull("object", object);
        Check.notNull("accountId", accountId);
        extra = Immutables.map(extra);
    }

    /** Whether an existing account was reconnected rather than a new one created. */
    public boolean reconnected() {
        return object.equals("AccountReconnected");
    }
}
