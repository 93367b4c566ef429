package io.unipile;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one check every model test makes of bad input: it fails with the expected type, never with a raw bug. */
public final class ParseFailures {
    private ParseFailures() {
    }

    /** Asserts that {@code parse} throws {@code expected} and that no NPE, CCE or IAE hides in its causes. */
    public static void assertFailsCleanly(ThrowingCallable parse, Class<? extends Throwable> expected) {
        assertThatThrownBy(parse).isInstanceOf(expected)
                .satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                        .noneMatch(c -> c instanceof NullPointerException || c instanceof ClassCastException
                                || c instanceof IllegalArgumentException));
    }
}
