package io.unipile.pagination;

import io.unipile.errors.UnipileException;
import io.unipile.errors.UnipilePaginationException;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, across pages: pages are fetched lazily, one request each, as iteration reaches them, and
 * iteration ends on the page whose cursor is null. Each call to {@link #iterator()} or {@link #stream()} starts
 * again from the first page. Not thread-safe per iterator; the iterable itself may be shared.
 *
 * <p>A failed page request throws its {@link UnipileException} from {@code hasNext()} / {@code next()}. A server
 * whose cursors would never end the iteration stops it with {@link UnipilePaginationException}: a cursor already seen
 * in this iteration, or more than {@value #MAX_EMPTY_PAGES} empty pages in a row that still point to another page.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    /** The most empty pages in a row, each with a next cursor, before iteration stops as endless. */
    public static final int MAX_EMPTY_PAGES = 10;

    private final String firstCursor;
    private final Function<String, Page<T>> fetch;

    /**
     * @param firstCursor the cursor to start at, or {@code null} for the first page
     * @param fetch       fetches the page at a cursor ({@code null} for the first)
     */
    public PagedIterable(String firstCursor, Function<String, Page<T>> fetch) {
        this.firstCursor = firstCursor;
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator();
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The pages themselves, lazily, starting at the first. */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<String> seen = new HashSet<>();
        private String cursor = firstCursor;
        private boolean done;
        private int fetched;
        private int emptyInARow;

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public Page<T> next() {
            if (done) {
                throw new NoSuchElementException();
            }
            if (cursor != null) {
                seen.add(cursor);
            }
            Page<T> page = fetch.apply(cursor);
            fetched++;
            String next = page.cursor();
            if (next != null && seen.contains(next)) {
                // Following a cursor already seen would repeat the same pages for ever.
                throw new UnipilePaginationException("page " + fetched + " pointed back to a cursor already seen in "
                        + "this iteration; stopping to avoid an endless loop", fetched);
            }
            emptyInARow = page.items().isEmpty() && next != null ? emptyInARow + 1 : 0;
            if (emptyInARow > MAX_EMPTY_PAGES) {
                throw new UnipilePaginationException(emptyInARow + " empty pages in a row each pointed to another "
                        + "page; stopping to avoid an endless iteration", fetched);
            }
            cursor = next;
            done = next == null;
            return page;
        }
    }

    private final class ItemIterator implements Iterator<T> {
        private final PageIterator pages = new PageIterator();
        private Iterator<T> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                current = pages.next().items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
