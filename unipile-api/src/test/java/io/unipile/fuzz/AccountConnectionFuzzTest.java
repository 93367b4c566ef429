package io.unipile.fuzz;

import io.unipile.UnipileClient;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.errors.UnipileException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Mutated connection replies (connected, and a checkpoint of each kind) through the public client: a result or one
 * of the library's typed exceptions, never an NPE, a raw Jackson exception or a hang. Seeded like
 * {@link ParserFuzzTest}.
 */
class AccountConnectionFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L) + 7;
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 400);
    private static final List<String> REPLIES = List.of(
            "{\"object\":\"AccountCreated\",\"account_id\":\"acc_1\"}",
            "{\"object\":\"Checkpoint\",\"account_id\":\"acc_1\",\"checkpoint\":{\"type\":\"2FA\",\"source\":\"SMS\"}}",
            "{\"object\":\"Checkpoint\",\"account_id\":\"acc_1\",\"checkpoint\":{\"type\":\"QRCODE\","
                    + "\"qrcode\":\"2@abc,def==\"}}",
            "{\"object\":\"Checkpoint\",\"account_id\":\"acc_1\",\"checkpoint\":{\"type\":\"CAPTCHA\","
                    + "\"public_key\":\"pk\",\"data\":\"d\"}}",
            "{\"object\":\"Checkpoint\",\"account_id\":\"acc_1\",\"checkpoint\":{\"type\":\"CONTRACT_CHOOSER\","
                    + "\"contract_options\":[{\"id\":\"c1\",\"name\":\"Talent\"},{\"id\":\"c2\",\"name\":\"Sales\"}]}}");

    @Test
    void everyConnectionReplyParsesOrFailsWithATypedException() {
        ParserFuzzTest.CannedTransport canned = new ParserFuzzTest.CannedTransport();
        JsonMutator mutator = new JsonMutator(SEED);
        int[] outcomes = new int[2];
        ConnectAccountRequest request = ConnectAccountRequest.of(LinkedInCredentials.cookie("AQEDtoken"));
        try (UnipileClient client = UnipileClient.builder().baseUrl("https://api1.unipile.com:13153").apiKey("k")
                .transport(canned).disableRetries().disableCircuitBreaker().build()) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (String reply : REPLIES) {
                    for (int i = 0; i < ROUNDS; i++) {
                        byte[] body = mutator.mutate(reply);
                        canned.status = i % 2 == 0 ? 201 : 202;
                        canned.body = body;
                        try {
                            ConnectionResult result = client.accounts().connect(request);
                            assertThat(result.accountId()).isNotNull();
                            outcomes[0]++;
                        } catch (UnipileException expected) {
                            outcomes[1]++;
                        } catch (RuntimeException | Error e) {
                            fail("seed " + SEED + ", round " + i + ": " + e + " for body "
                                    + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8), e);
                        }
                    }
                }
            });
        }
        assertThat(outcomes[0]).as("mutants that still parsed").isPositive();
        assertThat(outcomes[1]).as("mutants rejected with a typed exception").isPositive();
    }
}
