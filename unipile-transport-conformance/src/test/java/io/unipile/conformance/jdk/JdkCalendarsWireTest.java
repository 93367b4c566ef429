package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.CalendarsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkCalendarsWireTest extends CalendarsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
