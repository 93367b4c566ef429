package io.unipile.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://api1.unipile.com:13153,https://api1.unipile.com:13153/api/v1",
            "https://api1.unipile.com:13153/,https://api1.unipile.com:13153/api/v1",
            "https://api1.unipile.com:13153/api/v1,https://api1.unipile.com:13153/api/v1",
            "https://api1.unipile.com:13153/api/v1/,https://api1.unipile.com:13153/api/v1",
            "api1.unipile.com:13153,https://api1.unipile.com:13153/api/v1",
            "'  api8.unipile.com:13851  ',https://api8.unipile.com:13851/api/v1",
            "http://127.0.0.1:8080,http://127.0.0.1:8080/api/v1",
            "HTTPS://Api1.unipile.com:13153,https://Api1.unipile.com:13153/api/v1",
            "https://proxy.example.com/unipile,https://proxy.example.com/unipile/api/v1",
    })
    void acceptsTheDsnInEveryFormUnipileHandsOut(String raw, String expected) {
        assertThat(BaseUrl.parse(raw)).hasToString(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankIsRejectedNamingTheSetting(String raw) {
        assertThatThrownBy(() -> BaseUrl.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseUrl must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api1.unipile.com", "https://", "https://api1.unipile.com:13153?x=1",
            "https://api1.unipile.com:13153#f", "https://exa mple.com", "https://api1.unipile.com:99999"})
    void malformedIsRejectedNamingTheSetting(String raw) {
        assertThatThrownBy(() -> BaseUrl.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:s3cret@api1.unipile.com:13153"})
    void userInfoIsRejectedWithoutEchoingIt(String raw) {
        assertThatThrownBy(() -> BaseUrl.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl").hasMessageNotContaining("s3cret");
    }
}
