package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.LinkedInWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientLinkedInWireTest extends LinkedInWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
