package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.EmailsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientEmailsWireTest extends EmailsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
