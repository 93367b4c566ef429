package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.StringEnum;
import io.unipile.internal.Check;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * What every search builder shares: the account to search from, the page size, and {@link #build()}. Each filter
 * method checks its value at once and fails with {@link IllegalArgumentException} naming the filter (in this
 * library's camelCase spelling), so a bad search never reaches the network. Setting a filter again replaces it.
 *
 * @param <B> the concrete builder
 */
public abstract class SearchBuilder<B extends SearchBuilder<B>> {
    static final Pattern DIGITS = Pattern.compile("^\\d+$");
    static final Pattern ANY = Pattern.compile("^.+$");
    static final Pattern LOWER_CASE = Pattern.compile("^[a-z]+$");
    static final Pattern LIST_ID = Pattern.compile("^(\\d+|ALL)$");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SearchApi api;
    private final SearchCategory category;
    private final int maxLimit;
    private final ObjectNode body = NODES.objectNode();
    private final String url;
    private final String cursor;
    private String accountId;
    private Integer limit;

    SearchBuilder(SearchApi api, SearchCategory category, int maxLimit) {
        this(api, category, maxLimit, null, null);
    }

    SearchBuilder(SearchApi api, SearchCategory category, int maxLimit, String url, String cursor) {
        this.api = api;
        this.category = category;
        this.maxLimit = maxLimit;
        this.url = url;
        this.cursor = cursor;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** {@code account_id} (required): the Unipile id of the LinkedIn account that searches. */
    public B accountId(String accountId) {
        this.accountId = accountId;
        return self();
    }

    /**
     * {@code limit}: results per page, from 0 to 100 for Sales Navigator and Recruiter and to 50 for LinkedIn
     * classic (the spec's bounds); {@code null} for Unipile's default of 10.
     */
    public B limit(Integer limit) {
        this.limit = Check.range("limit", limit, 0, maxLimit);
        return self();
    }

    /** The search; fails naming {@code accountId} when it is missing. */
    public LinkedInSearchRequest build() {
        return new LinkedInSearchRequest(Check.notBlank("accountId", accountId), limit, api, category,
                body.deepCopy(), url, cursor);
    }

    // ---- helpers for the concrete builders: each writes one field in the spec's name ----

    final B put(String wire, JsonNode value) {
        body.set(wire, value);
        return self();
    }

    final B text(String field, String wire, String value) {
        return put(wire, NODES.textNode(Check.notBlank(field, value)));
    }

    final B id(String field, String wire, String value, Pattern pattern) {
        return put(wire, NODES.textNode(checkId(field, value, pattern)));
    }

    final B flag(String wire, boolean value) {
        return put(wire, NODES.booleanNode(value));
    }

    final B number(String field, String wire, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
        }
        return put(wire, NODES.numberNode(value));
    }

    final B ids(String field, String wire, List<String> values, Pattern pattern) {
        return put(wire, idArray(field, values, pattern));
    }

    final B texts(String field, String wire, List<String> values, int minLength, int maxLength) {
        ArrayNode array = NODES.arrayNode();
        List<String> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            String v = Check.notBlank(field + "[" + i + "]", list.get(i));
            if (v.length() < minLength || v.length() > maxLength) {
                throw new IllegalArgumentException(field + "[" + i + "] must have " + (minLength == maxLength
                        ? minLength + " characters" : minLength + " to " + maxLength + " characters") + ": " + v);
            }
            array.add(v);
        }
        return put(wire, array);
    }

    final B enums(String field, String wire, List<? extends StringEnum> values) {
        ArrayNode array = NODES.arrayNode();
        List<? extends StringEnum> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            array.add(Check.notNull(field + "[" + i + "]", list.get(i)).value());
        }
        return put(wire, array);
    }

    final B distances(String field, String wire, List<NetworkDistance> values, boolean groupAllowed) {
        ArrayNode array = NODES.arrayNode();
        List<NetworkDistance> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            NetworkDistance d = Check.notNull(field + "[" + i + "]", list.get(i));
            if (d == NetworkDistance.GROUP && !groupAllowed) {
                throw new IllegalArgumentException(field + "[" + i + "] cannot be GROUP in this search");
            }
            array.add(d.toJson());
        }
        return put(wire, array);
    }

    final B ranges(String field, String wire, List<SearchRange> values, Set<Integer> mins, Set<Integer> maxes) {
        ArrayNode array = NODES.arrayNode();
        List<SearchRange> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            array.add(Check.notNull(field + "[" + i + "]", list.get(i)).toJson(field + "[" + i + "]", mins, maxes));
        }
        return put(wire, array);
    }

    final <T> B filter(String field, String wire, IncludeExclude<T> filter, BiFunction<String, T, String> check,
                       boolean area) {
        return put(wire, Check.notNull(field, filter).toJson(field, check, area));
    }

    final B objects(String field, String wire, List<?> values,
                      BiFunction<Object, String, JsonNode> writer) {
        ArrayNode array = NODES.arrayNode();
        List<?> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            String name = field + "[" + i + "]";
            array.add(writer.apply(Check.notNull(name, list.get(i)), name));
        }
        return put(wire, array);
    }

    static int checkDays(String field, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(field + " must not be negative but was " + days);
        }
        return days;
    }

    static String checkId(String field, String value, Pattern pattern) {
        Check.notBlank(field, value);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + describe(pattern) + " but was " + value);
        }
        return value;
    }

    static ArrayNode idArray(String field, List<String> values, Pattern pattern) {
        ArrayNode array = NODES.arrayNode();
        List<String> list = nonEmpty(field, values);
        for (int i = 0; i < list.size(); i++) {
            array.add(checkId(field + "[" + i + "]", list.get(i), pattern));
        }
        return array;
    }

    static <T> List<T> nonEmpty(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one value");
        }
        return values;
    }

    @SafeVarargs
    static <T> List<T> list(T... values) {
        return values == null ? null : Arrays.asList(values);
    }

    private static String describe(Pattern pattern) {
        if (pattern == DIGITS) {
            return "a LinkedIn id (digits; see parameters())";
        }
        if (pattern == LOWER_CASE) {
            return "a LinkedIn id (lower-case letters; see parameters())";
        }
        if (pattern == LIST_ID) {
            return "a list id (digits) or ALL";
        }
        return "an id or a text";
    }
}
