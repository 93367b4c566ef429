package io.unipile.transport.httpclient;

import io.unipile.conformance.WireFormatSuite;
import io.unipile.http.UnipileTransportProvider;

class HttpClientWireFormatTest extends WireFormatSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
