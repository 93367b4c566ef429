package io.unipile.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import io.unipile.testkit.FakeUnipileServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decoding one page of 250 accounts (the API's largest page): {@code accounts().list(limit 250)} on an SDK client fed
 * from memory ({@link InMemoryTransportProvider}) against a bare Jackson {@code readValue} of the same bytes into
 * {@code Page<Account>}. Target: the SDK within 10 % of bare Jackson.
 *
 * <p>Why it is fair: the bytes are a real page, taken once from the fake (250 accounts cycling through all 14
 * account types, each with its own connection parameters); both sides decode them from an {@link InputStream} with
 * the SDK's own mapper ({@link Json#mapper()}) into the same {@link Page} type. The SDK side also pays for building
 * the request, the resilience layer and the status check: everything but the network.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PageDecodingBenchmark {
    /** The page size. */
    static final int ACCOUNTS = ListAccountsRequest.MAX_LIMIT;
    private static final ListAccountsRequest FULL_PAGE = ListAccountsRequest.builder().limit(ACCOUNTS).build();

    /** One page's bytes and both decoders. */
    @State(Scope.Benchmark)
    public static class PageBytes {
        byte[] json;
        JavaType pageOfAccounts;
        UnipileClient client;

        @Setup(Level.Trial)
        public void load() throws IOException, InterruptedException {
            json = fetchPage();
            pageOfAccounts = Json.mapper().getTypeFactory().constructParametricType(Page.class, Account.class);
            client = UnipileClient.builder()
                    .baseUrl("http://unipile.invalid")
                    .apiKey("in-memory")
                    .transport(new InMemoryTransportProvider(json))
                    .build();
            int items = client.accounts().list(FULL_PAGE).items().size();
            if (items != ACCOUNTS) {
                throw new IllegalStateException("the page holds " + items + " accounts, not " + ACCOUNTS);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }

        /**
         * Seeds a fake in this JVM and takes its answer to {@code GET /accounts?limit=250}; the fake is closed
         * before anything is measured.
         */
        private static byte[] fetchPage() throws IOException, InterruptedException {
            List<AccountType> types = List.of(AccountType.LINKEDIN, AccountType.WHATSAPP, AccountType.INSTAGRAM,
                    AccountType.MESSENGER, AccountType.TELEGRAM, AccountType.TWITTER, AccountType.SLACK,
                    AccountType.MOBILE, AccountType.MAIL, AccountType.GOOGLE_OAUTH, AccountType.ICLOUD,
                    AccountType.OUTLOOK, AccountType.EXCHANGE, AccountType.GOOGLE_CALENDAR);
            try (FakeUnipileServer server = FakeUnipileServer.builder().build().start()) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    server.state().addAccount(types.get(i % types.size()));
                }
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(server.baseUrl() + "/api/v1/accounts?limit=" + ACCOUNTS))
                        .header("X-API-KEY", server.apiKey())
                        .build();
                HttpResponse<byte[]> response = HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException("the fake answered HTTP " + response.statusCode());
                }
                return response.body();
            }
        }
    }

    @Benchmark
    public Page<Account> decodePageSdk(PageBytes page) {
        return page.client.accounts().list(FULL_PAGE);
    }

    @Benchmark
    public Page<Account> decodePageRaw(PageBytes page) throws IOException {
        return Json.mapper().readValue((InputStream) new ByteArrayInputStream(page.json), page.pageOfAccounts);
    }
}
