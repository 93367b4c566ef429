package io.unipile.conformance.jdk;

import io.unipile.conformance.HostileReplySuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkHostileReplyTest extends HostileReplySuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
