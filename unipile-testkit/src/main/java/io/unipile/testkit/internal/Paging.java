package io.unipile.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cursor pagination as Unipile's lists do it: {@code limit} items from 1 to 250 (100 by default), an opaque
 * base64 cursor to the next page, and a null cursor on the last page.
 *
 * <p>A cursor holds the position of the last item sent, not an offset, so items added or removed between two
 * requests neither repeat nor skip the rest of the list. It names its list: a cursor of one list is refused by
 * another with 400 {@code errors/invalid_parameters}.
 */
public final class Paging {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 250;

    private Paging() {
    }

    /**
     * Where an item sorts in its list: lists run in ascending order of {@code (primary, secondary)}.
     * {@link #inserted(long)} and {@link #newestFirst(Instant, long)} make the two orders the fake uses.
     */
    public record Position(long primary, long secondary) {
        static final Comparator<Position> ORDER =
                Comparator.comparingLong(Position::primary).thenComparingLong(Position::secondary);
    }

    /** An item and its position. */
    public record Entry<T>(T item, Position position) {
    }

    /** One page: its items and the cursor to the next page, null on the last. */
    public record Slice<T>(List<T> items, String cursor) {
    }

    /** Oldest first, by insertion number. */
    public static Position inserted(long sequence) {
        return new Position(0, sequence);
    }

    /** Newest first by time; among equal times, the later inserted first. */
    public static Position newestFirst(Instant time, long sequence) {
        return new Position(-time.toEpochMilli(), -sequence);
    }

    /** Sorts entries into list order. */
    public static <T> List<Entry<T>> sorted(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::position, Position.ORDER));
        return sorted;
    }

    /**
     * The page of the request's {@code cursor} and {@code limit} over the entries that pass the filter.
     *
     * @param list the list's name, written into its cursors
     * @param entries every entry, in list order
     */
    public static <T> Slice<T> page(String list, List<Entry<T>> entries, Predicate<T> filter, IncomingRequest request) {
        return page(list, entries, filter, request, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** As {@link #page(String, List, Predicate, IncomingRequest)}, for a route with its own {@code limit} range. */
    public static <T> Slice<T> page(String list, List<Entry<T>> entries, Predicate<T> filter, IncomingRequest request,
                                    int defaultLimit, int maxLimit) {
        int limit = limit(request, defaultLimit, maxLimit);
        String cursor = request.queryParam("cursor");
        Position after = cursor == null ? null : decode(list, cursor);
        List<T> items = new ArrayList<>();
        Position last = null;
        boolean more = false;
        for (Entry<T> entry : entries) {
            if ((after != null && Position.ORDER.compare(entry.position(), after) <= 0) || !filter.test(entry.item())) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(entry.item());
            last = entry.position();
        }
        return new Slice<>(List.copyOf(items), more ? encode(list, last) : null);
    }

    /** The request's {@code limit}: 1 to 250, 100 when absent; 400 otherwise. */
    public static int limit(IncomingRequest request) {
        return limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** The request's {@code limit}: 1 to {@code maxLimit}, {@code defaultLimit} when absent; 400 otherwise. */
    public static int limit(IncomingRequest request, int defaultLimit, int maxLimit) {
        String value = request.queryParam("limit");
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters("limit must be an integer from 1 to " + maxLimit);
    }

    private static String encode(String list, Position position) {
        String plain = list + ":" + position.primary() + ":" + position.secondary();
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String list, String cursor) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 3 && parts[0].equals(list)) {
                return new Position(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not numbers: reported below (NumberFormatException is an IllegalArgumentException)
        }
        throw ApiException.invalidParameters("The cursor is not a cursor of this list");
    }
}
