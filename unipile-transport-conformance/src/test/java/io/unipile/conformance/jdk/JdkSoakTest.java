package io.unipile.conformance.jdk;

import io.unipile.conformance.SoakSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkSoakTest extends SoakSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
