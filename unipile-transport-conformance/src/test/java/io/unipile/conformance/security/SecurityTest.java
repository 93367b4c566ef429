package io.unipile.conformance.security;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.conformance.RecordingServer;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.http.UnipileTransportProvider;
import io.unipile.messages.SendMessageRequest;
import io.unipile.resilience.RetryPolicy;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.Fault;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.internal.SelfSignedCertificate;
import io.unipile.testsupport.CapturedLogs;
import io.unipile.transport.httpclient.HttpClientTransportProvider;
import io.unipile.transport.jdk.JdkTransportProvider;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The security properties every transport keeps: the key stays secret, ids stay data, TLS is verified. */
class SecurityTest {
    private static final String KEY = "sk_live_SECRET_7d1c9e2b4a";

    static Stream<Arguments> transports() {
        return Stream.of(Arguments.of(new JdkTransportProvider()), Arguments.of(new HttpClientTransportProvider()));
    }

    private static UnipileClient.Builder client(String baseUrl, UnipileTransportProvider transport) {
        return UnipileClient.builder().baseUrl(baseUrl).apiKey(KEY).transport(transport)
                .requestTimeout(Duration.ofSeconds(2))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1)));
    }

    private static String everythingAbout(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t + "\n" + w;
    }

    @ParameterizedTest
    @MethodSource("transports")
    void theKeyNeverAppearsInLogsAtAnyLevelNorInExceptions(UnipileTransportProvider transport) {
        List<Throwable> failures = new ArrayList<>();
        List<String> logs;
        try (CapturedLogs.Capture capture = CapturedLogs.start();
             FakeUnipileServer server = FakeUnipileServer.builder().apiKey(KEY).build().start();
             UnipileClient client = client(server.baseUrl(), transport).build();
             UnipileClient wrongKey = UnipileClient.builder().baseUrl(server.baseUrl()).apiKey(KEY + "x")
                     .transport(transport).build()) {
            FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
            FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");
            // The asynchronous path has connections and logging of its own.
            client.accounts().getAsync(account.id()).join();
            client.chats().sendMessageAsync(chat.id(), SendMessageRequest.ofText("async")).join();
            server.faults().on(AccountRoutes.GET_ACCOUNT).respond(503);
            server.faults().on(ChatRoutes.SEND_MESSAGE).tooManyRequests(Duration.ofSeconds(0));
            server.faults().on(ChatRoutes.SEND_MESSAGE).inject(Fault.status(500).afterProcessing());
            server.faults().on(ChatRoutes.GET_CHAT).dropConnectionAfterProcessing();
            server.faults().on(ChatRoutes.GET_CHAT).dropConnectionAfterProcessing();
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).delay(Duration.ofSeconds(3));
            server.faults().on(AccountRoutes.LIST_ACCOUNTS).delay(Duration.ofSeconds(3));

            client.accounts().get(account.id());
            List<Supplier<?>> calls = List.of(
                    () -> client.chats().sendMessage(chat.id(), SendMessageRequest.ofText("hi")),
                    () -> client.chats().get(chat.id()),
                    () -> client.accounts().list(),
                    () -> client.accounts().get("missing"),
                    () -> wrongKey.accounts().list());
            for (Supplier<?> call : calls) {
                Throwable failure = catchThrowable(call::get);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(client.toString()).doesNotContain(KEY);
        } finally {
            logs = CapturedLogs.lines();
        }

        assertThat(failures).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(f -> assertThat(f).isInstanceOf(UnipileException.class));
        assertThat(failures).allSatisfy(f -> assertThat(everythingAbout(f)).doesNotContain(KEY));
        assertThat(logs).as("the library logs at debug, so this test sees what it would print")
                .anyMatch(l -> l.startsWith("DEBUG io.unipile") && l.contains("attempt"));
        assertThat(logs).noneMatch(l -> l.contains(KEY));
    }

    @ParameterizedTest
    @MethodSource("transports")
    void idsWithPathQueryAndControlCharactersStayOneSegment(UnipileTransportProvider transport) throws Exception {
        List<String> ids = new ArrayList<>(List.of("chat/../accounts?x=1#frag", "..", ".", "%2e%2e", "a%2Fb",
                "x\r\nX-Injected: 1", "é/ü", "😀", "?", "#", "a b", "a+b", "\u0000", ";jsessionid=1", "\\..\\"));
        Random random = new Random(42);
        String alphabet = "/.?#%&=+;:@\\\r\n \t\"'<>{}|^`[]é漢😀\u0000\u007f";
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                sb.appendCodePoint(random.nextBoolean()
                        ? alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))))
                        : 'a' + random.nextInt(26));
            }
            if (!sb.toString().isBlank()) {
                ids.add(sb.toString());
            }
        }
        try (RecordingServer server = new RecordingServer();
             UnipileClient client = client(server.baseUrl(), transport).disableRetries().build()) {
            server.otherwise(Reply.json(404, "{\"title\":\"nf\",\"type\":\"errors/resource_not_found\",\"status\":404}"));
            for (String id : ids) {
                assertThatThrownBy(() -> client.chats().get(id)).isInstanceOf(UnipileApiException.class);
                Recorded r = server.takeRequest();
                assertThat(r.rawQuery()).as("query for id %s", id).isNull();
                assertThat(r.rawPath()).startsWith("/api/v1/chats/");
                String segment = r.rawPath().substring("/api/v1/chats/".length());
                assertThat(segment).as("segment for id %s", id).doesNotContain("/", "?", "#", "\r", "\n", " ");
                assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(id);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("transports")
    void crlfInHeaderValuesIsRejectedBeforeAnythingIsSent(UnipileTransportProvider transport) throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            assertThatThrownBy(() -> client(server.baseUrl(), transport).apiKey("k\r\nX-Evil: 1").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("X-Evil");
            assertThatThrownBy(() -> client(server.baseUrl(), transport).userAgentSuffix("a\r\nX-Evil: 1").build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FileInput.of(new byte[1], "a.txt").withContentType("text/plain\r\nX-Evil: 1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FileInput.of(new byte[1], "a\r\n.txt")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CreateWebhookRequest.builder("https://h.example.com", WebhookSource.MESSAGING)
                    .addHeader("X-Secret", "v\r\nX-Evil: 1").build()).isInstanceOf(IllegalArgumentException.class);
            assertThat(server.pendingRequests()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("transports")
    void redirectsAreNotFollowedSoTheKeyNeverReachesAnotherHost(UnipileTransportProvider transport) throws Exception {
        try (RecordingServer api = new RecordingServer(); RecordingServer elsewhere = new RecordingServer();
             UnipileClient client = client(api.baseUrl(), transport).build()) {
            for (int status : new int[]{301, 302, 307, 308}) {
                api.enqueue(Reply.of(status, "text/plain", "moved").withHeader("Location",
                        elsewhere.baseUrl() + "/api/v1/accounts"));
            }
            for (int status : new int[]{301, 302, 307, 308}) {
                UnipileApiException e = catchThrowableOfType(UnipileApiException.class, () -> client.accounts().list());
                assertThat(e.statusCode()).isEqualTo(status);
            }
            assertThat(elsewhere.pendingRequests()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("transports")
    void tlsCertificatesAreVerifiedByDefault(UnipileTransportProvider transport) {
        try (FakeUnipileServer server = FakeUnipileServer.builder().https(true).apiKey(KEY).build().start()) {
            server.state().addAccount(AccountType.WHATSAPP);
            try (UnipileClient untrusting = client(server.baseUrl(), transport).build()) {
                UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                        () -> untrusting.accounts().list());
                assertThat(e.mayHaveReachedServer()).isFalse();
            }
            try (UnipileClient trusting = client(server.baseUrl(), transport).sslContext(server.clientSslContext())
                    .build()) {
                assertThat(trusting.accounts().list().items()).hasSize(1);
            }
            assertThat(server.journal().requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("transports")
    void hostNamesAreVerifiedEvenWhenTheCertificateIsTrusted(UnipileTransportProvider transport) throws Exception {
        // A trusted certificate issued for another name: the connection must still be refused.
        SelfSignedCertificate other = SelfSignedCertificate.generate(List.of("api1.unipile.com"), List.of());
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(other.serverContext()));
        https.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        https.start();
        try (UnipileClient client = client("https://127.0.0.1:" + https.getAddress().getPort(), transport)
                .sslContext(other.clientContext()).build()) {
            UnipileTransportException e = catchThrowableOfType(UnipileTransportException.class,
                    () -> client.accounts().list());
            assertThat(e.mayHaveReachedServer()).isFalse();
        } finally {
            https.stop(0);
        }
    }

    @Test
    void theFakeListensOnLoopbackUnlessToldOtherwise() throws Exception {
        Path tcp = Path.of("/proc/net/tcp");
        Path tcp6 = Path.of("/proc/net/tcp6");
        assumeTrue(Files.isReadable(tcp), "needs Linux /proc to see which address a socket is bound to");
        try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
            String port = String.format(":%04X", server.port());
            List<String> lines = new ArrayList<>(Files.readAllLines(tcp));
            if (Files.isReadable(tcp6)) {
                lines.addAll(Files.readAllLines(tcp6));
            }
            // Lines read "sl local_address rem_address st ..."; 0A is LISTEN. 127.0.0.1 is 0100007F, or
            // 0000000000000000FFFF00000100007F as an IPv4-mapped address in tcp6.
            List<String> listening = lines.stream().map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f.length > 3 && f[1].endsWith(port) && f[3].equals("0A"))
                    .map(f -> f[1].substring(0, f[1].indexOf(':'))).toList();
            assertThat(listening).isNotEmpty()
                    .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F"));
        }
    }
}
