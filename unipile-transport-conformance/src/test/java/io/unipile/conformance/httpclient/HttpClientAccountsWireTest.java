package io.unipile.conformance.httpclient;

import io.unipile.conformance.wire.AccountsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.httpclient.HttpClientTransportProvider;

class HttpClientAccountsWireTest extends AccountsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new HttpClientTransportProvider();
    }
}
