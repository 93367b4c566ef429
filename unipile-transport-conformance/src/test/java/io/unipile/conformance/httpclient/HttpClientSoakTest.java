package io.unipile.conformance.httpclient;

import io.unipile.conformance.SoakSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientSoakTest extends SoakSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
