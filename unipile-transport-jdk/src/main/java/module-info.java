/**
 * The transport on {@code java.net.http.HttpClient}: no dependency beyond the JDK. The client finds it as a
 * {@link io.unipile.http.UnipileTransportProvider} service.
 *
 * @provides io.unipile.http.UnipileTransportProvider
 */
module io.unipile.transport.jdk {
    requires transitive io.unipile.api;
    requires java.net.http;

    exports io.unipile.transport.jdk;

    provides io.unipile.http.UnipileTransportProvider with io.unipile.transport.jdk.JdkTransportProvider;
}
