package io.unipile.testkit.internal;

import java.util.List;

/**
 * One resource group of Unipile's API (accounts, chats, messages, ...): the routes it serves, each with its
 * handler, in one place. A group is made from the fake's {@link SharedState}, where it keeps its slice; it is
 * registered in {@code io.unipile.testkit.Routes}.
 */
public interface ResourceGroup {
    /** The group's routes and their handlers. */
    List<Endpoint> endpoints();
}
