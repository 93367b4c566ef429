package io.unipile.conformance.jdk;

import io.unipile.conformance.WireFormatSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkWireFormatTest extends WireFormatSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
