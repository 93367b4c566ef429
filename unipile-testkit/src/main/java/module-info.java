/**
 * An in-memory, stateful fake Unipile server for tests, with a JUnit Jupiter extension
 * ({@link io.unipile.testkit.FakeUnipile}) and a standalone entry point.
 *
 * <p>JUnit is a static dependency: the extension needs the JUnit Jupiter API of the tests that use it, and a program
 * that only embeds {@link io.unipile.testkit.FakeUnipileServer} (the quick-start does) runs without JUnit.
 */
module io.unipile.testkit {
    // Its API hands out the client's models (accounts, webhooks…): users of the fake compile against unipile-api.
    requires transitive io.unipile.api;
    requires com.fasterxml.jackson.databind;
    // The fake is an HttpServer (HttpsServer for TLS tests); its webhooks are posted with java.net.http.
    requires jdk.httpserver;
    requires java.net.http;
    requires static org.junit.jupiter.api;
    requires static org.junit.platform.commons;

    exports io.unipile.testkit;
    exports io.unipile.testkit.accounts;
    exports io.unipile.testkit.attendees;
    exports io.unipile.testkit.calendars;
    exports io.unipile.testkit.chats;
    exports io.unipile.testkit.emails;
    exports io.unipile.testkit.linkedin;
    exports io.unipile.testkit.messages;
    exports io.unipile.testkit.posts;
    exports io.unipile.testkit.users;
    exports io.unipile.testkit.webhooks;
}
