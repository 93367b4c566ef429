package io.unipile.conformance.jdk;

import io.unipile.conformance.WireFormatSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkWireFormatTest extends WireFormatSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }

    /**
     * The JDK returns a connection to its pool on its selector thread once the body's end was processed, which the
     * caller does not wait for once it read the declared length: the next call may then open a second connection.
     */
    @Override
    protected int connectionsForSequentialCalls() {
        return 2;
    }
}
