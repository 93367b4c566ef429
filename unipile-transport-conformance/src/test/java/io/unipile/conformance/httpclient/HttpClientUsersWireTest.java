package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.UsersWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientUsersWireTest extends UsersWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
