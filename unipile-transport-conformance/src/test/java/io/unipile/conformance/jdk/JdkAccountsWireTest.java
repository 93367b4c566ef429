package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.AccountsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkAccountsWireTest extends AccountsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
