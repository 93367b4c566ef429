package io.unipile.internal;

import io.unipile.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiRequestTest {
    private static final BaseUrl BASE = BaseUrl.parse("https://api1.unipile.com:13153");

    private static URI chatUri(String id) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET).path("chats").id("chatId", id).build();
        return BASE.resolve(r.encodedPath(), r.encodedQuery());
    }

    @Test
    void anIdThatLooksLikeAPathStaysOneSegment() {
        URI uri = chatUri("chat/../accounts?x=1#frag");

        assertThat(uri.getRawPath()).isEqualTo("/api/v1/chats/chat%2F..%2Faccounts%3Fx%3D1%23frag");
        assertThat(uri.getRawQuery()).isNull();
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.normalize().getRawPath()).isEqualTo(uri.getRawPath());
    }

    @ParameterizedTest
    @CsvSource({
            "..,%2E%2E",
            ".,%2E",
            "a.b,a.b",
            "100%,100%25",
            "a b,a%20b",
            "é,%C3%A9",
            "x;y=z,x%3By%3Dz",
            "urn:li:abc,urn%3Ali%3Aabc",
            "a\\b,a%5Cb",
    })
    void pathSegmentsAreEncoded(String id, String encoded) {
        assertThat(chatUri(id).getRawPath()).isEqualTo("/api/v1/chats/" + encoded);
    }

    @Test
    void crlfInAnIdIsEncodedNotSent() {
        assertThat(chatUri("a\r\nX-Evil: 1").getRawPath()).isEqualTo("/api/v1/chats/a%0D%0AX-Evil%3A%201");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankIdsAreRejectedNamingTheField(String id) {
        assertThatThrownBy(() -> chatUri(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chatId");
    }

    @Test
    void nullIdIsRejectedNamingTheField() {
        assertThatThrownBy(() -> chatUri(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chatId is required");
    }

    @Test
    void queryValuesAreEncodedAndNullsLeftOut() {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET).path("accounts")
                .query("cursor", "a+b/c=&d e")
                .query("account_id", null)
                .query("limit", 5)
                .build();

        assertThat(r.encodedQuery()).isEqualTo("cursor=a%2Bb%2Fc%3D%26d%20e&limit=5");
        assertThat(BASE.resolve(r.encodedPath(), r.encodedQuery()).toString())
                .isEqualTo("https://api1.unipile.com:13153/api/v1/accounts?cursor=a%2Bb%2Fc%3D%26d%20e&limit=5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+b/c=&d e", "..", "100%", "é ü+", "+", " "})
    void decodingUndoesBothEncodingsAndKeepsAPlusAPlus(String value) {
        assertThat(UrlEncoding.decode(UrlEncoding.queryComponent(value))).isEqualTo(value);
        assertThat(UrlEncoding.decode(UrlEncoding.pathSegment(value))).isEqualTo(value);
        assertThat(UrlEncoding.decode(value.replace("%", "%25"))).isEqualTo(value);
    }

    @Test
    void aMalformedEscapeIsRefused() {
        assertThatThrownBy(() -> UrlEncoding.decode("100%2")).isInstanceOf(IllegalArgumentException.class);
    }
}
