package io.unipile.internal;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.guard.CallGuard;
import io.unipile.accounts.AccountsClient;
import io.unipile.attendees.AttendeesClient;
import io.unipile.chats.ChatsClient;
import io.unipile.http.TransportConfig;
import io.unipile.http.UnipileTransport;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.linkedin.LinkedInClient;
import io.unipile.internal.accounts.AccountsClientImpl;
import io.unipile.internal.attendees.AttendeesClientImpl;
import io.unipile.internal.chats.ChatsClientImpl;
import io.unipile.internal.linkedin.LinkedInClientImpl;
import io.unipile.internal.messages.MessagesClientImpl;
import io.unipile.internal.calendars.CalendarsClientImpl;
import io.unipile.internal.posts.PostsClientImpl;
import io.unipile.internal.emails.EmailsClientImpl;
import io.unipile.internal.raw.RawClientImpl;
import io.unipile.internal.users.UsersClientImpl;
import io.unipile.internal.webhooks.WebhooksClientImpl;
import io.unipile.messages.MessagesClient;
import io.unipile.calendars.CalendarsClient;
import io.unipile.posts.PostsClient;
import io.unipile.emails.EmailsClient;
import io.unipile.raw.RawClient;
import io.unipile.users.UsersClient;
import io.unipile.webhooks.WebhooksClient;

import java.util.concurrent.atomic.AtomicBoolean;

/** The client behind {@link UnipileClient#builder()}, and the views {@link #withOptions} makes of it. */
public final class DefaultUnipileClient implements UnipileClient {
    private static final String VERSION = versionOf(DefaultUnipileClient.class);

    private final BaseUrl baseUrl;
    private final String transportName;
    private final UnipileTransport transport;
    private final AtomicBoolean closed;
    private final ApiCaller caller;
    private final AccountsClient accounts;
    private final ChatsClient chats;
    private final MessagesClient messages;
    private final AttendeesClient attendees;
    private final WebhooksClient webhooks;
    private final UsersClient users;
    private final PostsClient posts;
    private final CalendarsClient calendars;
    private final EmailsClient emails;
    private final RawClient raw;
    private final LinkedInClient linkedin;

    public DefaultUnipileClient(BaseUrl baseUrl, String apiKey, TransportConfig config, String transportName,
                                UnipileTransportProvider provider, String userAgentSuffix, long maxResponseBytes,
                                CallGuard guard) {
        ClassLoader loader = DefaultUnipileClient.class.getClassLoader();
        UnipileTransportProvider chosen = provider != null ? provider : TransportLoader.choose(transportName, loader);
        this.baseUrl = baseUrl;
        this.transportName = chosen.name();
        TransportConfig named = config.withTransportName(this.transportName);
        this.transport = TransportLoader.withResilience(chosen.create(named), named, loader);
        this.closed = new AtomicBoolean();
        String userAgent = "unipile-java/" + VERSION + " (" + this.transportName + "; Java "
                + Runtime.version().feature() + ")" + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
        ApiCaller unguarded = new ApiCaller(baseUrl, apiKey, userAgent, transport, config.clock(), closed,
                maxResponseBytes);
        // The guard's look-ups (a chat's account, an account's kind) go out unguarded and without call options.
        this.caller = guard == CallGuard.NONE ? unguarded : unguarded.withGuard(guard,
                new DefaultUnipileClient(baseUrl, this.transportName, transport, closed, unguarded));
        this.accounts = new AccountsClientImpl(caller);
        this.chats = new ChatsClientImpl(caller);
        this.messages = new MessagesClientImpl(caller);
        this.attendees = new AttendeesClientImpl(caller);
        this.webhooks = new WebhooksClientImpl(caller);
        this.users = new UsersClientImpl(caller);
        this.posts = new PostsClientImpl(caller);
        this.calendars = new CalendarsClientImpl(caller);
        this.emails = new EmailsClientImpl(caller);
        this.raw = new RawClientImpl(caller);
        this.linkedin = new LinkedInClientImpl(caller);
    }

    private DefaultUnipileClient(DefaultUnipileClient base, ApiCaller caller) {
        this(base.baseUrl, base.transportName, base.transport, base.closed, caller);
    }

    private DefaultUnipileClient(BaseUrl baseUrl, String transportName, UnipileTransport transport,
                                 AtomicBoolean closed, ApiCaller caller) {
        this.baseUrl = baseUrl;
        this.transportName = transportName;
        this.transport = transport;
        this.closed = closed;
        this.caller = caller;
        this.accounts = new AccountsClientImpl(caller);
        this.chats = new ChatsClientImpl(caller);
        this.messages = new MessagesClientImpl(caller);
        this.attendees = new AttendeesClientImpl(caller);
        this.webhooks = new WebhooksClientImpl(caller);
        this.users = new UsersClientImpl(caller);
        this.posts = new PostsClientImpl(caller);
        this.calendars = new CalendarsClientImpl(caller);
        this.emails = new EmailsClientImpl(caller);
        this.raw = new RawClientImpl(caller);
        this.linkedin = new LinkedInClientImpl(caller);
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
    public UsersClient users() {
        return users;
    }

    @Override
    public PostsClient posts() {
        return posts;
    }

    @Override
    public CalendarsClient calendars() {
        return calendars;
    }

    @Override
    public EmailsClient emails() {
        return emails;
    }

    @Override
    public RawClient raw() {
        return raw;
    }

    @Override
    public LinkedInClient linkedin() {
        return linkedin;
    }

    @Override
    public UnipileClient withOptions(RequestOptions options) {
        return new DefaultUnipileClient(this, caller.withOptions(options));
    }

    /** Closes the transport shared by this client and its views. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        RequestOptions options = caller.options();
        return "UnipileClient[baseUrl=" + baseUrl + ", transport=" + transportName
                + (options.isEmpty() ? "" : ", " + options) + "]";
    }

    private static String versionOf(Class<?> c) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
