package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.UsersWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkUsersWireTest extends UsersWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
