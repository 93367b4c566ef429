package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.PostsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientPostsWireTest extends PostsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
