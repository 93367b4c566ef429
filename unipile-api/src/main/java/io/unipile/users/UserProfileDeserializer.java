package io.unipile.users;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Map;

/**
 * Picks the {@link UserProfile} record from {@code provider}. Hand-written rather than {@code @JsonTypeInfo}: that
 * one coerces a number into a name, and it cannot keep an unknown provider's JSON whole.
 */
final class UserProfileDeserializer extends StdDeserializer<UserProfile> {
    private static final long serialVersionUID = 1L;

    private static final Map<String, Class<? extends UserProfile>> KINDS = Map.of(
            "LINKEDIN", LinkedInUserProfile.class,
            "WHATSAPP", WhatsAppUserProfile.class,
            "INSTAGRAM", InstagramUserProfile.class,
            "TELEGRAM", TelegramProfile.class,
            "TWITTER", TwitterProfile.class);

    UserProfileDeserializer() {
        super(UserProfile.class);
    }

    @Override
    public UserProfile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A profile must be a JSON object, not %s", tree.getNodeType());
        }
        JsonNode provider = tree.get("provider");
        Class<? extends UserProfile> kind =
                provider != null && provider.isTextual() ? KINDS.get(provider.textValue()) : null;
        return kind == null ? new UnknownUserProfile(tree) : ctxt.readTreeAsValue(tree, kind);
    }
}
