package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.LinkedInSearchWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkLinkedInSearchWireTest extends LinkedInSearchWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
