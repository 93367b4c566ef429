package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.unipile.testkit.chats.ChatRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link Routes#all()}, without a server: what a coverage report reads. */
class RoutesTest {

    @Test
    void listsExactlyTheOperationsOfTheServedSubsetOfTheDocument() throws IOException {
        OpenAPI spec;
        try (InputStream in = RoutesTest.class.getResourceAsStream("/unipile-v1-fake-operations.yaml")) {
            spec = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getOpenAPI();
        }
        Set<String> documented = new TreeSet<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name() + " " + path)));
        Set<String> served = new TreeSet<>();
        Routes.all().forEach(route -> served.add(route.method() + " " + route.template()));

        assertThat(served).hasSize(Routes.all().size()).isEqualTo(documented);
    }

    @Test
    void eachRouteCarriesItsMethodTemplateAndQueryParameters() {
        assertThat(Routes.all()).contains(ChatRoutes.GET_CHAT, ChatRoutes.SEND_MESSAGE);
        assertThat(ChatRoutes.GET_CHAT.method()).isEqualTo("GET");
        assertThat(ChatRoutes.GET_CHAT.template()).isEqualTo("/api/v1/chats/{chat_id}");
        assertThat(ChatRoutes.GET_CHAT.queryParameters()).containsExactly("account_id");
        assertThat(Routes.all()).allSatisfy(route -> assertThat(route.template()).startsWith("/api/v1/"));
    }

    @Test
    void routesAreValuesOfMethodAndTemplate() {
        assertThat(Route.of("get", "/api/v1/chats/{chat_id}")).isEqualTo(ChatRoutes.GET_CHAT)
                .hasSameHashCodeAs(ChatRoutes.GET_CHAT);
        assertThat(Route.of("GET", "/api/v1/users/{provider_id}").match("/api/v1/users/ACo%2FA"))
                .hasValue(Map.of("provider_id", "ACo/A"));
        assertThat(Route.of("GET", "/api/v1/users/{provider_id}").match("/api/v1/users/a/b")).isEmpty();
        assertThatThrownBy(() -> Route.of("GET", "api/v1/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.of("GET", "/api/v1/{x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChatRoutes.LIST_CHATS.toString().toLowerCase(Locale.ROOT)).startsWith("get /api/v1/chats [");
    }
}
