package io.unipile.posts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Picks the {@link Comment} record by its fields: LinkedIn comments name their post ({@code post_id}), Instagram
 * comments carry their own {@code provider_id} and an author object. Anything else is kept whole.
 */
final class CommentDeserializer extends StdDeserializer<Comment> {
    private static final long serialVersionUID = 1L;

    CommentDeserializer() {
        super(Comment.class);
    }

    @Override
    public Comment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "A comment must be a JSON object, not %s", tree.getNodeType());
        }
        if (tree.has("post_id")) {
            return ctxt.readTreeAsValue(tree, LinkedInComment.class);
        }
        if (tree.has("provider_id") && tree.path("author").isObject()) {
            return ctxt.readTreeAsValue(tree, InstagramComment.class);
        }
        return new UnknownComment(tree);
    }
}
