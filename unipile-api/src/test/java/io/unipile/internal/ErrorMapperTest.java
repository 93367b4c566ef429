package io.unipile.internal;

import io.unipile.errors.AuthenticationException;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.ConflictException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.RateLimitException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.errors.UnsupportedMediaTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMapperTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private UnipileApiException map(int status, String body, String retryAfter) {
        return ErrorMapper.toException("POST", "/chats/c1/messages", status,
                body.getBytes(StandardCharsets.UTF_8), retryAfter, clock, new Redactor(KEY));
    }

    private static final String KEY = "sk_live_c0ffee1234567890";

    @Test
    void theClientsKeyIsRedactedFromEveryFieldAndTheExcerpt() {
        UnipileApiException e = map(401, "{\"title\":\"Invalid key " + KEY + "\",\"detail\":\"X-API-KEY: " + KEY
                + "\",\"instance\":\"" + KEY + "\",\"type\":\"errors/invalid_credentials\",\"status\":401}", null);

        assertThat(e.getMessage()).doesNotContain(KEY).contains("Invalid key [REDACTED]");
        assertThat(e.title()).contains("Invalid key [REDACTED]");
        assertThat(e.detail()).contains("X-API-KEY: [REDACTED]");
        assertThat(e.instance()).contains("[REDACTED]");
        assertThat(e.bodyExcerpt()).doesNotContain(KEY);
        assertThat(e.details().toString()).doesNotContain(KEY);
    }

    @Test
    void aKeyCutOffAtTheEndOfTheExcerptLeavesNoPartBehind() {
        String html = "<html><body>" + "x".repeat(BodyExcerpt.MAX_CHARS - 12 - 6) + "key=" + KEY + " tail</body>";

        UnipileApiException e = map(500, html, null);

        assertThat(e.bodyExcerpt()).doesNotContain(KEY.substring(0, 6)).contains("[REDACTED]");
    }

    @Test
    void aProxyEchoingTheHeadersInAnHtmlPageShowsNoKey() {
        String page = "<html><pre>GET /api/v1/accounts\r\nX-API-KEY: " + KEY + "\r\nAccept: */*</pre></html>";

        UnipileApiException e = map(502, page, null);

        assertThat(e.getMessage()).doesNotContain(KEY);
        assertThat(e.bodyExcerpt()).contains("X-API-KEY: [REDACTED]");
    }

    private static String unipileError(int status, String type) {
        return "{\"title\":\"Title " + status + "\",\"detail\":\"Detail.\",\"instance\":\"inst-1\",\"type\":\"errors/"
                + type + "\",\"status\":" + status + "}";
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400,invalid_parameters,BadRequestException",
            "400,missing_parameters,BadRequestException",
            "401,missing_credentials,AuthenticationException",
            "401,invalid_credentials,AuthenticationException",
            "403,insufficient_permissions,PermissionDeniedException",
            "404,resource_not_found,NotFoundException",
            "409,already_exists,ConflictException",
            "415,unsupported_media_type,UnsupportedMediaTypeException",
            "422,user_unreachable,UnprocessableEntityException",
            "429,too_many_requests,RateLimitException",
            "500,unexpected_error,ServerException",
            "501,feature_not_implemented,ServerException",
            "503,no_client_session,ServerException",
            "504,request_timeout,ServerException",
    })
    void everyDocumentedStatusMapsToItsExceptionWithUnipilesFields(int status, String type, String expectedClass) {
        UnipileApiException e = map(status, unipileError(status, type), null);

        assertThat(e.getClass().getSimpleName()).isEqualTo(expectedClass);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.type()).contains("errors/" + type);
        assertThat(e.errorCode()).contains(type);
        assertThat(e.title()).contains("Title " + status);
        assertThat(e.detail()).contains("Detail.");
        assertThat(e.instance()).contains("inst-1");
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.path()).isEqualTo("/chats/c1/messages");
        String unknown = status == 500 || status == 503 || status == 504
                ? "; the outcome is unknown: the server may have acted on it, and it was not re-sent" : "";
        assertThat(e.getMessage()).isEqualTo("POST /chats/c1/messages failed with HTTP " + status + " (errors/" + type
                + "): Title " + status + " - Detail." + unknown);
        assertThat(e.details().isOutcomeUnknown()).isEqualTo(!unknown.isEmpty());
    }

    @Test
    void theClassesFormOneHierarchy() {
        assertThat(map(400, "", null)).isInstanceOf(BadRequestException.class);
        assertThat(map(401, "", null)).isInstanceOf(AuthenticationException.class);
        assertThat(map(403, "", null)).isInstanceOf(PermissionDeniedException.class);
        assertThat(map(404, "", null)).isInstanceOf(NotFoundException.class);
        assertThat(map(409, "", null)).isInstanceOf(ConflictException.class);
        assertThat(map(415, "", null)).isInstanceOf(UnsupportedMediaTypeException.class);
        assertThat(map(422, "", null)).isInstanceOf(UnprocessableEntityException.class);
        assertThat(map(502, "", null)).isInstanceOf(ServerException.class);
        UnipileApiException other = map(418, "", null);
        assertThat(other.getClass()).isEqualTo(UnipileApiException.class);
        assertThat(other.statusCode()).isEqualTo(418);
    }

    @Test
    void rateLimitCarriesRetryAfterInSecondsOrAsADate() {
        RateLimitException seconds = (RateLimitException) map(429, unipileError(429, "too_many_requests"), "7");
        RateLimitException date = (RateLimitException) map(429, unipileError(429, "too_many_requests"),
                "Wed, 25 Nov 2026 10:01:00 GMT");
        RateLimitException none = (RateLimitException) map(429, unipileError(429, "too_many_requests"), null);

        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(date.retryAfter()).contains(Duration.ofMinutes(1));
        assertThat(none.retryAfter()).isEmpty();
    }

    @Test
    void anHtmlPageFromAProxyKeepsTheStatusAndShowsAnExcerpt() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                + "</center><hr><center>nginx</center></body></html>";

        UnipileApiException e = map(502, html, null);

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.type()).isEmpty();
        assertThat(e.bodyExcerpt()).startsWith("<html><head><title>502 Bad Gateway");
        assertThat(e.getMessage()).contains("HTTP 502").contains("body: <html>");
    }

    @Test
    void truncatedOrOddJsonNeverBreaksTheMapping() {
        assertThat(map(500, "{\"title\":\"Oops\",\"type\":\"errors/unexp", null).type()).isEmpty();
        assertThat(map(400, "[1,2,3]", null).type()).isEmpty();
        assertThat(map(400, "{\"type\":{\"nested\":true},\"title\":42}", null).title()).contains("42");
        assertThat(map(400, "{\"type\":{\"nested\":true}}", null).type()).isEmpty();
    }

    @Test
    void longBodiesAreCutAndControlCharactersReplaced() {
        String body = "x".repeat(5000) + "\u0000\r\n";
        UnipileApiException e = map(500, "\r\n" + body, null);

        assertThat(e.bodyExcerpt()).startsWith("xxxx").endsWith("...").doesNotContain("\r", "\n")
                .hasSizeBetween(BodyExcerpt.MAX_CHARS - 2, BodyExcerpt.MAX_CHARS + 3);
    }
}
