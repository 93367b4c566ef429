package io.unipile.posts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The reply of {@code POST /api/v1/posts} ({@code "object": "PostCreated"}).
 *
 * @param object always {@code PostCreated}
 * @param postId the new post's id, or {@code null} when the provider did not tell it (the post may still be up)
 * @param extra  fields this version of the library does not know, kept as sent
 */
public record PostCreated(
        @JsonInclude(ALWAYS) @JsonProperty(value = "object", required = true) String object,
        @JsonInclude(ALWAYS) @JsonProperty(value = "post_id", required = true) String postId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public PostCreated {
        extra = Immutables.map(extra);
    }
}
