package io.unipile.testkit.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake reads each search shape with exactly the spec's fields, and knows exactly the spec's parameter types. */
class LinkedInSearchShapesTest {

    private static JsonNode operation(String path, String method) throws IOException {
        try (InputStream in = LinkedInSearchShapesTest.class.getResourceAsStream("/unipile-v1-fake-operations.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("paths").path(path).path(method);
        }
    }

    @Test
    void everyShapeHasTheSpecsFields() throws IOException {
        JsonNode body = operation("/api/v1/linkedin/search", "post")
                .path("requestBody").path("content").path("application/json").path("schema");
        Map<String, Set<String>> spec = new HashMap<>();
        for (JsonNode shape : body.path("anyOf")) {
            JsonNode p = shape.path("properties");
            if (p.has("api")) {
                Set<String> fields = new HashSet<>();
                p.fieldNames().forEachRemaining(fields::add);
                spec.put(p.path("api").path("enum").get(0).asText() + "/" + p.path("category").path("enum").get(0)
                        .asText(), fields);
            }
        }
        assertThat(spec).hasSize(7).isEqualTo(LinkedInSearchRoutes.FIELDS);
    }

    @Test
    void everyParameterTypeIsTheSpecs() throws IOException {
        Set<String> spec = new HashSet<>();
        for (JsonNode p : operation("/api/v1/linkedin/search/parameters", "get").path("parameters")) {
            if (p.path("name").asText().equals("type")) {
                p.path("schema").path("anyOf").forEach(alt -> alt.path("enum").forEach(v -> spec.add(v.asText())));
            }
        }
        assertThat(spec).hasSize(24).isEqualTo(LinkedInSearchRoutes.TYPES);
    }
}
