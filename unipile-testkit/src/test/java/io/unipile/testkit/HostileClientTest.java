package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.chats.ChatRoutes;
import io.unipile.testkit.internal.MultipartParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake under clients that are careless or hostile (it also runs standalone for other languages' suites): it
 * reads nothing it will refuse, holds a bounded amount per request, and answers every error it can see in
 * Unipile's shape.
 */
class HostileClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);

    @AfterEach
    void close() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no key | | errors/missing_credentials",
        "a wrong key | X-API-KEY: wrong\\r\\n | errors/invalid_credentials",
    })
    void refusesAnUnauthenticatedUploadWithoutReadingItsBody(String description, String keyHeader, String type) {
        try (RawHttp raw = new RawHttp(server)) {
            // Only the head is ever sent: a fake that waited for the announced 400 MB would time the read out.
            RawHttp.Response response = raw.write("POST /api/v1/chats HTTP/1.1\r\nHost: fake\r\n"
                    + (keyHeader == null ? "" : crlf(keyHeader))
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 400000000\r\n\r\n").read();

            assertError(response, 401, type);
        }
        RecordedRequest recorded = server.journal().last().orElseThrow();
        assertThat(recorded.responseStatus()).isEqualTo(401);
        assertThat(recorded.bodySize()).isZero();
        assertThat(recorded.formFields()).isEmpty();
    }

    @Test
    void refusesMorePartsThanTheCapHoweverEmpty() {
        FakeChat chat = chat();
        Multipart form = new Multipart().field("text", "hi");
        for (int i = 0; i < MultipartParser.MAX_PARTS; i++) {
            form.file("attachments", "empty-" + i, null, new byte[0]);
        }

        HttpResponse<String> response = http.post("/api/v1/chats/" + chat.id() + "/messages", form);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response);
        assertThat(error.get("type").asText()).isEqualTo("errors/content_too_large");
        assertThat(error.get("detail").asText()).contains(MultipartParser.MAX_PARTS + " parts");
        assertThat(server.state().messages()).isEmpty();
    }

    @Test
    void refusesPartHeadersBeyondTheCap() {
        FakeChat chat = chat();
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\nX-Pad: "
                + "p".repeat(MultipartParser.MAX_PART_HEADER_BYTES) + "\r\n\r\nhi\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = http.send(http.request("/api/v1/chats/" + chat.id() + "/messages")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/content_too_large");
        assertThat(server.state().messages()).isEmpty();
    }

    @Test
    void aMalformedExtendedFileNameIsAMalformedRequest() {
        FakeChat chat = chat();
        String body = "--b\r\nContent-Disposition: form-data; name=\"attachments\"; filename*=UTF-8''100%.pdf\r\n\r\n"
                + "x\r\n--b--\r\n";

        HttpResponse<String> response = http.send(http.request("/api/v1/chats/" + chat.id() + "/messages")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("type").asText()).isEqualTo("errors/malformed_request");
        assertThat(Http.json(response).get("detail").asText()).contains("filename*");
    }

    @Test
    void aBodyTheHttpLayerCannotFrameIsAMalformedRequestInUnipilesShape() {
        FakeChat chat = chat();
        try (RawHttp raw = new RawHttp(server)) {
            RawHttp.Response response = raw.write("POST /api/v1/chats/" + chat.id() + "/messages HTTP/1.1\r\n"
                    + "Host: fake\r\nX-API-KEY: " + server.apiKey() + "\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\n\r\nnot-a-chunk-size\r\n").read();

            assertError(response, 400, "errors/malformed_request");
        }
        assertThat(server.state().messages()).isEmpty();
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).singleElement()
                .satisfies(r -> assertThat(r.responseStatus()).isEqualTo(400));
    }

    /**
     * What the JDK's HTTP server answers by itself, in HTML, before any filter or handler of the fake runs: these
     * cannot be put in Unipile's shape (README, "Limits"). The statuses are still right and the fake never sees
     * the request.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a % that is no escape | 400 | GET /api/v1/chats/%zz HTTP/1.1\\r\\n",
        "a Content-Length that is no number | 400 | POST /api/v1/chats HTTP/1.1\\r\\nContent-Length: ten\\r\\n",
        "a negative Content-Length | 400 | POST /api/v1/chats HTTP/1.1\\r\\nContent-Length: -1\\r\\n",
        "an unsupported Transfer-Encoding | 501 | POST /api/v1/chats HTTP/1.1\\r\\nTransfer-Encoding: gzip\\r\\n",
        "a header name with a space | 400 | GET /api/v1/accounts HTTP/1.1\\r\\nBad Name: x\\r\\n",
        "a request line without a version | 400 | GET/api/v1/accounts\\r\\n",
    })
    void theJdkServerAnswersMalformedHttpItselfBeforeTheFake(String description, int status, String head) {
        try (RawHttp raw = new RawHttp(server)) {
            RawHttp.Response response = raw.write(crlf(head) + "Host: fake\r\nX-API-KEY: " + server.apiKey()
                    + "\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(status);
        }
        assertThat(server.journal().requests()).isEmpty();
    }

    /** CSV sources cannot hold line breaks: they write them as the four characters {@code \\r\\n}. */
    private static String crlf(String csv) {
        return csv.replace("\\r\\n", "\r\n");
    }

    private FakeChat chat() {
        FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
        return server.state().addChat(account.id(), "A");
    }

    private static void assertError(RawHttp.Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode error;
        try {
            error = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.get("title").asText()).isNotBlank();
    }
}
