package io.unipile.testkit;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.emails.EmailStore;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.testkit.accounts.ConnectionStore;
import io.unipile.testkit.admin.AdminApi;
import io.unipile.testkit.internal.ApiKeys;
import io.unipile.testkit.internal.SelfSignedCertificate;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.messages.MessageStore;
import io.unipile.testkit.users.UserStore;
import io.unipile.testkit.webhooks.WebhookNotice;
import io.unipile.webhooks.AccountStatusMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An in-memory, stateful fake of Unipile's HTTP API for tests, on the JDK's built-in HTTP server.
 *
 * <pre>{@code
 * try (FakeUnipileServer server = FakeUnipileServer.builder().apiKey("test-key").build().start()) {
 *     FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
 *     // point the client at server.baseUrl() with server.apiKey() ...
 *     assertThat(server.state().sentMessages()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Each instance has its own state, journal, faults, threads and socket; nothing is static, so
 * servers in parallel tests do not see each other. {@link #close()} frees all of it.
 */
public final class FakeUnipileServer implements AutoCloseable {
    /** The API key a server expects unless told otherwise. */
    public static final String DEFAULT_API_KEY = "fake-unipile-api-key";

    /** The multipart size cap a server has unless told otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 64L * 1024 * 1024;

    /**
     * How long a webhook receiver has to answer unless told otherwise: 30 seconds, as Unipile
     * documents.
     */
    public static final long DEFAULT_WEBHOOK_TIMEOUT_MILLIS = 30_000;

    /**
     * The waits before the five retries of a failed webhook delivery unless told otherwise: 1, 5,
     * 15, 30 and 60 seconds. Unipile retries five times with growing delays but does not publish them.
     */
    public static final List<Duration> DEFAULT_WEBHOOK_RETRY_DELAYS = List.of(Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60));
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes the status line and the body separately; without TCP_NODELAY,
        // Nagle's algorithm meets the client's delayed ACK and every answer waits ~40 ms. The
        // JDK reads this switch once, when its first server starts, and offers no other way.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final String apiKey;
    private final boolean https;
    private final long maxRequestBodyBytes;
    private final List<Duration> webhookRetryDelays;
    private final Duration webhookTimeout;
    private final String adminKey;
    private final SharedState shared = new SharedState();
    private final FakeUnipileState state = new FakeUnipileState(shared);
    private final MessageStore messages = MessageStore.of(shared);
    private final UserStore users = UserStore.of(shared);
    private final RequestJournal journal = new RequestJournal();
    private final FaultInjector faults = new FaultInjector();
    private final Stubs stubs = new Stubs();
    private final WebhookDeliveries webhookDeliveries = new WebhookDeliveries();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lifecycle = new Object();

    private HttpServer server;
    private ExecutorService executor;
    private WebhookDispatcher webhooks;
    private SelfSignedCertificate certificate;
    private boolean closed;

    private FakeUnipileServer(Builder builder) {
        this.bindAddress = builder.bindAddress;
        this.requestedPort = builder.port;
        this.apiKey = builder.apiKey;
        this.https = builder.https;
        this.maxRequestBodyBytes = builder.maxRequestBodyBytes;
        this.webhookRetryDelays = builder.webhookRetryDelays;
        this.webhookTimeout = builder.webhookTimeout;
        this.adminKey = builder.adminKey;
        if (adminKey != null && adminKey.equals(apiKey)) {
            throw new IllegalArgumentException("The admin key must differ from the API key");
        }
    }

    /** A builder: loopback, a free port, plain HTTP and {@link #DEFAULT_API_KEY} unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds the socket and starts serving. */
    public FakeUnipileServer start() {
        synchronized (lifecycle) {
            if (server != null || closed) {
                throw new IllegalStateException("A FakeUnipileServer starts once");
            }
            InetSocketAddress address = new InetSocketAddress(bindAddress, requestedPort);
            HttpServer created;
            try {
                if (https) {
                    certificate = SelfSignedCertificate.generate(List.of("localhost"), certificateAddresses());
                    HttpsServer httpsServer = HttpsServer.create(address, 0);
                    httpsServer.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
                    created = httpsServer;
                } else {
                    created = HttpServer.create(address, 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot bind the fake Unipile server to " + address, e);
            }
            String prefix = "fake-unipile-" + created.getAddress().getPort() + "-";
            ExecutorService threads = Executors.newCachedThreadPool(new NamedDaemonThreads(prefix));
            WebhookDispatcher dispatcher = new WebhookDispatcher(state, webhookDeliveries, webhookRetryDelays,
                    webhookTimeout, new NamedDaemonThreads(prefix + "webhook-"));
            created.createContext("/", new ApiHandler(new ApiKeys(apiKey), Routes.router(shared),
                    new RequestReader(maxRequestBodyBytes), new AnswerWriter(closing), journal, faults, stubs,
                    dispatcher::publish));
            if (adminKey != null) {
                created.createContext(AdminApi.PREFIX, new AdminApi(this, adminKey));
            }
            created.setExecutor(threads);
            created.start();
            server = created;
            executor = threads;
            webhooks = dispatcher;
            return this;
        }
    }

    private List<InetAddress> certificateAddresses() throws UnknownHostException {
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.1"),
                InetAddress.getByName("::1")));
        if (!addresses.contains(bindAddress) && !bindAddress.isAnyLocalAddress()) {
            addresses.add(bindAddress);
        }
        return addresses;
    }

    /**
     * The server's root, e.g. {@code http://127.0.0.1:54321}; Unipile clients append
     * {@code /api/v1}. A wildcard bind address is reached through loopback.
     */
    public String baseUrl() {
        InetSocketAddress address = boundAddress();
        InetAddress host = address.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
                : address.getAddress();
        String literal = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return (https ? "https://" : "http://") + literal + ":" + address.getPort();
    }

    /** {@link #baseUrl()} followed by {@code /api/v1}. */
    public String apiUrl() {
        return baseUrl() + "/api/v1";
    }

    /** The bound port. */
    public int port() {
        return boundAddress().getPort();
    }

    /** The API key the server accepts in {@code X-API-KEY}. */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The key of the admin HTTP API ({@code X-Admin-Key} on {@code /_admin/...}), when it was enabled with
     * {@link Builder#adminKey(String)}; empty when it is off (the default: {@code /_admin} is then 404).
     */
    public Optional<String> adminKey() {
        return Optional.ofNullable(adminKey);
    }

    /** Whether the server speaks HTTPS. */
    public boolean isHttps() {
        return https;
    }

    /**
     * A TLS context that trusts this server's self-signed certificate, for the client under test.
     *
     * @throws IllegalStateException when the server is not started or speaks plain HTTP
     */
    public SSLContext clientSslContext() {
        return requireCertificate().clientContext();
    }

    /** This server's self-signed certificate. */
    public X509Certificate certificate() {
        return requireCertificate().certificate();
    }

    /** The accounts, attendees, chats, messages and webhooks. */
    public FakeUnipileState state() {
        return state;
    }

    /** The requests received. */
    public RequestJournal journal() {
        return journal;
    }

    /** The scripted faults. */
    public FaultInjector faults() {
        return faults;
    }

    /** Canned answers for any operation, modelled or not; they win over the fake's own handling. */
    public Stubs stubs() {
        return stubs;
    }

    /**
     * The webhook deliveries: what the fake POSTed, or is POSTing, to registered webhooks, with
     * every attempt.
     */
    public WebhookDeliveries webhookDeliveries() {
        return webhookDeliveries;
    }

    /**
     * Simulates a message arriving from the provider (or, with {@link FakeMessage.Builder#fromSelf()},
     * one the holder sent from another device): stores it, adds one to the chat's unread count when
     * someone else sent it, and delivers {@code message_received} to matching messaging webhooks.
     *
     * <pre>{@code
     * server.simulateIncomingMessage(FakeMessage.builder(chat.id()).from("ACoAAbob").text("Hi")
     *         .attachments(FakeAttachment.of("cv.pdf", "application/pdf", FileContent.of(pdf))).build());
     * }</pre>
     *
     * @return the message as stored, readable through {@code GET /messages/{message_id}}
     * @throws IllegalArgumentException when the chat does not exist
     * @throws IllegalStateException when the server is not running
     */
    public FakeMessage simulateIncomingMessage(FakeMessage message) {
        Objects.requireNonNull(message, "message");
        WebhookDispatcher dispatcher = requireWebhooks();
        WebhookNotice.Messaging notice = messages.receive(message);
        dispatcher.publish(List.of(notice));
        return notice.message();
    }

    /** {@link #simulateIncomingMessage(FakeMessage)} of a text from the attendee with this provider id. */
    public FakeMessage simulateIncomingMessage(String chatId, String senderProviderId, String text) {
        return simulateIncomingMessage(FakeMessage.builder(chatId).from(senderProviderId).text(text).build());
    }

    /**
     * Simulates a reaction by someone in the message's chat (an attendee or the holder): stores it
     * and delivers {@code message_reaction}.
     *
     * @return the message as now stored
     * @throws IllegalArgumentException when the message does not exist or the reactor is not in its chat
     */
    public FakeMessage simulateReaction(String messageId, String reactorProviderId, String reaction) {
        WebhookDispatcher dispatcher = requireWebhooks();
        return published(dispatcher, messages.react(messageId, reactorProviderId, reaction, WireJson.now()));
    }

    /**
     * Simulates someone in the message's chat reading it: records them in {@code seen_by} (the holder
     * reading someone else's message also lowers the chat's unread count) and delivers
     * {@code message_read}.
     *
     * @return the message as now stored
     * @throws IllegalArgumentException when the message does not exist or the reader is not in its chat
     */
    public FakeMessage simulateMessageRead(String messageId, String readerProviderId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        return published(dispatcher, messages.read(messageId, readerProviderId, WireJson.now()));
    }

    /**
     * Simulates the sender editing a message: replaces its text, flags it edited and delivers
     * {@code message_edited}.
     *
     * @return the message as now stored
     * @throws IllegalArgumentException when the message does not exist
     */
    public FakeMessage simulateMessageEdited(String messageId, String newText) {
        WebhookDispatcher dispatcher = requireWebhooks();
        return published(dispatcher, messages.edit(messageId, newText, WireJson.now()));
    }

    /**
     * Simulates the sender deleting a message: flags it deleted (it stays listed, as with Unipile)
     * and delivers {@code message_deleted}.
     *
     * @return the message as now stored
     * @throws IllegalArgumentException when the message does not exist
     */
    public FakeMessage simulateMessageDeleted(String messageId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        return published(dispatcher, messages.delete(messageId, WireJson.now()));
    }

    /**
     * Simulates the provider confirming a message reached its recipients: flags it delivered and
     * delivers {@code message_delivered}.
     *
     * @return the message as now stored
     * @throws IllegalArgumentException when the message does not exist
     */
    public FakeMessage simulateMessageDelivered(String messageId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        return published(dispatcher, messages.deliver(messageId, WireJson.now()));
    }

    /**
     * Simulates an account's status changing and delivers {@code {"AccountStatus": {...}}} to
     * account-status webhooks subscribed to the status's event (e.g. {@code credentials} for
     * {@code CREDENTIALS}). The account's sources take the status when it is one of theirs
     * ({@code CREATION_SUCCESS}, {@code RECONNECTED} and {@code SYNC_SUCCESS} mean OK); {@code DELETED}
     * removes the account as {@code DELETE /accounts/{id}} does.
     *
     * @throws IllegalArgumentException when the account does not exist
     */
    public void simulateAccountStatus(String accountId, AccountStatusMessage status) {
        WebhookDispatcher dispatcher = requireWebhooks();
        dispatcher.publish(List.of(AccountStore.of(shared).status(accountId, status)));
    }

    /**
     * Simulates the user scanning the QR code, or approving the sign-in in the provider's app, of the checkpoint an
     * account waits on. When it was the last checkpoint the account is connected (a new one is added; a reconnected
     * one's sources go OK) and account-status webhooks hear {@code CREATION_SUCCESS} or {@code RECONNECTED};
     * otherwise the next checkpoint is pending, as {@link FakeUnipileState#pendingConnection} shows.
     *
     * @return the account once connected; empty while another checkpoint is pending
     * @throws IllegalArgumentException when no checkpoint is pending for the account
     * @throws IllegalStateException when the checkpoint expired, is solved with a code, or the server is not running
     */
    public Optional<FakeAccount> simulateCheckpointApproved(String accountId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        ConnectionStore.Outcome outcome = ConnectionStore.of(shared).approve(accountId);
        if (outcome.checkpoint() != null) {
            return Optional.empty();
        }
        dispatcher.publish(outcome.notices());
        return state.account(accountId);
    }

    /**
     * Simulates the user going through a hosted auth link ({@code POST /hosted/accounts/link}) and connecting an
     * account of this type: a create link adds a new account with default values (the link must offer the type), a
     * reconnect link reconnects its account (of this type), whose sources go OK. The fake then POSTs
     * {@code {"status": "CREATION_SUCCESS" | "RECONNECTED", "account_id", "name"}} to the link's {@code notify_url},
     * if it has one (recorded among {@link #webhookDeliveries()} as webhook {@code notify_url:<link id>}), and
     * account-status webhooks hear the status.
     *
     * @param linkUrl the link's URL, as the fake answered it, or its id
     * @return the account connected or reconnected
     * @throws IllegalArgumentException when the link is unknown or does not offer the type
     * @throws IllegalStateException when the link expired or was completed, or the server is not running
     */
    public FakeAccount simulateHostedAuthCompleted(String linkUrl, AccountType type) {
        Objects.requireNonNull(type, "type");
        requireWebhooks();
        FakeHostedLink link = state.hostedLink(linkUrl).orElseThrow(() -> new IllegalArgumentException(
                "No hosted auth link " + linkUrl));
        if (!link.reconnection()) {
            return simulateHostedAuthCompleted(linkUrl, FakeAccount.builder(type).build());
        }
        FakeAccount reconnected = state.account(link.reconnectAccount()).orElseThrow(() ->
                new IllegalStateException("The account " + link.reconnectAccount() + " of the link no longer exists"));
        if (!reconnected.type().equals(type)) {
            throw new IllegalArgumentException("The link reconnects a " + reconnected.type() + " account, not "
                    + type);
        }
        return completed(ConnectionStore.of(shared).completeLink(linkUrl, null));
    }

    /**
     * {@link #simulateHostedAuthCompleted(String, AccountType)} with the account a create link connects, for full
     * control of its values; for a reconnect link, the account it reconnects.
     */
    public FakeAccount simulateHostedAuthCompleted(String linkUrl, FakeAccount account) {
        Objects.requireNonNull(account, "account");
        requireWebhooks();
        return completed(ConnectionStore.of(shared).completeLink(linkUrl, account));
    }

    private FakeAccount completed(ConnectionStore.Completion completion) {
        WebhookDispatcher dispatcher = requireWebhooks();
        if (completion.link().notifyUrl() != null) {
            dispatcher.notifyHostedLink(completion.link(), completion.notice().event(), completion.notification());
        }
        dispatcher.publish(List.of(completion.notice()));
        return completion.account();
    }

    /**
     * Simulates an e-mail arriving in a mailbox: stores it (in {@code INBOX} unless the builder names folders, unread
     * unless marked read) and delivers {@code mail_received} to matching {@code email} webhooks.
     *
     * <pre>{@code
     * server.simulateIncomingEmail(FakeEmail.builder(gmail.id()).from("bob@example.com", "Bob")
     *         .to(server.state().emails().address(gmail.id())).subject("Re: Offer").body("<p>Deal.</p>")
     *         .attachment("signed.pdf", "application/pdf", pdf).build());
     * }</pre>
     *
     * @return the e-mail as stored, readable through {@code GET /emails/{email_id}}
     * @throws IllegalArgumentException when the account is not a mail account of the fake, or a folder is unknown
     * @throws IllegalStateException when the server is not running
     */
    public FakeEmail simulateIncomingEmail(FakeEmail email) {
        Objects.requireNonNull(email, "email");
        WebhookDispatcher dispatcher = requireWebhooks();
        WebhookNotice.Email notice = EmailStore.of(shared).receive(email);
        dispatcher.publish(List.of(notice));
        return notice.email();
    }

    /**
     * {@link #simulateIncomingEmail(FakeEmail)} of an e-mail from this address to the account, answering the e-mail
     * with this Unipile id when {@code inReplyToId} is not null (same thread, {@code in_reply_to} set).
     */
    public FakeEmail simulateIncomingEmail(String accountId, String fromAddress, String subject, String htmlBody,
                                           String inReplyToId) {
        FakeEmail.Builder b = FakeEmail.builder(accountId).from(fromAddress, null)
                .to(state.emails().address(accountId)).subject(subject).body(htmlBody);
        if (inReplyToId != null) {
            FakeEmail parent = state.emails().email(inReplyToId).orElseThrow(() ->
                    new IllegalArgumentException("No e-mail " + inReplyToId));
            b.threadId(parent.threadId()).inReplyTo(new FakeEmail.Parent(parent.id(), parent.messageId()));
        }
        return simulateIncomingEmail(b.build());
    }

    /**
     * Simulates a recipient opening an e-mail sent with {@code tracking_options.opens}: delivers {@code mail_opened}
     * to matching {@code email_tracking} webhooks, with the e-mail's tracking id, label and custom domain.
     *
     * @throws IllegalArgumentException when there is no such e-mail or it is not tracked for opens
     * @throws IllegalStateException when the server is not running
     */
    public void simulateEmailOpened(String emailId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        dispatcher.publish(List.of(EmailStore.of(shared).track(emailId, null)));
    }

    /**
     * Simulates a recipient clicking a link of an e-mail sent with {@code tracking_options.links}: delivers
     * {@code mail_link_clicked}, with the {@code url}, to matching {@code email_tracking} webhooks.
     *
     * @throws IllegalArgumentException when there is no such e-mail or it is not tracked for links
     * @throws IllegalStateException when the server is not running
     */
    public void simulateEmailLinkClicked(String emailId, String url) {
        Objects.requireNonNull(url, "url");
        WebhookDispatcher dispatcher = requireWebhooks();
        dispatcher.publish(List.of(EmailStore.of(shared).track(emailId, url)));
    }

    /**
     * Simulates someone inviting a LinkedIn account to connect: the invitation, with the shared secret that
     * accepting it takes, shows in {@code GET /users/invite/received} until accepted, declined or withdrawn.
     *
     * @param message the note sent with it, or null
     * @throws IllegalArgumentException when the account is unknown or not LinkedIn, or the person is already a
     *     relation or has a pending invitation with it
     */
    public FakeInvitation simulateInvitationReceived(String accountId, String fromProviderId, String message) {
        return users.addReceived(accountId, fromProviderId, message, WireJson.now(), Origin.SIMULATED);
    }

    /**
     * Simulates the invitee accepting an invitation the account sent: it leaves the sent list, the invitee becomes
     * a relation ({@code GET /users/relations}, {@code network_distance: FIRST_DEGREE}), and users webhooks hear
     * {@code new_relation}.
     *
     * @return the new relation
     * @throws IllegalArgumentException when there is no such pending sent invitation
     * @throws IllegalStateException when the server is not running
     */
    public FakeRelation simulateInvitationAccepted(String invitationId) {
        WebhookDispatcher dispatcher = requireWebhooks();
        WebhookNotice.NewRelation notice = users.acceptSent(invitationId, WireJson.now());
        dispatcher.publish(List.of(notice));
        return new FakeRelation(notice.accountId(), notice.relation().providerId(), notice.at());
    }

    /**
     * Simulates the sender withdrawing an invitation the account received: it leaves the received list.
     *
     * @throws IllegalArgumentException when there is no such pending received invitation
     */
    public FakeInvitation simulateInvitationWithdrawn(String invitationId) {
        return users.withdrawReceived(invitationId);
    }

    private static FakeMessage published(WebhookDispatcher dispatcher, WebhookNotice.Messaging notice) {
        dispatcher.publish(List.of(notice));
        return notice.message();
    }


    private WebhookDispatcher requireWebhooks() {
        synchronized (lifecycle) {
            if (webhooks == null || closed) {
                throw new IllegalStateException("The server is not running");
            }
            return webhooks;
        }
    }

    /**
     * Empties the state, the journal, the fault scripts, the stubs and the webhook deliveries (cancelling those
     * still pending), as for a fresh server.
     */
    public void reset() {
        faults.clear();
        stubs.clear();
        state.reset();
        journal.clear();
        webhookDeliveries.clear();
    }

    /**
     * Stops serving: closes the socket and open connections, ends stalls and delays, cancels
     * pending webhook deliveries, and stops the threads. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            closing.countDown();
            if (server != null) {
                webhooks.close();
                server.stop(0);
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public String toString() {
        synchronized (lifecycle) {
            return "FakeUnipileServer[" + (server == null ? (closed ? "closed" : "not started") : baseUrl()) + "]";
        }
    }

    private InetSocketAddress boundAddress() {
        synchronized (lifecycle) {
            if (server == null || closed) {
                throw new IllegalStateException("The server is not running");
            }
            return server.getAddress();
        }
    }

    private SelfSignedCertificate requireCertificate() {
        synchronized (lifecycle) {
            if (certificate == null) {
                throw new IllegalStateException(https ? "The server is not started" : "The server speaks plain HTTP");
            }
            return certificate;
        }
    }

    /** Daemon threads, so a forgotten server never keeps a JVM alive. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        NamedDaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link FakeUnipileServer}. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private String apiKey = DEFAULT_API_KEY;
        private boolean https;
        private long maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;
        private List<Duration> webhookRetryDelays = DEFAULT_WEBHOOK_RETRY_DELAYS;
        private Duration webhookTimeout = Duration.ofMillis(DEFAULT_WEBHOOK_TIMEOUT_MILLIS);
        private String adminKey;

        private Builder() {
        }

        /**
         * Enables the admin HTTP API under {@code /_admin/...}, opened by this key in the {@code X-Admin-Key} header
         * (and by nothing else: the API key does not open it, nor does this key open {@code /api/v1}). It seeds,
         * resets, scripts faults and stubs, simulates provider events and reads the journal and webhook deliveries
         * over HTTP, for tests in any language; see {@link AdminApi}. Off unless set; it must differ from the API
         * key.
         */
        public Builder adminKey(String adminKey) {
            Objects.requireNonNull(adminKey, "adminKey");
            if (adminKey.isBlank()) {
                throw new IllegalArgumentException("adminKey must not be blank");
            }
            this.adminKey = adminKey;
            return this;
        }

        /**
         * The address to bind (default: loopback). Binding anything else exposes the fake beyond
         * this machine, so it must be asked for explicitly.
         */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The API key to accept (default {@link FakeUnipileServer#DEFAULT_API_KEY}). */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be empty");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** Whether to serve HTTPS with a self-signed certificate made at start (default: plain HTTP). */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /**
         * The most bytes a multipart body's parts may hold together (default 64 MiB); beyond it the
         * fake answers 400 {@code errors/content_too_large}.
         */
        public Builder maxRequestBodyBytes(long maxRequestBodyBytes) {
            if (maxRequestBodyBytes < 1) {
                throw new IllegalArgumentException("maxRequestBodyBytes must be positive");
            }
            this.maxRequestBodyBytes = maxRequestBodyBytes;
            return this;
        }

        /**
         * The waits before each retry of a webhook delivery the receiver did not accept: one retry per
         * delay (default {@link FakeUnipileServer#DEFAULT_WEBHOOK_RETRY_DELAYS}, five). Tests use
         * milliseconds; none means a single attempt.
         */
        public Builder webhookRetryDelays(Duration... delays) {
            List<Duration> copy = List.of(delays);
            if (copy.stream().anyMatch(Duration::isNegative)) {
                throw new IllegalArgumentException("webhook retry delays must not be negative");
            }
            this.webhookRetryDelays = copy;
            return this;
        }

        /**
         * How long a webhook receiver has to connect and answer before the attempt counts as failed
         * (default 30 seconds).
         */
        public Builder webhookTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("webhook timeout must be positive");
            }
            this.webhookTimeout = timeout;
            return this;
        }

        /** Builds a server that is not started yet. */
        public FakeUnipileServer build() {
            return new FakeUnipileServer(this);
        }

        @Override
        public String toString() {
            return "FakeUnipileServer.Builder[bind=" + bindAddress + ", port=" + port + ", https=" + https + "]";
        }
    }
}
