package io.unipile.conformance.jdk;

import io.unipile.conformance.ResilienceSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkResilienceTest extends ResilienceSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
