package io.unipile.posts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Map;

/** Picks the {@link Post} record from {@code provider}; see {@code UserProfileDeserializer} for why by hand. */
final class PostDeserializer extends StdDeserializer<Post> {
    private static final long serialVersionUID = 1L;

    private static final Map<String, Class<? extends Post>> KINDS = Map.of(
            "LINKEDIN", LinkedInPost.class,
            "INSTAGRAM", InstagramPost.class);

    PostDeserializer() {
        super(Post.class);
    }

    @Override
    public Post deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A post must be a JSON object, not %s", tree.getNodeType());
        }
        JsonNode provider = tree.get("provider");
        Class<? extends Post> kind = provider != null && provider.isTextual() ? KINDS.get(provider.textValue()) : null;
        return kind == null ? new UnknownPost(tree) : ctxt.readTreeAsValue(tree, kind);
    }
}
