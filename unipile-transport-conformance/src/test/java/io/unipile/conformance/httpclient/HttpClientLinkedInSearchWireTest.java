package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.LinkedInSearchWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientLinkedInSearchWireTest extends LinkedInSearchWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
