package io.unipile.guard;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.http.HttpMethod;

import java.util.Optional;

/**
 * A call about to be sent, as a {@link CallGuard} sees it: the operation, the values it carries, its options, and a
 * client for look-ups. Values are read on demand from the request already built, so a guard that reads nothing costs
 * nothing. Never carries the API key.
 */
public interface GuardedCall {

    /** The HTTP method. */
    HttpMethod method();

    /**
     * The path template of the declared operation, with the {@code /api/v1} prefix, e.g.
     * {@code /api/v1/users/invite}; {@value io.unipile.resilience.CallObserver.CallInfo#RAW_URI} for a raw call whose
     * template is not a declared operation's.
     */
    String uri();

    /**
     * A path parameter's value by its name in the template, e.g. {@code chat_id} of
     * {@code /api/v1/chats/{chat_id}/messages}, decoded.
     */
    Optional<String> pathValue(String name);

    /**
     * A value the request sends by its wire name: a query parameter, else a field of a JSON object body (nested
     * fields as {@code linkedin[inmail]}), else a text part of a multipart body. Numbers and booleans are given as
     * their JSON text; objects, arrays and files are not fields.
     */
    Optional<String> field(String name);

    /** The {@code account_id} the request sends, if any: {@code field("account_id")}. */
    default Optional<String> accountId() {
        return field("account_id");
    }

    /** The call's options, with any extension's {@linkplain RequestOptions#attribute attributes}. */
    RequestOptions options();

    /**
     * The client this call was made on, without the guard and without the call's options: for look-ups a guard needs
     * (a chat's account, an account's type), which are not admitted again.
     */
    UnipileClient client();
}
