package io.unipile.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Endpoint;
import io.unipile.internal.EndpointCatalog;
import io.unipile.internal.QueryParam;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec is the judge: every declared endpoint is checked against Unipile's v1 OpenAPI document, and the test fails
 * on any drift of method, path, query parameter names, limits, required parameters, body kind or body field names.
 */
class EndpointSpecTest {
    private static final SpecDocument SPEC = SpecDocument.load();

    /**
     * Multipart fields whose objects travel as one part of JSON, as Unipile's send-email guide writes them, rather
     * than as bracketed parts ({@code from[identifier]}).
     */
    private static final Map<String, Set<String>> JSON_PARTS = Map.of(
            "POST /emails", Set.of("from", "to", "cc", "bcc", "custom_headers", "tracking_options"));

    /**
     * Spec fields left out by judgement, each with its reason: the drafts' JSON body types {@code attachments} as
     * binary strings, which JSON cannot carry (the schema is the multipart one of {@code POST /emails}, copied).
     */
    private static final Map<String, Set<String>> LEFT_OUT = Map.of("POST /drafts", Set.of("attachments"));

    @TestFactory
    Stream<DynamicTest> everyEndpointMatchesTheSpec() {
        return EndpointCatalog.all().stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
    }

    private static void check(Endpoint<?, ?> e) {
        SpecDocument.Operation op = SPEC.operation(e.method().name(), "/api/v1" + e.template());
        assertThat(op).as("%s is an operation of the v1 document", e).isNotNull();

        assertThat(new LinkedHashSet<>(e.pathParams())).as("%s path parameters", e)
                .isEqualTo(op.parameters("path"));

        Set<String> declared = e.query().stream().map(QueryParam::name).collect(Collectors.toSet());
        assertThat(declared).as("%s query parameters: every one the spec lists, no other", e)
                .containsExactlyInAnyOrderElementsOf(op.parameters("query"));
        assertThat(e.query().stream().filter(QueryParam::required).map(QueryParam::name))
                .as("%s required query parameters", e).containsExactlyInAnyOrderElementsOf(op.requiredQuery());
        for (QueryParam<?> q : e.query()) {
            JsonNode schema = op.parameterSchema("query", q.name());
            assertThat(q.min()).as("%s %s minimum", e, q.name())
                    .isEqualTo(schema.has("minimum") && schema.has("maximum") ? schema.get("minimum").asLong() : null);
            assertThat(q.max()).as("%s %s maximum", e, q.name())
                    .isEqualTo(schema.has("maximum") ? schema.get("maximum").asLong() : null);
        }

        Set<String> contentTypes = op.bodyContentTypes();
        switch (e.bodyKind()) {
            case NONE -> assertThat(contentTypes).as("%s takes no body", e).isEmpty();
            case JSON -> checkBody(e, op, "application/json", false);
            case MULTIPART -> checkBody(e, op, "multipart/form-data", true);
            default -> throw new AssertionError(e.bodyKind());
        }

        Set<String> replies = op.successContentTypes();
        // The document labels binary replies application/json with a binary string schema, or gives no content.
        boolean binary = replies.isEmpty() || op.successSchema().path("format").asText().equals("binary");
        if (e.replyType() == null) {
            assertThat(binary).as("%s streams a binary body", e).isTrue();
        } else {
            assertThat(binary).as("%s answers JSON", e).isFalse();
            JsonNode properties = op.successSchema().path("properties");
            boolean page = e.replyType().getRawClass() == Page.class;
            assertThat(page).as("%s answers a list exactly when the spec's reply has items (or data, the calendars')", e)
                    .isEqualTo(properties.has("items") || properties.path("data").path("type").asText().equals("array"));
            assertThat(e.paged()).as("%s is paged exactly when the spec gives it a cursor", e)
                    .isEqualTo(page && op.parameters("query").contains("cursor"));
        }
    }

    private static void checkBody(Endpoint<?, ?> e, SpecDocument.Operation op, String contentType, boolean form) {
        assertThat(op.bodyContentTypes()).as("%s body content type", e).contains(contentType);
        JsonNode schema = op.bodySchema(contentType);
        Set<String> allowed = new LinkedHashSet<>(SpecDocument.fieldNames(schema, form));
        if (form && JSON_PARTS.containsKey(e.toString())) {
            // Fields sent as one part holding their JSON ({@code to=[{"identifier": ...}]}), not bracketed parts.
            assertThat(SpecDocument.fieldNames(schema, false)).as("%s JSON parts are top-level fields", e)
                    .containsAll(JSON_PARTS.get(e.toString()));
            allowed.addAll(JSON_PARTS.get(e.toString()));
        }
        assertThat(e.bodyFields()).as("%s body fields are the spec's", e).isSubsetOf(allowed);
        Set<String> topLevel = e.bodyFields().stream().map(f -> f.contains("[") ? f.substring(0, f.indexOf('[')) : f)
                .collect(Collectors.toSet());
        Set<String> expected = new LinkedHashSet<>(SpecDocument.fieldNames(schema, false));
        expected.removeAll(LEFT_OUT.getOrDefault(e.toString(), Set.of()));
        assertThat(topLevel).as("%s writes every top-level field of the spec", e).containsAll(expected);
    }

    /**
     * A reply missing a field the spec marks required is a malformed reply, so a reply model marks
     * {@code @JsonProperty(required = true)} exactly the fields that every place it appears in requires: the replies
     * of each operation answering with it, and the replies it is nested in (a chat's {@code lastMessage} is a
     * message); a page needs only its items.
     */
    @TestFactory
    Stream<DynamicTest> everyReplyModelRequiresWhatTheSpecRequires() {
        Map<Class<?>, Set<String>> specRequired = new LinkedHashMap<>();
        for (Endpoint<?, ?> e : EndpointCatalog.all()) {
            if (e.replyType() == null) {
                continue;
            }
            JsonNode schema = SPEC.operation(e.method().name(), "/api/v1" + e.template()).successSchema();
            Class<?> model = e.replyType().getRawClass();
            if (model == Page.class) {
                // The calendar lists name their items data (and their cursor next_cursor), which Page reads too.
                String items = schema.path("properties").has("items") ? "items" : "data";
                assertThat(SpecDocument.required(schema)).as("%s page", e).contains(items);
                model = e.replyType().containedType(0).getRawClass();
                schema = schema.path("properties").path(items).path("items");
            }
            collectRequired(model, schema, specRequired);
        }
        specRequired.put(Page.class, Set.of("items"));
        return specRequired.entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey().getSimpleName(), () ->
                assertThat(required(m.getKey())).as("the required fields of %s", m.getKey().getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(m.getValue())));
    }

    /**
     * Walks a model and its schema together, down to the library's other reply models nested in it. A record stands
     * for every object alternative of its schema (a follower is a LinkedIn or an Instagram one), so it requires what
     * they all require; a sealed interface's records stand each for the alternative that fits it best.
     */
    private static void collectRequired(Class<?> model, JsonNode schema, Map<Class<?>, Set<String>> out) {
        if (model.isSealed() && model.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonSubTypes.class)) {
            collectKinds(model, schema, out); // told apart by a type field: judged kind by kind
            return;
        }
        List<JsonNode> alternatives = objectAlternatives(schema);
        if (alternatives.isEmpty()) {
            return;
        }
        if (model.isSealed()) {
            if (alternatives.stream().anyMatch(EndpointSpecTest::losesItsShapes)) {
                return; // nothing to judge the kinds against; another operation's reply describes them
            }
            for (Class<?> kind : model.getPermittedSubclasses()) {
                Set<String> names = propertyNames(kind);
                if (names.isEmpty()) {
                    continue; // the record that keeps an unknown shape as sent
                }
                JsonNode fit = alternatives.stream()
                        .filter(a -> properties(a).containsAll(names))
                        .min(java.util.Comparator.comparingInt(a -> properties(a).size())).orElse(null);
                assertThat(fit).as("%s fits one of the alternatives of %s", kind.getSimpleName(),
                        model.getSimpleName()).isNotNull();
                collectRequired(kind, fit, out);
            }
            return;
        }
        Set<String> required = null;
        for (JsonNode a : alternatives) {
            Set<String> these = SpecDocument.required(a);
            if (required == null) {
                required = these;
            } else {
                required.retainAll(these);
            }
        }
        out.merge(model, required, (a, b) -> {
            Set<String> common = new LinkedHashSet<>(a);
            common.retainAll(b);
            return common;
        });
        for (java.lang.reflect.RecordComponent c : model.getRecordComponents()) {
            com.fasterxml.jackson.annotation.JsonProperty p = property(c);
            Class<?> nested = c.getType();
            JsonNode property = p == null ? null : alternatives.get(0).path("properties").get(p.value());
            if (property == null) {
                continue;
            }
            if (nested == List.class && c.getGenericType() instanceof java.lang.reflect.ParameterizedType t
                    && t.getActualTypeArguments()[0] instanceof Class<?> item) {
                nested = item;
                property = objectAlternatives(property).isEmpty() ? property.path("items") : property;
            }
            if (nested.isRecord() && REPLY_MODELS.contains(nested)) {
                collectRequired(nested, property, out);
            }
        }
    }

    /**
     * A sealed reply type read by its {@code type} ({@code @JsonSubTypes}): each named kind is judged against the
     * alternative whose {@code type} enum names it, and every alternative must have its kind; the kind for unknown
     * values keeps the item raw and has nothing to require.
     */
    private static void collectKinds(Class<?> model, JsonNode schema, Map<Class<?>, Set<String>> out) {
        com.fasterxml.jackson.annotation.JsonSubTypes kinds =
                model.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        assertThat(kinds).as("%s names its kinds", model.getSimpleName()).isNotNull();
        Set<String> named = new HashSet<>();
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type kind : kinds.value()) {
            named.add(kind.name());
            JsonNode alternative = null;
            for (JsonNode s : schema.path("anyOf")) {
                for (JsonNode v : s.path("properties").path("type").path("enum")) {
                    if (v.asText().equals(kind.name())) {
                        alternative = s;
                    }
                }
            }
            assertThat(alternative).as("the spec's alternative of kind %s", kind.name()).isNotNull();
            collectRequired(kind.value(), alternative, out);
        }
        Set<String> specKinds = new HashSet<>();
        schema.path("anyOf").forEach(s -> s.path("properties").path("type").path("enum")
                .forEach(v -> specKinds.add(v.asText())));
        assertThat(named).as("the kinds of %s", model.getSimpleName()).isEqualTo(specKinds);
    }

    /**
     * The objects a schema describes: itself, or its alternatives ({@code anyOf}, {@code oneOf}; a {@code null} one
     * left out), with the parts of an {@code allOf} merged into each ({@code allOf: [anyOf: [A, B], C]} is
     * {@code A+C} and {@code B+C}).
     */
    private static List<JsonNode> objectAlternatives(JsonNode schema) {
        List<JsonNode> found = new java.util.ArrayList<>();
        if (schema.has("allOf")) {
            List<JsonNode> merged = List.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
            for (JsonNode part : schema.get("allOf")) {
                List<JsonNode> next = new java.util.ArrayList<>();
                for (JsonNode left : merged) {
                    for (JsonNode right : objectAlternatives(part)) {
                        next.add(merge(left, right));
                    }
                }
                merged = next;
            }
            found.addAll(merged);
        }
        if (schema.has("properties")) {
            found.add(schema);
        }
        for (String alt : List.of("anyOf", "oneOf")) {
            for (JsonNode s : schema.path(alt)) {
                found.addAll(objectAlternatives(s));
            }
        }
        return found;
    }

    /**
     * Whether the document lost an object's alternatives: {@code GET /posts/{post_id}/comments} renders its comments'
     * LinkedIn and Instagram shapes as {@code anyOf: [not: {}, not: {}]}, which nothing matches.
     */
    private static boolean losesItsShapes(JsonNode schema) {
        for (JsonNode property : schema.path("properties")) {
            for (JsonNode part : property.path("allOf")) {
                JsonNode alternatives = part.path("anyOf");
                if (alternatives.size() > 0 && java.util.stream.StreamSupport.stream(alternatives.spliterator(), false)
                        .allMatch(a -> a.size() == 1 && a.has("not") && a.get("not").isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        com.fasterxml.jackson.databind.node.ObjectNode m = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        com.fasterxml.jackson.databind.node.ObjectNode props = m.putObject("properties");
        com.fasterxml.jackson.databind.node.ArrayNode required = m.putArray("required");
        for (JsonNode s : List.of(a, b)) {
            s.path("properties").fields().forEachRemaining(f -> props.set(f.getKey(), f.getValue()));
            s.path("required").forEach(required::add);
        }
        return m;
    }

    private static Set<String> properties(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The JSON names of a record's components, empty for anything else. */
    private static Set<String> propertyNames(Class<?> model) {
        Set<String> names = new LinkedHashSet<>();
        if (model.isRecord()) {
            for (java.lang.reflect.RecordComponent c : model.getRecordComponents()) {
                com.fasterxml.jackson.annotation.JsonProperty p = property(c);
                if (p != null && !p.value().isEmpty()) {
                    names.add(p.value());
                }
            }
        }
        return names;
    }

    private static final Set<Class<?>> REPLY_MODELS = EndpointCatalog.all().stream()
            .filter(e -> e.replyType() != null)
            .map(e -> e.replyType().getRawClass() == Page.class ? e.replyType().containedType(0).getRawClass()
                    : e.replyType().getRawClass())
            .flatMap(c -> c.isSealed() ? Stream.of(c.getPermittedSubclasses()) : Stream.of(c))
            .collect(Collectors.toSet());

    private static Set<String> required(Class<?> model) {
        Set<String> names = new LinkedHashSet<>();
        for (java.lang.reflect.RecordComponent c : model.getRecordComponents()) {
            com.fasterxml.jackson.annotation.JsonProperty p = property(c);
            if (p != null && p.required()) {
                names.add(p.value());
            }
        }
        return names;
    }

    // @JsonProperty does not target record components, so on a component it lands on the accessor.
    private static com.fasterxml.jackson.annotation.JsonProperty property(java.lang.reflect.RecordComponent c) {
        return c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    }

    @Test
    void noOperationIsDeclaredTwice() {
        List<String> keys = EndpointCatalog.all().stream().map(Endpoint::toString).toList();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    }

    @Test
    void everyGroupsDeclarationsAreInTheCatalog() throws IOException, URISyntaxException {
        Path classes = Path.of(Endpoint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found;
        try (Stream<Path> files = Files.walk(classes.resolve("io/unipile/internal"))) {
            found = files.map(p -> classes.relativize(p).toString().replace('/', '.'))
                    .filter(n -> n.endsWith("Endpoints.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .collect(Collectors.toSet());
        }
        assertThat(found).as("classes declaring endpoints").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(EndpointCatalog.GROUPS.stream().map(Class::getName).toList());
    }
}
