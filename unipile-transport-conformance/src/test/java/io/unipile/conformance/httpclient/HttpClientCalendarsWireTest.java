package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.CalendarsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientCalendarsWireTest extends CalendarsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
