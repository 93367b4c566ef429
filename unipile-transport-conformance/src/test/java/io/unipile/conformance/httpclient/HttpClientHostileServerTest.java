package io.unipile.conformance.httpclient;

import io.unipile.conformance.HostileServerSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientHostileServerTest extends HostileServerSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
