package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.EmailsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkEmailsWireTest extends EmailsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
