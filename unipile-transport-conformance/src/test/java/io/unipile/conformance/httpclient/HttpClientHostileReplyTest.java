package io.unipile.conformance.httpclient;

import io.unipile.conformance.HostileReplySuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientHostileReplyTest extends HostileReplySuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
