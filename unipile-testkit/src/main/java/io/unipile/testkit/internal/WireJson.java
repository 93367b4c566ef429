package io.unipile.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The JSON every group shares: errors, lists, bare objects, timestamps. Answers are built as trees so that
 * optional fields are left out rather than sent as null (the Node SDK's strict mode rejects such nulls) while
 * the fields the schema marks nullable are sent as null. Each group renders its own records.
 */
public final class WireJson {
    /** Makes the nodes. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireJson() {
    }

    /** The UTF-8 bytes of a tree. */
    public static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** Unipile's time format: ISO 8601 UTC with milliseconds. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The current time at the precision of Unipile's timestamps. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The common error body {@code {title, detail?, type, status}}. */
    public static ObjectNode error(int status, String type, String title, String detail) {
        ObjectNode node = NODES.objectNode();
        node.put("title", title);
        if (detail != null) {
            node.put("detail", detail);
        }
        node.put("type", type);
        node.put("status", status);
        return node;
    }

    /** A list answer: {@code {"object": <object>, "items": [...], "cursor": <string or null>}}. */
    public static <T> ObjectNode list(String object, Paging.Slice<T> page, Function<T, ObjectNode> item) {
        ObjectNode node = NODES.objectNode();
        node.put("object", object);
        ArrayNode items = node.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        node.put("cursor", page.cursor());
        return node;
    }

    /** An answer that is only {@code {"object": <object>}}, e.g. {@code AccountDeleted}. */
    public static ObjectNode object(String object) {
        return NODES.objectNode().put("object", object);
    }

    /** Sets the field unless the value is null, for fields the schema makes optional but not nullable. */
    public static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
