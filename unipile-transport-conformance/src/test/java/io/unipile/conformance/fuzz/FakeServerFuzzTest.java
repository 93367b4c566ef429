package io.unipile.conformance.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random multipart bodies, headers and cursors into the fake, as any HTTP client might send them: every answer is
 * a documented success or a JSON error in Unipile's shape with a 4xx status; never a 500 from the fake itself,
 * never a hang, and a write that was answered with an error stored nothing.
 */
class FakeServerFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 300);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeUnipileServer server;
    private HttpClient http;
    private FakeChat chat;
    private String account;

    @BeforeEach
    void start() {
        server = FakeUnipileServer.builder().build().start();
        account = server.state().addAccount(AccountType.LINKEDIN).id();
        chat = server.state().addChat(account, "ACoAAbob");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertWellFormed(HttpResponse<String> r, String what) throws Exception {
        assertThat(r.statusCode()).as(what + " -> " + r.body()).isBetween(200, 499);
        if (r.statusCode() >= 400) {
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.path("type").asText()).as(what).startsWith("errors/");
            assertThat(error.path("status").asInt()).as(what).isEqualTo(r.statusCode());
            assertThat(error.path("title").isTextual()).as(what).isTrue();
        }
    }

    private static String randomText(SplittableRandom random, int max) {
        String alphabet = "abc[]_-=&;:\"\\/\r\n %é漢\u0000\t";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void randomMultipartBodiesGetAnAnswerInUnipilesShapeAndErrorsStoreNothing() {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] names = {"text", "account_id", "thread_id", "quote_id", "attachments", "voice_message",
                "video_message", "attendees_ids", "linkedin[inmail]", "linkedin[api]", "linkedin[", "", "x\"y"};
        int[] statuses = new int[600];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                String boundary = random.nextInt(10) == 0 ? "" : "b" + random.nextLong();
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                int parts = random.nextInt(5);
                for (int p = 0; p < parts; p++) {
                    String name = names[random.nextInt(names.length)];
                    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                            + (random.nextInt(3) == 0 ? "; filename=\"" + randomText(random, 8) + "\"" : "")
                            + "\r\n\r\n" + randomText(random, 40) + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                if (random.nextInt(4) != 0) {
                    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                }
                byte[] bytes = body.toByteArray();
                if (random.nextInt(5) == 0 && bytes.length > 0) {
                    bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                }
                long before = server.state().messages(chat.id()).size();
                String type = random.nextInt(8) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.apiUrl() + "/chats/" + chat.id()
                                + "/messages"))
                        .header("X-API-KEY", server.apiKey()).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
                String what = "round " + i + " (seed " + SEED + ")";
                assertWellFormed(r, what);
                long after = server.state().messages(chat.id()).size();
                assertThat(after - before).as(what).isEqualTo(r.statusCode() == 201 ? 1 : 0);
                statuses[r.statusCode()]++;
            }
        });
        // Accepted and rejected bodies must both occur, or the generator is not exploring.
        assertThat(statuses[201]).isPositive();
        assertThat(statuses[400]).isPositive();
    }

    /** What an HTTP client can send as a header value: visible ASCII, inner spaces. */
    private static String headerValue(SplittableRandom random, int max) {
        StringBuilder sb = new StringBuilder("k");
        int n = random.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append((char) random.nextInt(0x20, 0x7f));
        }
        return sb.append('k').toString();
    }

    @Test
    void randomHeadersAndKeysAreAnsweredNotCrashedOn() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.apiUrl() + "/accounts"));
                if (random.nextBoolean()) {
                    b.header("X-API-KEY", headerValue(random, 30));
                }
                b.header("Accept", random.nextBoolean() ? "application/json" : headerValue(random, 10));
                b.header("X-Random-" + random.nextInt(1000), "v" + random.nextLong());
                HttpResponse<String> r = send(b.GET());
                assertWellFormed(r, "round " + i);
                assertThat(r.statusCode()).isIn(200, 401);
            }
        });
    }

    @Test
    void randomCursorsAndLimitsAreRejectedCleanlyOrServed() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 30; i++) {
            server.state().addAccount(AccountType.WHATSAPP);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                String cursor = switch (random.nextInt(4)) {
                    case 0 -> randomText(random, 20);
                    case 1 -> java.util.Base64.getEncoder().encodeToString(randomText(random, 20)
                            .getBytes(StandardCharsets.UTF_8));
                    case 2 -> "";
                    default -> "eyJ" + random.nextLong();
                };
                String limit = switch (random.nextInt(4)) {
                    case 0 -> Integer.toString(random.nextInt(-5, 300));
                    case 1 -> randomText(random, 4);
                    case 2 -> "";
                    default -> "99999999999999999999";
                };
                String query = "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&limit="
                        + URLEncoder.encode(limit, StandardCharsets.UTF_8);
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.apiUrl() + "/accounts?" + query))
                        .header("X-API-KEY", server.apiKey()).GET());
                assertWellFormed(r, "cursor " + cursor + ", limit " + limit);
            }
        });
    }
}
