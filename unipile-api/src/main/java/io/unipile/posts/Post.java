package io.unipile.posts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;

/**
 * A post ({@code "object": "Post"}), as the items of {@code GET /api/v1/users/{identifier}/posts} return it. Its
 * shape depends on {@code provider}: match on {@link LinkedInPost} or {@link InstagramPost}; a provider this version
 * does not know, or a post without a provider, yields {@link UnknownPost}, which keeps the JSON as sent.
 */
@JsonDeserialize(using = PostDeserializer.class)
public sealed interface Post permits LinkedInPost, InstagramPost, UnknownPost {

    /** The provider the post comes from, the wire's {@code provider}; {@code null} only when it was not sent. */
    AccountType provider();
}
