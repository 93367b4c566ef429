package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.LinkedInWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkLinkedInWireTest extends LinkedInWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
