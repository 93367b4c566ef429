package io.unipile.internal.posts;

import io.unipile.files.FileInput;
import io.unipile.internal.MultipartBody;
import io.unipile.posts.CreatePostRequest;
import io.unipile.posts.Mention;

import java.util.List;

/**
 * The multipart encoding of {@code POST /posts}, as the library writes forms: files repeat the field name
 * ({@code attachments}), and each mention is an indexed object, {@code mentions[0][name]}, since the text refers to
 * mentions by index.
 */
final class PostForms {
    /** Every field {@link #createPost} may write; {@code mentions} stands for its indexed parts. */
    static final List<String> CREATE_POST_FIELDS = List.of("account_id", "text", "attachments", "mentions",
            "external_link", "as_organization", "location");

    private PostForms() {
    }

    /** The body of {@code POST /posts}. */
    static void createPost(CreatePostRequest r, MultipartBody.Builder b) {
        b.field("account_id", r.accountId()).field("text", r.text());
        for (FileInput f : r.attachments()) {
            b.file("attachments", f);
        }
        List<Mention> mentions = r.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String p = "mentions[" + i + "]";
            b.field(p + "[name]", m.name()).field(p + "[profile_id]", m.profileId())
                    .field(p + "[is_company]", m.isCompany() == null ? null : m.isCompany().toString());
        }
        b.field("external_link", r.externalLink()).field("as_organization", r.asOrganization())
                .field("location", r.location());
    }
}
