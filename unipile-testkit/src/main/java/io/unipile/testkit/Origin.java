package io.unipile.testkit;

/** Where a chat or message in the fake's state came from. */
public enum Origin {
    /** Put there by the test through {@link FakeUnipileState}. */
    SEEDED,
    /** Created by a client's request over HTTP. */
    API
}
