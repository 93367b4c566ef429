package io.unipile.pagination;

import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipilePaginationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
        assertThatThrownBy(it::next).isInstanceOf(UnipilePaginationException.class)
                .hasMessageContaining("cursor already seen");
    }

    @Test
    void aCursorCycleThroughSeveralPagesIsCaughtWhenItCloses() {
        PagedIterable<String> all = new PagedIterable<>(null, pages(Map.of(
                "", page("A", "x"),
                "A", page("B", "a"),
                "B", page("A", "b"))));

        Iterator<String> it = all.iterator();
        assertThat(it.next()).isEqualTo("x");
        assertThat(it.next()).isEqualTo("a");
        assertThatThrownBy(it::next).isInstanceOf(UnipilePaginationException.class)
                .hasMessageContaining("page 3")
                .satisfies(e -> assertThat(((UnipilePaginationException) e).pagesFetched()).isEqualTo(3));
        assertThat(fetchedCursors).containsExactly(null, "A", "B");
    }

    @Test
    void aRunOfEmptyPagesWithFreshCursorsIsStoppedAfterTheBound() {
        AtomicInteger n = new AtomicInteger();
        PagedIterable<String> endless = new PagedIterable<>(null, cursor -> page("c" + n.incrementAndGet()));

        assertThatThrownBy(() -> endless.iterator().hasNext()).isInstanceOf(UnipilePaginationException.class)
                .hasMessageContaining((PagedIterable.MAX_EMPTY_PAGES + 1) + " empty pages in a row");
        assertThat(n.get()).isEqualTo(PagedIterable.MAX_EMPTY_PAGES + 1);
    }

    @Test
    void emptyPagesBetweenFullOnesAreFine() {
        AtomicInteger n = new AtomicInteger();
        PagedIterable<String> sparse = new PagedIterable<>(null, cursor -> {
            int i = n.incrementAndGet();
            String next = i == 40 ? null : "c" + i;
            return i % PagedIterable.MAX_EMPTY_PAGES == 0 ? page(next, "item" + i) : page(next);
        });

        assertThat(sparse.stream().toList()).containsExactly("item10", "item20", "item30", "item40");
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
