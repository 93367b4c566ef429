package io.unipile.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Unipile's v1 OpenAPI document ({@code /spec/unipile-v1-openapi.yaml}, copied from the shared spec), read once, and
 * the facts the spec test and the coverage report need from it.
 */
public final class SpecDocument {
    private static final String RESOURCE = "/spec/unipile-v1-openapi.yaml";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static volatile SpecDocument instance;

    private final JsonNode root;

    private SpecDocument(JsonNode root) {
        this.root = root;
    }

    /** The document, parsed on first use. */
    public static SpecDocument load() {
        if (instance == null) {
            try (InputStream in = SpecDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE);
                }
                // SnakeYAML resolves the document's anchors and aliases (its tags and many schemas are aliases),
                // which Jackson's YAML parser leaves unresolved.
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(100_000);
                options.setCodePointLimit(16 * 1024 * 1024);
                Object tree = new Yaml(options).load(in);
                instance = new SpecDocument(new ObjectMapper().valueToTree(tree));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * One operation of the document.
     *
     * @param method upper case, e.g. {@code GET}
     * @param path   as written, e.g. {@code /api/v1/chats/{chat_id}}
     * @param tag    its first tag
     * @param node   the operation object
     */
    public record Operation(String method, String path, String tag, JsonNode node) {

        /** The operation's summary. */
        public String summary() {
            return node.path("summary").asText("");
        }

        /** The names of its parameters that are {@code in} the given place ({@code path}, {@code query}). */
        public Set<String> parameters(String in) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals(in)) {
                    names.add(p.path("name").asText());
                }
            }
            return names;
        }

        /** The required query parameters. */
        public Set<String> requiredQuery() {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean(false)) {
                    names.add(p.path("name").asText());
                }
            }
            return names;
        }

        /** The schema of a parameter. */
        public JsonNode parameterSchema(String in, String name) {
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asText().equals(in) && p.path("name").asText().equals(name)) {
                    return p.path("schema");
                }
            }
            return null;
        }

        /** The content types of the request body, empty when it takes none. */
        public Set<String> bodyContentTypes() {
            Set<String> types = new LinkedHashSet<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        /** The request body's schema for a content type. */
        public JsonNode bodySchema(String contentType) {
            return node.path("requestBody").path("content").path(contentType).path("schema");
        }

        /** The content types of its first 2xx response. */
        public Set<String> successContentTypes() {
            Set<String> types = new LinkedHashSet<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.path("responses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("2")) {
                    e.getValue().path("content").fieldNames().forEachRemaining(types::add);
                    return types;
                }
            }
            return types;
        }

        /** The JSON schema of its first 2xx response, or a missing node. */
        public JsonNode successSchema() {
            Iterator<Map.Entry<String, JsonNode>> it = node.path("responses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("2")) {
                    return e.getValue().path("content").path("application/json").path("schema");
                }
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    /** Every operation, in document order. */
    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String m : METHODS) {
                JsonNode op = path.getValue().get(m);
                if (op != null) {
                    ops.add(new Operation(m.toUpperCase(Locale.ROOT), path.getKey(),
                            op.path("tags").path(0).asText("Other"), op));
                }
            }
        });
        return ops;
    }

    /** The operation at {@code method path}, or null. */
    public Operation operation(String method, String path) {
        for (Operation op : operations()) {
            if (op.method().equals(method) && op.path().equals(path)) {
                return op;
            }
        }
        return null;
    }

    /**
     * The field names a body schema allows: top-level names, and for a multipart body nested objects flattened the
     * way Unipile reads them, {@code linkedin[follow_up][subject]}. Alternatives ({@code anyOf}, {@code oneOf},
     * {@code allOf}) contribute all their fields.
     */
    public static Set<String> fieldNames(JsonNode schema, boolean flatten) {
        Set<String> names = new LinkedHashSet<>();
        collect(schema, "", flatten, names);
        return names;
    }

    /**
     * The fields a schema requires: its {@code required} list, or for alternatives ({@code anyOf}, {@code oneOf})
     * the fields every alternative requires.
     */
    public static Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        for (String alt : List.of("anyOf", "oneOf")) {
            Set<String> common = null;
            for (JsonNode s : schema.path(alt)) {
                Set<String> these = required(s);
                if (common == null) {
                    common = these;
                } else {
                    common.retainAll(these);
                }
            }
            if (common != null) {
                names.addAll(common);
            }
        }
        return names;
    }

    private static void collect(JsonNode schema, String prefix, boolean flatten, Set<String> out) {
        for (String alt : List.of("anyOf", "oneOf", "allOf")) {
            for (JsonNode s : schema.path(alt)) {
                collect(s, prefix, flatten, out);
            }
        }
        schema.path("properties").fields().forEachRemaining(e -> {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "[" + e.getKey() + "]";
            if (flatten && isObject(e.getValue())) {
                collect(e.getValue(), name, true, out);
            } else {
                out.add(name);
            }
        });
    }

    private static boolean isObject(JsonNode schema) {
        if (schema.has("properties")) {
            return true;
        }
        for (String alt : List.of("anyOf", "oneOf", "allOf")) {
            for (JsonNode s : schema.path(alt)) {
                if (s.has("properties")) {
                    return true;
                }
            }
        }
        return false;
    }
}
