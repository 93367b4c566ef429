package io.unipile.attendees;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;

import java.io.IOException;
import java.util.Map;

/**
 * Picks the {@link AttendeeSpecifics} record from {@code provider}. Hand-written rather than {@code @JsonTypeInfo}:
 * that one coerces a number into a name, and it cannot keep an unknown provider's JSON whole.
 */
final class AttendeeSpecificsDeserializer extends StdDeserializer<AttendeeSpecifics> {
    private static final long serialVersionUID = 1L;

    private static final Map<AccountType, Class<? extends AttendeeSpecifics>> KINDS = Map.of(
            AccountType.LINKEDIN, LinkedInAttendeeSpecifics.class,
            AccountType.INSTAGRAM, InstagramAttendeeSpecifics.class);

    AttendeeSpecificsDeserializer() {
        super(AttendeeSpecifics.class);
    }

    @Override
    public AttendeeSpecifics deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "Attendee specifics must be a JSON object, not %s",
                    tree.getNodeType());
        }
        JsonNode provider = tree.get("provider");
        if (provider != null && !provider.isNull() && !provider.isTextual()) {
            return ctxt.reportInputMismatch(this, "Attendee specifics need a string \"provider\", not %s", provider);
        }
        Class<? extends AttendeeSpecifics> kind =
                provider == null || provider.isNull() ? null : KINDS.get(AccountType.of(provider.textValue()));
        if (kind == null) {
            return new UnknownAttendeeSpecifics(tree);
        }
        // The record's class already says the provider; left in, it would land in the record's extra.
        ((ObjectNode) tree).remove("provider");
        return ctxt.readTreeAsValue(tree, kind);
    }
}
