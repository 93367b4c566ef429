package io.unipile.internal;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountsClient;
import io.unipile.attendees.AttendeesClient;
import io.unipile.chats.ChatsClient;
import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.MessagesClient;
import io.unipile.webhooks.WebhooksClient;

import java.util.concurrent.atomic.AtomicBoolean;

/** The client behind {@link UnipileClient#builder()}. */
public final class DefaultUnipileClient implements UnipileClient {
    private static final String VERSION = versionOf(DefaultUnipileClient.class);

    private final BaseUrl baseUrl;
    private final String transportName;
    private final UnipileTransport transport;
    private final AccountsClient accounts;
    private final ChatsClient chats;
    private final MessagesClient messages;
    private final AttendeesClient attendees;
    private final WebhooksClient webhooks;
    private final AtomicBoolean closed = new AtomicBoolean();

    public DefaultUnipileClient(BaseUrl baseUrl, String apiKey, TransportConfig config, String transportName,
                                UnipileTransportProvider provider, String userAgentSuffix) {
        this.baseUrl = baseUrl;
        UnipileTransportProvider chosen = provider != null ? provider
                : TransportLoader.choose(transportName, DefaultUnipileClient.class.getClassLoader());
        this.transportName = chosen.name();
        this.transport = chosen.create(config);
        String userAgent = "unipile-java/" + VERSION + " (" + this.transportName + "; Java "
                + Runtime.version().feature() + ")" + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
        ApiCaller caller = new ApiCaller(baseUrl, apiKey, userAgent, transport, config.clock(), closed);
        this.accounts = new AccountsClientImpl(caller);
        this.chats = new ChatsClientImpl(caller);
        this.messages = new MessagesClientImpl(caller);
        this.attendees = new AttendeesClientImpl(caller);
        this.webhooks = new WebhooksClientImpl(caller);
    }

    @Override
    public AccountsClient accounts() {
        return accounts;
    }

    @Override
    public ChatsClient chats() {
        return chats;
    }

    @Override
    public MessagesClient messages() {
        return messages;
    }

    @Override
    public AttendeesClient attendees() {
        return attendees;
    }

    @Override
    public WebhooksClient webhooks() {
        return webhooks;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "UnipileClient[baseUrl=" + baseUrl + ", transport=" + transportName + "]";
    }

    private static String versionOf(Class<?> c) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
