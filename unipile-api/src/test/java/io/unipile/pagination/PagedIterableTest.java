package io.unipile.pagination;

import io.unipile.errors.UnipileException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagedIterableTest {
    private final List<String> fetchedCursors = new ArrayList<>();

    private Function<String, Page<String>> pages(Map<String, Page<String>> byCursor) {
        return cursor -> {
            fetchedCursors.add(cursor);
            return byCursor.get(cursor == null ? "" : cursor);
        };
    }

    private static Page<String> page(String next, String... items) {
        return new Page<>("ThingList", List.of(items), next, null);
    }

    @Test
    void walksEveryPageUntilTheCursorIsNull() {
        PagedIterable<String> all = new PagedIterable<>(null, pages(Map.of(
                "", page("c2", "a", "b"),
                "c2", page("c3"),
                "c3", page(null, "c"))));

        assertThat(all).containsExactly("a", "b", "c");
        assertThat(fetchedCursors).containsExactly(null, "c2", "c3");
    }

    @Test
    void fetchesLazilyOnlyAsFarAsConsumed() {
        PagedIterable<String> all = new PagedIterable<>(null, pages(Map.of(
                "", page("c2", "a", "b"),
                "c2", page(null, "c"))));

        assertThat(fetchedCursors).isEmpty();
        assertThat(all.stream().limit(2).collect(Collectors.toList())).containsExactly("a", "b");
        assertThat(fetchedCursors).containsExactly((String) null);
    }

    @Test
    void startsAtTheGivenCursorAndRestartsOnEachIteration() {
        PagedIterable<String> all = new PagedIterable<>("c2", pages(Map.of("c2", page(null, "c"))));

        assertThat(all).containsExactly("c");
        assertThat(all).containsExactly("c");
        assertThat(fetchedCursors).containsExactly("c2", "c2");
    }

    @Test
    void aServerRepeatingTheSameCursorCannotLoopForever() {
        PagedIterable<String> all = new PagedIterable<>(null, pages(Map.of(
                "", page("same", "a"),
                "same", page("same", "b"))));

        Iterator<String> it = all.iterator();
        assertThat(it.next()).isEqualTo("a");
        assertThatThrownBy(it::next).isInstanceOf(UnipileException.class).hasMessageContaining("same cursor");
    }

    @Test
    void pagesAreReachableToo() {
        PagedIterable<String> all = new PagedIterable<>(null, pages(Map.of(
                "", page("c2", "a"),
                "c2", page(null, "b"))));

        List<Page<String>> seen = new ArrayList<>();
        all.pages().forEach(seen::add);

        assertThat(seen).extracting(Page::cursor).containsExactly("c2", null);
        assertThat(seen.get(1).hasNextPage()).isFalse();
    }
}
