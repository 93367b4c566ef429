package io.unipile.benchmarks;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The measured child of {@link ColdStartRunner}: a fresh JVM that makes one call, {@code accounts().get}, through the
 * SDK or through the raw client of the same transport, and prints when it completed and when the JVM started:
 *
 * <pre>FIRST_CALL_DONE &lt;epoch ms when the call returned&gt; &lt;epoch ms when the JVM started&gt; &lt;id&gt;</pre>
 *
 * <p>Arguments: {@code <baseUrl> <apiKey> <jdk|httpclient> <sdk|raw> <accountId>}. The clock is read as soon as the
 * call returns, before closing anything; the JVM's start time is asked for only then, so that loading the management
 * classes is not counted.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ColdStart <baseUrl> <apiKey> <jdk|httpclient> <sdk|raw> <accountId>");
            System.exit(2);
        }
        String baseUrl = args[0];
        String apiKey = args[1];
        String transport = args[2];
        String side = args[3];
        String accountId = args[4];
        Account account;
        long done;
        if (side.equals("sdk")) {
            try (UnipileClient client = UnipileClient.builder().baseUrl(baseUrl).apiKey(apiKey).transport(transport)
                    .build()) {
                account = client.accounts().get(accountId);
                done = System.currentTimeMillis();
            }
        } else {
            try (RawCalls raw = RawCalls.forTransport(transport, baseUrl, apiKey, Duration.ofSeconds(120))) {
                account = raw.getAccount(accountId);
                done = System.currentTimeMillis();
            }
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("FIRST_CALL_DONE " + done + " " + jvmStart + " " + account.id());
    }
}
