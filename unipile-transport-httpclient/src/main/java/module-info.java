/**
 * The transport on Apache HttpClient 5, for pooled connections. The client finds it as a
 * {@link io.unipile.http.UnipileTransportProvider} service.
 *
 * @provides io.unipile.http.UnipileTransportProvider
 */
module io.unipile.transport.httpclient {
    requires transitive io.unipile.api;
    requires org.slf4j;
    // HttpClient 5 and HttpCore 5 ship Automatic-Module-Name entries only, hence these names.
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.apache.httpcomponents.core5.httpcore5.h2;
    // HttpClient 5 sets TCP keep-alive options through jdk.net.Sockets; as an automatic module it cannot say so.
    requires jdk.net;

    exports io.unipile.transport.httpclient;

    provides io.unipile.http.UnipileTransportProvider with io.unipile.transport.httpclient.HttpClientTransportProvider;
}
