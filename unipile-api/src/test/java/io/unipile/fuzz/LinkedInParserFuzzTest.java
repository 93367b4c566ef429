package io.unipile.fuzz;

import io.unipile.UnipileClient;
import io.unipile.errors.UnipileException;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.PublishJobPostingRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Mutated LinkedIn replies into every LinkedIn parser, through the public client, as {@link ParserFuzzTest} does for
 * the first groups: a model or a typed exception, never an NPE, a raw Jackson exception or a hang. Seeded.
 */
class LinkedInParserFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 200);

    private static String resource(String name) {
        try (InputStream in = LinkedInParserFuzzTest.class.getResourceAsStream("/spec/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            // The project examples' placeholder date would make every mutant fail the same way.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"created_at\": \"string\"", "\"created_at\": \"2025-12-31T23:59:59.999Z\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLinkedInParserTurnsGarbageIntoModelsOrTypedExceptions() {
        ParserFuzzTest.CannedTransport canned = new ParserFuzzTest.CannedTransport();
        Map<String, Consumer<UnipileClient>> targets = new LinkedHashMap<>();
        targets.put("linkedin-company-profile.json", c -> c.linkedin().getCompanyProfile("acme", "a"));
        targets.put("linkedin-inmail-balance.json", c -> c.linkedin().getInMailBalance("a"));
        targets.put("linkedin-list-projects.json", c -> c.linkedin().projects().list("a"));
        targets.put("linkedin-get-project.json", c -> c.linkedin().projects().get("p", "a"));
        targets.put("linkedin-list-jobs.json", c -> c.linkedin().jobs().list("a"));
        targets.put("linkedin-get-job.json", c -> c.linkedin().jobs().get("j", "a", JobPostingService.CLASSIC));
        targets.put("linkedin-list-applicants.json", c -> c.linkedin().jobs().listApplicants("j", "a"));
        targets.put("linkedin-get-applicant.json", c -> c.linkedin().jobs().getApplicant("x", "a"));
        targets.put("linkedin-publish-job-checkpoint.json", c -> c.linkedin().jobs().publish("j",
                PublishJobPostingRequest.free("a").build()));
        int[] outcomes = new int[2];
        try (UnipileClient client = UnipileClient.builder().baseUrl("https://api1.unipile.com:13153").apiKey("k")
                .transport(canned).disableRetries().disableCircuitBreaker().build()) {
            JsonMutator mutator = new JsonMutator(SEED);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (Map.Entry<String, Consumer<UnipileClient>> target : targets.entrySet()) {
                    String seed = resource(target.getKey());
                    for (int i = 0; i < ROUNDS; i++) {
                        byte[] body = mutator.mutate(seed);
                        canned.status = 200;
                        canned.body = body;
                        try {
                            target.getValue().accept(client);
                            outcomes[0]++;
                        } catch (UnipileException expected) {
                            outcomes[1]++;
                        } catch (RuntimeException | Error e) {
                            fail("seed " + SEED + ", " + target.getKey() + ", round " + i + ": " + e + " for body "
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
