package io.unipile.conformance.httpclient;

import io.unipile.conformance.WireFormatSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientWireFormatTest extends WireFormatSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
