package io.unipile.testkit.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeComment;
import io.unipile.testkit.FakePost;
import io.unipile.testkit.FakeReaction;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.FormFile;
import io.unipile.testkit.Route;
import io.unipile.testkit.accounts.AccountStore;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import io.unipile.testkit.users.UserJson;
import io.unipile.testkit.users.UserStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The posts group: {@code /api/v1/posts}, for LinkedIn accounts. Posts, comments and reactions live in the users
 * slice ({@link UserStore}), so what these routes write shows in {@code /users/{identifier}/posts},
 * {@code /comments} and {@code /reactions}, and the reverse. A post is found by its id or its social id
 * ({@code urn:li:activity:<id>}). Posts are by the account's user, or by the company of {@code as_organization};
 * comments and reactions are the account user's, one reaction per person and target.
 */
public final class PostRoutes implements ResourceGroup {
    /** {@code GET /api/v1/posts/{post_id}}. */
    public static final Route GET_POST = Route.get("/api/v1/posts/{post_id}", "account_id");
    /** {@code POST /api/v1/posts} (multipart): publishes a post. */
    public static final Route CREATE_POST = Route.post("/api/v1/posts");
    /** {@code GET /api/v1/posts/{post_id}/comments}: a post's comments, or a comment's replies, newest first. */
    public static final Route LIST_COMMENTS = Route.get("/api/v1/posts/{post_id}/comments", "cursor", "limit",
            "comment_id", "account_id");
    /** {@code POST /api/v1/posts/{post_id}/comments} (JSON): comments a post or replies to a comment. */
    public static final Route COMMENT = Route.post("/api/v1/posts/{post_id}/comments");
    /** {@code GET /api/v1/posts/{post_id}/reactions}: a post's or a comment's reactions, newest first. */
    public static final Route LIST_REACTIONS = Route.get("/api/v1/posts/{post_id}/reactions", "cursor", "limit",
            "comment_id", "account_id");
    /** {@code POST /api/v1/posts/reaction} (JSON): reacts to a post or a comment. */
    public static final Route REACT = Route.post("/api/v1/posts/reaction");

    /** The longest comment the document allows. */
    static final int MAX_COMMENT = 1250;
    private static final Set<String> CREATE_FIELDS = Set.of("account_id", "text", "external_link",
            "as_organization", "location");
    private static final Pattern MENTION_FIELD = Pattern.compile("mentions\\[(\\d+)]\\[(name|profile_id|is_company)]");
    private static final Set<String> COMMENT_FIELDS = Set.of("account_id", "text", "mentions", "external_link",
            "as_organization", "comment_id");
    private static final Set<String> REACT_FIELDS = Set.of("account_id", "as_organization", "post_id", "comment_id",
            "reaction_type");
    /** {@code reaction_type} as sent, to the value the lists show. */
    private static final Map<String, String> REACTIONS = Map.of("like", "LIKE", "celebrate", "PRAISE",
            "support", "APPRECIATION", "love", "EMPATHY", "insightful", "INTEREST", "funny", "ENTERTAINMENT");

    private final SharedState shared;
    private final AccountStore accounts;
    private final UserStore users;

    /** The group over this state. */
    public PostRoutes(SharedState state) {
        this.shared = state;
        this.accounts = AccountStore.of(state);
        this.users = UserStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(GET_POST, this::get),
                Endpoint.multipart(CREATE_POST, this::create),
                Endpoint.of(LIST_COMMENTS, this::comments),
                Endpoint.json(COMMENT, this::comment),
                Endpoint.of(LIST_REACTIONS, this::reactions),
                Endpoint.json(REACT, this::react));
    }

    private Reply get(IncomingRequest request) {
        FakeAccount account = linkedin(request.queryParam("account_id"));
        synchronized (shared.lock()) {
            return Reply.json(200, post(post(request.pathParam("post_id")), account));
        }
    }

    private Reply create(IncomingRequest request) {
        for (String field : request.formFields().keySet()) {
            if (!CREATE_FIELDS.contains(field) && !MENTION_FIELD.matcher(field).matches()) {
                throw ApiException.invalidParameters("Unknown field " + field);
            }
        }
        for (FormFile file : request.files()) {
            if (!file.fieldName().equals("attachments")) {
                throw ApiException.invalidParameters("Unknown file field " + file.fieldName());
            }
        }
        FakeAccount account = linkedin(request.formField("account_id"));
        String text = request.formField("text");
        if (text == null || text.isEmpty()) {
            throw ApiException.missingParameters("text is required");
        }
        checkLink(request.formField("external_link"));
        String organization = request.formField("as_organization");
        if (organization != null && organization.isEmpty()) {
            throw ApiException.invalidParameters("as_organization must not be empty");
        }
        synchronized (shared.lock()) {
            String author = organization != null ? organization : users.holder(account).providerId();
            FakePost post = users.addPost(new FakePost(FakePost.newId(), author, organization != null, text,
                    WireJson.now(), 0));
            return Reply.write(201, WireJson.object("PostCreated").put("post_id", post.id()), List.of());
        }
    }

    private Reply comments(IncomingRequest request) {
        FakeAccount account = linkedin(request.queryParam("account_id"));
        synchronized (shared.lock()) {
            FakePost post = post(request.pathParam("post_id"));
            String parent = request.queryParam("comment_id");
            if (parent != null) {
                comment(post, parent);
            }
            String holder = users.holder(account).providerId();
            List<Paging.Entry<FakeComment>> entries = users.commentEntries(c -> c.postId().equals(post.id())
                    && Objects.equals(users.parentOf(c.id()), parent));
            Paging.Slice<FakeComment> page = Paging.page("post-comments", entries, c -> true, request, 100, 100);
            ObjectNode json = WireJson.list("CommentList", page, c -> UserJson.comment(c, post,
                    users.resolve(c.authorProviderId()), users.isRelation(account.id(), c.authorProviderId()),
                    users.reactionsOn(post.id(), c.id()), users.repliesOn(c.id()),
                    users.reactionOf(holder, post.id(), c.id()).orElse(null)));
            json.put("total_items", entries.size());
            json.putObject("paging").put("start", start(entries, page)).put("page_count", page.items().size())
                    .put("total_count", entries.size());
            return Reply.json(200, json);
        }
    }

    private Reply comment(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), COMMENT_FIELDS);
        FakeAccount account = linkedin(JsonFields.requiredText(body, "account_id"));
        String text = JsonFields.requiredText(body, "text");
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw ApiException.invalidParameters("text must have 1 to " + MAX_COMMENT + " characters");
        }
        checkLink(JsonFields.optionalText(body, "external_link"));
        checkMentions(body.get("mentions"));
        JsonFields.optionalText(body, "as_organization");
        String parent = JsonFields.optionalText(body, "comment_id");
        synchronized (shared.lock()) {
            FakePost post = post(request.pathParam("post_id"));
            FakeComment comment = FakeComment.of(post.id(), users.holder(account).providerId(), text);
            if (parent != null) {
                users.addReply(comment, comment(post, parent).id());
            } else {
                users.addComment(comment);
            }
            return Reply.write(201, WireJson.object("CommentSent"), List.of());
        }
    }

    private Reply reactions(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        // The document makes account_id optional here; without it nobody is anyone's relation.
        FakeAccount account = accountId == null ? null : linkedin(accountId);
        synchronized (shared.lock()) {
            FakePost post = post(request.pathParam("post_id"));
            String commentId = request.queryParam("comment_id");
            if (commentId != null) {
                comment(post, commentId);
            }
            List<Paging.Entry<FakeReaction>> entries = users.reactionEntries(r -> r.postId().equals(post.id())
                    && Objects.equals(r.commentId(), commentId));
            Paging.Slice<FakeReaction> page = Paging.page("post-reactions", entries, r -> true, request, 100, 100);
            ObjectNode json = WireJson.list("PostReactionList", page, r -> UserJson.reaction(r,
                    users.resolve(r.authorProviderId()),
                    account != null && users.isRelation(account.id(), r.authorProviderId())));
            // This list gives its cursor inside paging, not beside the items.
            json.remove("cursor");
            json.putObject("paging").put("cursor", page.cursor()).put("start", start(entries, page))
                    .put("page_count", page.items().size()).put("total_count", entries.size());
            return Reply.json(200, json);
        }
    }

    private Reply react(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), REACT_FIELDS);
        FakeAccount account = linkedin(JsonFields.requiredText(body, "account_id"));
        String postId = JsonFields.requiredText(body, "post_id");
        String commentId = JsonFields.optionalText(body, "comment_id");
        String type = JsonFields.optionalText(body, "reaction_type");
        JsonFields.optionalText(body, "as_organization");
        String value = REACTIONS.get(type == null ? "like" : type);
        if (value == null) {
            throw ApiException.invalidParameters("reaction_type must be one of " + REACTIONS.keySet() + ", not "
                    + type);
        }
        synchronized (shared.lock()) {
            FakePost post = post(postId);
            String author = users.holder(account).providerId();
            users.react(commentId == null ? FakeReaction.toPost(post.id(), author, value)
                    : FakeReaction.toComment(post.id(), comment(post, commentId).id(), author, value));
            return Reply.write(201, WireJson.object("ReactionAdded"), List.of());
        }
    }

    // ---- plumbing ----

    /** A LinkedIn post as the users routes render it, seen by the account. */
    private ObjectNode post(FakePost post, FakeAccount account) {
        FakeUserProfile author = post.company() ? null : users.resolve(post.authorId());
        String holder = users.holder(account).providerId();
        return UserJson.post(post, author, users.reactionsOn(post.id(), null), users.commentsOn(post.id()),
                users.reactionOf(holder, post.id(), null).orElse(null), WireJson.now());
    }

    /** The post with this id or social id; 404 otherwise. */
    private FakePost post(String idOrSocialId) {
        String id = idOrSocialId.startsWith("urn:li:activity:")
                ? idOrSocialId.substring("urn:li:activity:".length()) : idOrSocialId;
        FakePost post = users.post(id);
        if (post == null) {
            throw ApiException.notFound("Post " + idOrSocialId + " not found");
        }
        return post;
    }

    /** A comment of the post; 404 otherwise. */
    private FakeComment comment(FakePost post, String commentId) {
        return users.commentEntries(c -> c.id().equals(commentId) && c.postId().equals(post.id())).stream()
                .findFirst().map(Paging.Entry::item)
                .orElseThrow(() -> ApiException.notFound("Comment " + commentId + " not found on post " + post.id()));
    }

    private FakeAccount linkedin(String accountId) {
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        FakeAccount account = accounts.requireKnown(accountId);
        if (!account.type().equals(AccountType.LINKEDIN)) {
            throw new ApiException(422, "invalid_account", "This operation takes a LINKEDIN account, not "
                    + account.type());
        }
        return account;
    }

    private static void checkLink(String link) {
        if (link != null && !link.startsWith("http://") && !link.startsWith("https://")) {
            throw ApiException.invalidParameters("external_link must start with http:// or https://");
        }
    }

    private static void checkMentions(JsonNode mentions) {
        if (mentions == null) {
            return;
        }
        if (!mentions.isArray()) {
            throw ApiException.invalidParameters("mentions must be an array");
        }
        for (JsonNode m : mentions) {
            JsonFields.object(m.toString(), Set.of("name", "profile_id", "is_company"));
            JsonFields.requiredText(m, "name");
            JsonFields.requiredText(m, "profile_id");
            JsonFields.optionalBoolean(m, "is_company");
        }
    }

    /** Where the page starts in the whole list. */
    private static <T> int start(List<Paging.Entry<T>> entries, Paging.Slice<T> page) {
        if (page.items().isEmpty()) {
            return 0;
        }
        Object first = page.items().get(0);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).item() == first) {
                return i;
            }
        }
        return 0;
    }
}
