package io.unipile.transport.jdk;

import io.unipile.conformance.WireFormatSuite;
import io.unipile.http.UnipileTransportProvider;

class JdkWireFormatTest extends WireFormatSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
