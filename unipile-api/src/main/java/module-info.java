/**
 * The Unipile client's public surface: {@link io.unipile.UnipileClient}, the resource groups' models and requests,
 * the typed exceptions, pagination, and the service interfaces a transport or a resilience layer implements.
 *
 * <p>It holds no HTTP library: building a {@link io.unipile.UnipileClient} finds a transport among the
 * {@link io.unipile.http.UnipileTransportProvider} services on the module path (add one transport module), and a
 * {@link io.unipile.resilience.ResilienceLayer} if one is there.
 *
 * <p>{@code io.unipile.internal} is exported only to this project's own modules: it can change in any release.
 * Jackson reads and writes the models by reflection, so their packages are open to it.
 *
 * @uses io.unipile.http.UnipileTransportProvider
 * @uses io.unipile.resilience.ResilienceLayer
 */
module io.unipile.api {
    // Models expose Jackson's JsonNode for the fields Unipile may add: users compile against Jackson too.
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.unipile;
    exports io.unipile.accounts;
    exports io.unipile.attendees;
    exports io.unipile.calendars;
    exports io.unipile.chats;
    exports io.unipile.emails;
    exports io.unipile.errors;
    exports io.unipile.files;
    exports io.unipile.guard;
    exports io.unipile.http;
    exports io.unipile.linkedin;
    exports io.unipile.linkedin.search;
    exports io.unipile.messages;
    exports io.unipile.pagination;
    exports io.unipile.posts;
    exports io.unipile.raw;
    exports io.unipile.resilience;
    exports io.unipile.users;
    exports io.unipile.webhooks;

    // Shared helpers (futures, JSON, Retry-After) for the transports, the fake and the limits; no compatibility
    // promise.
    exports io.unipile.internal to
            io.unipile.transport.resilience,
            io.unipile.transport.jdk,
            io.unipile.transport.httpclient,
            io.unipile.testkit,
            io.unipile.limits;

    opens io.unipile to com.fasterxml.jackson.databind;
    opens io.unipile.accounts to com.fasterxml.jackson.databind;
    opens io.unipile.attendees to com.fasterxml.jackson.databind;
    opens io.unipile.calendars to com.fasterxml.jackson.databind;
    opens io.unipile.chats to com.fasterxml.jackson.databind;
    opens io.unipile.emails to com.fasterxml.jackson.databind;
    opens io.unipile.linkedin to com.fasterxml.jackson.databind;
    opens io.unipile.linkedin.search to com.fasterxml.jackson.databind;
    opens io.unipile.messages to com.fasterxml.jackson.databind;
    opens io.unipile.pagination to com.fasterxml.jackson.databind;
    opens io.unipile.posts to com.fasterxml.jackson.databind;
    opens io.unipile.raw to com.fasterxml.jackson.databind;
    opens io.unipile.users to com.fasterxml.jackson.databind;
    opens io.unipile.webhooks to com.fasterxml.jackson.databind;
    opens io.unipile.internal to com.fasterxml.jackson.databind;
    opens io.unipile.internal.accounts to com.fasterxml.jackson.databind;
    opens io.unipile.internal.attendees to com.fasterxml.jackson.databind;
    opens io.unipile.internal.calendars to com.fasterxml.jackson.databind;
    opens io.unipile.internal.chats to com.fasterxml.jackson.databind;
    opens io.unipile.internal.emails to com.fasterxml.jackson.databind;
    opens io.unipile.internal.linkedin to com.fasterxml.jackson.databind;
    opens io.unipile.internal.messages to com.fasterxml.jackson.databind;
    opens io.unipile.internal.posts to com.fasterxml.jackson.databind;
    opens io.unipile.internal.raw to com.fasterxml.jackson.databind;
    opens io.unipile.internal.users to com.fasterxml.jackson.databind;
    opens io.unipile.internal.webhooks to com.fasterxml.jackson.databind;

    uses io.unipile.http.UnipileTransportProvider;
    uses io.unipile.resilience.ResilienceLayer;
}
