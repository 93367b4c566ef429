package io.unipile.conformance.jdk;

import io.unipile.conformance.LoadSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkLoadTest extends LoadSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
