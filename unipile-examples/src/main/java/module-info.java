/**
 * The quick-start and the examples. It names no transport: the client finds the JDK and Apache ones as services, as
 * it does in a user's application, so {@code java --module-path ... --module
 * io.unipile.examples/io.unipile.examples.quickstart.QuickStart} needs no {@code --add-modules}.
 */
module io.unipile.examples {
    requires io.unipile.testkit;
    requires io.unipile.limits;
    // The webhook receiver example listens with the JDK's HttpServer.
    requires jdk.httpserver;
}
