package io.unipile.conformance.jdk;

import io.unipile.conformance.wire.PostsWireSuite;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;

class JdkPostsWireTest extends PostsWireSuite {
    @Override
    protected UnipileTransportProvider transportProvider() {
        return new JdkTransportProvider();
    }
}
