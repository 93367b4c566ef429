package io.unipile.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The key and a call's own secrets (passwords, cookies, tokens) are kept out of texts built from a reply. */
class RedactorTest {
    private static final Redactor KEY = new Redactor("sk_key_123456");

    @Test
    void aCallsSecretsAreRedactedWithTheKey() {
        Redactor call = KEY.and(Arrays.asList("hunter2-pass", null, "li_at_cookie_value"));

        assertThat(call.apply("key sk_key_123456, password hunter2-pass, cookie li_at_cookie_value."))
                .isEqualTo("key [REDACTED], password [REDACTED], cookie [REDACTED].");
        assertThat(KEY.apply("password hunter2-pass")).as("the client's own redactor is unchanged")
                .isEqualTo("password hunter2-pass");
    }

    @Test
    void aSecretInsideAnotherIsReplacedWhole() {
        Redactor call = KEY.and(List.of("abcd", "abcdefgh"));

        assertThat(call.apply("token abcdefgh then abcd")).isEqualTo("token [REDACTED] then [REDACTED]");
    }

    @Test
    void aSecretCutOffAtTheEndIsRedactedToo() {
        Redactor call = KEY.and(List.of("p4ssw0rd-long"));

        assertThat(call.apply("...you sent p4ssw0")).isEqualTo("...you sent [REDACTED]");
    }

    @Test
    void secretsShorterThanFourCharactersAreLeftAlone() {
        assertThat(KEY.and(List.of("abc")).apply("abc abc")).isEqualTo("abc abc");
        assertThat(KEY.and(List.of())).isSameAs(KEY);
    }
}
