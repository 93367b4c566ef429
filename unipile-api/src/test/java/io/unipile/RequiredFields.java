package io.unipile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fields the spec marks required in each reply, with realistic values, so that a test's hand-written JSON can
 * carry only what the test is about: {@link #fill} adds the required fields the JSON lacks and leaves the rest of its
 * text exactly as written (a number such as {@code 5.5e999} stays so).
 */
public final class RequiredFields {
    public static final String ACCOUNT = """
            {"object": "Account", "type": "MAIL", "connection_params": {"mail": {"id": "jane@example.org",
             "username": "jane@example.org"}}, "id": "acc_mail_1", "name": "jane@example.org",
             "created_at": "2024-03-02T09:00:00.000Z", "groups": [], "sources": []}""";
    public static final String CHAT = """
            {"object": "Chat", "id": "chat_0001", "account_id": "acc_linkedin_1", "account_type": "LINKEDIN",
             "provider_id": "2-Y2hhdC1wcm92aWRlcg==", "name": "Jane Doe", "type": 0,
             "timestamp": "2024-05-20T14:03:09.512Z", "unread_count": 0, "archived": 0, "muted_until": -1,
             "read_only": 0}""";
    public static final String MESSAGE = """
            {"provider_id": "2-bGFzdC1tZXNzYWdl", "sender_id": "ACoAAattendee07", "text": "See you Monday",
             "attachments": [], "id": "msg_0042", "account_id": "acc_linkedin_1", "chat_id": "chat_0001",
             "chat_provider_id": "2-Y2hhdC1wcm92aWRlcg==", "timestamp": "2024-05-20T14:03:09.512Z",
             "is_sender": 0, "reactions": [], "seen": 0, "seen_by": {}, "hidden": 0, "deleted": 0, "edited": 0,
             "is_event": 0, "delivered": 1, "behavior": 0, "original": "{}", "sender_attendee_id": "att_attendee_7"}""";
    public static final String ATTENDEE = """
            {"object": "ChatAttendee", "id": "att_linkedin_1", "account_id": "acc_linkedin_1",
             "provider_id": "ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E", "name": "Kim Example", "is_self": 0}""";
    public static final String WEBHOOK = """
            {"object": "Webhook", "id": "wh_auto_1", "account_ids": [], "enabled": true,
             "request_url": "https://hooks.example.com/unipile/messages", "format": "json", "headers": [],
             "data": [], "type": "AUTO"}""";

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private RequiredFields() {
    }

    /** {@code json} with each field of {@code defaults} it lacks added; the fields it has, even {@code null}, stay. */
    public static String fill(String json, String defaults) {
        return fill(json, Map.of("", defaults));
    }

    /**
     * {@code json} with each field of the defaults it lacks added to the object at each JSON pointer of
     * {@code defaultsAt} ({@code ""} for the root, {@code "/lastMessage"} for a nested object); pointers where
     * {@code json} has no object are left alone.
     */
    public static String fill(String json, Map<String, String> defaultsAt) {
        record Insert(int at, String text) {
        }
        try {
            JsonNode tree = PLAIN.readTree(json);
            List<Insert> inserts = new ArrayList<>();
            try (JsonParser p = PLAIN.getFactory().createParser(json)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    String pointer = t == JsonToken.START_OBJECT
                            ? p.getParsingContext().getParent().pathAsPointer().toString() : null;
                    if (pointer != null && defaultsAt.containsKey(pointer)) {
                        ObjectNode target = (ObjectNode) tree.at(pointer);
                        StringBuilder text = new StringBuilder();
                        PLAIN.readTree(defaultsAt.get(pointer)).properties().forEach(f -> {
                            if (!target.has(f.getKey())) {
                                text.append(PLAIN.valueToTree(f.getKey()).toString()).append(": ")
                                        .append(f.getValue().toString()).append(", ");
                            }
                        });
                        if (target.isEmpty() && !text.isEmpty()) {
                            text.setLength(text.length() - 2);
                        }
                        inserts.add(new Insert((int) p.currentTokenLocation().getCharOffset() + 1, text.toString()));
                    }
                    if (p.getParsingContext().inRoot()) {
                        break; // what trails the first value is the test's business
                    }
                }
            }
            StringBuilder out = new StringBuilder(json);
            inserts.stream().sorted(Comparator.comparingInt(Insert::at).reversed())
                    .forEach(i -> out.insert(i.at(), i.text()));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code json}, an object, without its field {@code name}. */
    public static String without(String json, String name) {
        try {
            ObjectNode tree = (ObjectNode) PLAIN.readTree(json);
            assertThat(tree.has(name)).as("fixture has %s", name).isTrue();
            tree.remove(name);
            return tree.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code complete} parses as {@code type}, and that it fails naming the field once any one of
     * {@code required} is taken out of it.
     */
    public static void assertEachRequired(String complete, Class<?> type, List<String> required) throws IOException {
        assertThat(Json.mapper().readValue(complete, type)).isNotNull();
        for (String name : required) {
            assertThatThrownBy(() -> Json.mapper().readValue(without(complete, name), type))
                    .as("reply without %s", name)
                    .isInstanceOf(MismatchedInputException.class)
                    .hasMessageContaining("Missing required creator property '" + name + "'");
        }
    }
}
