package io.unipile.conformance.jdk;

import io.unipile.conformance.HostileServerSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkHostileServerTest extends HostileServerSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }

    @Override
    protected boolean seesWholeStatusCode() {
        return false; // java.net.http reads "HTTP/1.1 2000" as 200, on Java 17 and 25 alike
    }
}
