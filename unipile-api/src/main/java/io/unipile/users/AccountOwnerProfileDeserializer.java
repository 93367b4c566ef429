package io.unipile.users;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Map;

/** Picks the {@link AccountOwnerProfile} record from {@code provider}, as {@link UserProfileDeserializer} does. */
final class AccountOwnerProfileDeserializer extends StdDeserializer<AccountOwnerProfile> {
    private static final long serialVersionUID = 1L;

    private static final Map<String, Class<? extends AccountOwnerProfile>> KINDS = Map.of(
            "LINKEDIN", LinkedInAccountOwnerProfile.class,
            "TELEGRAM", TelegramProfile.class,
            "TWITTER", TwitterProfile.class,
            "GMAIL", GmailAccountOwnerProfile.class,
            "OUTLOOK", OutlookAccountOwnerProfile.class,
            "IMAP", ImapAccountOwnerProfile.class);

    AccountOwnerProfileDeserializer() {
        super(AccountOwnerProfile.class);
    }

    @Override
    public AccountOwnerProfile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A profile must be a JSON object, not %s", tree.getNodeType());
        }
        JsonNode provider = tree.get("provider");
        Class<? extends AccountOwnerProfile> kind =
                provider != null && provider.isTextual() ? KINDS.get(provider.textValue()) : null;
        return kind == null ? new UnknownAccountOwnerProfile(tree) : ctxt.readTreeAsValue(tree, kind);
    }
}
