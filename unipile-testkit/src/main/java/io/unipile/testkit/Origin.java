package io.unipile.testkit;

/** Where a chat, message or webhook in the fake's state came from. */
public enum Origin {
    /** Put there by the test through {@link FakeUnipileState}. */
    SEEDED,
    /** Created by a client's request over HTTP. */
    API,
    /** Arrived from the provider as the test simulated it, e.g. {@link FakeUnipileServer#simulateIncomingMessage}. */
    SIMULATED
}
