package io.unipile.testkit.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeInvitation;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.Origin;
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
import io.unipile.testkit.webhooks.WebhookNotice;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The users group: {@code /api/v1/users}. Profiles for LinkedIn, WhatsApp, Instagram, Telegram and X accounts; own
 * profiles for LinkedIn, Telegram, X and mail accounts; the network, invitations and activity of LinkedIn accounts
 * (followers of Instagram ones too).
 */
public final class UserRoutes implements ResourceGroup {
    /** {@code GET /api/v1/users/invite/sent}: pending sent invitations, newest first, 10 a page by default. */
    public static final Route LIST_SENT_INVITATIONS = Route.get("/api/v1/users/invite/sent", "cursor", "limit",
            "account_id");
    /** {@code GET /api/v1/users/invite/received}: pending received invitations, newest first. */
    public static final Route LIST_RECEIVED_INVITATIONS = Route.get("/api/v1/users/invite/received", "cursor",
            "limit", "account_id");
    /** {@code POST /api/v1/users/invite/received/{invitation_id}} (JSON): accept or decline. */
    public static final Route HANDLE_INVITATION = Route.post("/api/v1/users/invite/received/{invitation_id}");
    /** {@code GET /api/v1/users/me}: the account's own profile. */
    public static final Route GET_OWN_PROFILE = Route.get("/api/v1/users/me", "account_id");
    /** {@code PATCH /api/v1/users/me/edit} (multipart): edits a LinkedIn account's own profile. */
    public static final Route EDIT_OWN_PROFILE = Route.patch("/api/v1/users/me/edit");
    /** {@code GET /api/v1/users/relations}: most recent first. */
    public static final Route LIST_RELATIONS = Route.get("/api/v1/users/relations", "cursor", "filter", "limit",
            "account_id");
    /** {@code GET /api/v1/users/following}: most recent first. */
    public static final Route LIST_FOLLOWING = Route.get("/api/v1/users/following", "user_id", "cursor", "limit",
            "account_id");
    /** {@code GET /api/v1/users/followers}: most recent first. */
    public static final Route LIST_FOLLOWERS = Route.get("/api/v1/users/followers", "user_id", "cursor", "limit",
            "account_id");
    /** {@code GET /api/v1/users/{identifier}}: by provider id or public identifier. */
    public static final Route GET_PROFILE = Route.get("/api/v1/users/{identifier}", "linkedin_sections",
            "linkedin_api", "notify", "account_id");
    /** {@code POST /api/v1/users/invite} (JSON). */
    public static final Route INVITE = Route.post("/api/v1/users/invite");
    /** {@code GET /api/v1/users/{identifier}/posts}: newest first. */
    public static final Route LIST_POSTS = Route.get("/api/v1/users/{identifier}/posts", "cursor", "limit",
            "is_company", "account_id");
    /** {@code GET /api/v1/users/{identifier}/comments}: newest first. */
    public static final Route LIST_COMMENTS = Route.get("/api/v1/users/{identifier}/comments", "cursor", "limit",
            "account_id");
    /** {@code GET /api/v1/users/{identifier}/reactions}: newest first. */
    public static final Route LIST_REACTIONS = Route.get("/api/v1/users/{identifier}/reactions", "cursor", "limit",
            "account_id");
    /** {@code DELETE /api/v1/users/invite/sent/{invitation_id}}. */
    public static final Route CANCEL_INVITATION = Route.delete("/api/v1/users/invite/sent/{invitation_id}",
            "account_id");

    static final int MAX_MESSAGE = 300;
    private static final Set<String> SECTIONS = Set.of("experience", "education", "languages", "skills",
            "certifications", "about", "volunteering_experience", "projects", "recommendations_received",
            "recommendations_given", "*");
    private static final Set<AccountType> PROFILE_TYPES = Set.of(AccountType.LINKEDIN, AccountType.WHATSAPP,
            AccountType.INSTAGRAM, AccountType.TELEGRAM, AccountType.TWITTER);

    private final SharedState shared;
    private final AccountStore accounts;
    private final UserStore users;

    /** The group over this state. */
    public UserRoutes(SharedState state) {
        this.shared = state;
        this.accounts = AccountStore.of(state);
        this.users = UserStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_SENT_INVITATIONS, r -> invitations(r, FakeInvitation.Direction.SENT)),
                Endpoint.of(LIST_RECEIVED_INVITATIONS, r -> invitations(r, FakeInvitation.Direction.RECEIVED)),
                Endpoint.json(HANDLE_INVITATION, this::handle),
                Endpoint.of(GET_OWN_PROFILE, this::me),
                Endpoint.multipart(EDIT_OWN_PROFILE, r -> ProfileEditReader.apply(r, this)),
                Endpoint.of(LIST_RELATIONS, this::relations),
                Endpoint.of(LIST_FOLLOWING, r -> follows(r, false)),
                Endpoint.of(LIST_FOLLOWERS, r -> follows(r, true)),
                Endpoint.of(GET_PROFILE, this::profile),
                Endpoint.json(INVITE, this::invite),
                Endpoint.of(LIST_POSTS, this::posts),
                Endpoint.of(LIST_COMMENTS, this::comments),
                Endpoint.of(LIST_REACTIONS, this::reactions),
                Endpoint.of(CANCEL_INVITATION, this::cancel));
    }

    // ---- accounts ----

    private FakeAccount account(IncomingRequest request) {
        return account(request.queryParam("account_id"));
    }

    FakeAccount account(String accountId) {
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        return accounts.requireKnown(accountId);
    }

    static FakeAccount linkedin(FakeAccount account) {
        if (!account.type().equals(AccountType.LINKEDIN)) {
            throw new ApiException(422, "invalid_account", "This operation takes a LINKEDIN account, not "
                    + account.type());
        }
        return account;
    }

    UserStore users() {
        return users;
    }

    Object lock() {
        return shared.lock();
    }

    // ---- profiles ----

    private Reply profile(IncomingRequest request) {
        Set<String> sections = sections(request);
        String api = request.queryParam("linkedin_api");
        request.booleanParam("notify");
        FakeAccount account = account(request);
        if (!PROFILE_TYPES.contains(account.type())) {
            throw new ApiException(501, "feature_not_implemented", "The fake serves profiles to LINKEDIN, WHATSAPP, "
                    + "INSTAGRAM, TELEGRAM and TWITTER accounts, not " + account.type());
        }
        if (api != null) {
            if (!api.equals("recruiter") && !api.equals("sales_navigator")) {
                throw ApiException.invalidParameters("linkedin_api must be recruiter or sales_navigator, not " + api);
            }
            if (!(account.connectionParams() instanceof FakeConnectionParams.Linkedin params)
                    || !params.premiumFeatures().contains(api)) {
                throw new ApiException(403, "feature_not_subscribed", "The account does not subscribe to " + api);
            }
        }
        synchronized (shared.lock()) {
            FakeUserProfile holder = users.holder(account);
            FakeUserProfile p = users.resolve(request.pathParam("identifier"));
            boolean self = p.providerId().equals(holder.providerId());
            String id = account.id();
            ObjectNode json;
            if (account.type().equals(AccountType.LINKEDIN)) {
                json = UserJson.linkedinProfile(p, new UserJson.Viewer(self, users.isRelation(id, p.providerId()),
                        users.pending(id, p.providerId()).orElse(null), users.relations(id).size(),
                        users.followers(id).size()), sections);
            } else if (account.type().equals(AccountType.WHATSAPP)) {
                json = UserJson.whatsappProfile(p);
            } else if (account.type().equals(AccountType.INSTAGRAM)) {
                json = UserJson.instagramProfile(p, users.following(id).contains(p.providerId()),
                        users.followers(id).contains(p.providerId()));
            } else if (account.type().equals(AccountType.TELEGRAM)) {
                json = UserJson.telegramProfile(p, self, UserJson.USER_PROFILE);
            } else {
                json = UserJson.twitterProfile(p, UserJson.USER_PROFILE);
            }
            return Reply.json(200, json);
        }
    }

    /** {@code linkedin_sections}, once per section as Unipile reads arrays; {@code *} stands alone. */
    private static Set<String> sections(IncomingRequest request) {
        Set<String> sections = new LinkedHashSet<>();
        for (String value : request.query().getOrDefault("linkedin_sections", List.of())) {
            if (!SECTIONS.contains(value)) {
                throw ApiException.invalidParameters("linkedin_sections takes " + new java.util.TreeSet<>(SECTIONS)
                        + ", one parameter per section (linkedin_sections=a&linkedin_sections=b), not " + value);
            }
            sections.add(value);
        }
        if (sections.contains("*") && sections.size() > 1) {
            throw ApiException.invalidParameters("linkedin_sections=* stands for every section; it takes no other");
        }
        return sections;
    }

    private Reply me(IncomingRequest request) {
        FakeAccount account = account(request);
        synchronized (shared.lock()) {
            FakeUserProfile holder = users.holder(account);
            AccountType type = account.type();
            ObjectNode json;
            if (type.equals(AccountType.LINKEDIN)) {
                json = UserJson.linkedinOwner(holder, account);
            } else if (type.equals(AccountType.TELEGRAM)) {
                json = UserJson.telegramProfile(holder, true, UserJson.OWNER_PROFILE);
            } else if (type.equals(AccountType.TWITTER)) {
                json = UserJson.twitterProfile(holder, UserJson.OWNER_PROFILE);
            } else if (account.connectionParams() instanceof FakeConnectionParams.Imap imap) {
                json = UserJson.imapOwner(imap);
            } else if (account.connectionParams() instanceof FakeConnectionParams.OAuth oauth) {
                json = type.equals(AccountType.GOOGLE_OAUTH) ? UserJson.gmailOwner(oauth.mailUsername())
                        : UserJson.outlookOwner(holder, oauth.mailUsername());
            } else {
                throw new ApiException(501, "feature_not_implemented", "The document gives no own profile of "
                        + type + " accounts");
            }
            return Reply.json(200, json);
        }
    }

    // ---- network ----

    private Reply relations(IncomingRequest request) {
        String filter = request.queryParam("filter");
        FakeAccount account = linkedin(account(request));
        String needle = filter == null ? null : filter.toLowerCase(Locale.ROOT);
        synchronized (shared.lock()) {
            return list("UserRelationsList", "relations", users.relationEntries(account.id()),
                    r -> needle == null || profile(r.providerId()).name().toLowerCase(Locale.ROOT).contains(needle),
                    request, 100, 1000, r -> UserJson.relation(profile(r.providerId()), r.connectedAt()), false);
        }
    }

    /**
     * Followers or followed accounts of {@code user_id}: the account's own when it names the account's user; the
     * fake knows nobody else's, so another user's lists are empty.
     */
    private Reply follows(IncomingRequest request, boolean followers) {
        String userId = request.queryParam("user_id");
        FakeAccount account = account(request);
        if (userId == null) {
            throw ApiException.missingParameters("user_id is required");
        }
        if (!account.type().equals(AccountType.LINKEDIN) && !account.type().equals(AccountType.INSTAGRAM)) {
            throw new ApiException(422, "invalid_account", "Followers are listed for LINKEDIN and INSTAGRAM "
                    + "accounts, not " + account.type());
        }
        synchronized (shared.lock()) {
            FakeUserProfile holder = users.holder(account);
            FakeUserProfile user = users.resolve(userId);
            boolean own = user.providerId().equals(holder.providerId());
            List<Paging.Entry<UserStore.Follow>> entries = !own ? List.of()
                    : followers ? users.followerEntries(account.id()) : users.followingEntries(account.id());
            boolean instagram = account.type().equals(AccountType.INSTAGRAM);
            return followers
                    ? list("UserFollowersList", "followers", entries, f -> true, request, 100, 1000,
                    f -> UserJson.follower(profile(f.providerId()), instagram), false)
                    : list("UserRelationsList", "following", entries, f -> true, request, 100, 1000,
                    f -> UserJson.relation(profile(f.providerId()), f.since()), false);
        }
    }

    // ---- invitations ----

    private Reply invitations(IncomingRequest request, FakeInvitation.Direction direction) {
        FakeAccount account = linkedin(account(request));
        Instant now = WireJson.now();
        synchronized (shared.lock()) {
            FakeUserProfile holder = users.holder(account);
            return list("InvitationList", "invitations-" + direction.name().toLowerCase(Locale.ROOT),
                    users.invitationEntries(account.id(), direction), i -> true, request, 10, 100,
                    i -> UserJson.invitation(i, profile(i.providerId()), holder, now), false);
        }
    }

    /**
     * Checks in Unipile's spirit what LinkedIn would refuse: oneself, a relation, someone already invited (or
     * who invited the account), a note over 300 characters.
     */
    private Reply invite(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("provider_id", "account_id", "user_email",
                "message"));
        String providerId = JsonFields.requiredText(body, "provider_id");
        FakeAccount account = linkedin(account(JsonFields.requiredText(body, "account_id")));
        String email = JsonFields.optionalText(body, "user_email");
        String message = JsonFields.optionalText(body, "message");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiException.invalidParameters("user_email must be an e-mail address, not " + email);
        }
        if (message != null && message.codePointCount(0, message.length()) > MAX_MESSAGE) {
            throw new ApiException(400, "too_many_characters", "message takes at most " + MAX_MESSAGE
                    + " characters");
        }
        synchronized (shared.lock()) {
            FakeUserProfile invitee = users.resolve(providerId);
            if (invitee.providerId().equals(users.holder(account).providerId())) {
                throw new ApiException(422, "invalid_recipient", "An account cannot invite itself");
            }
            if (users.isRelation(account.id(), invitee.providerId())) {
                throw new ApiException(422, "action_already_performed", invitee.providerId()
                        + " is already a relation");
            }
            FakeInvitation pending = users.pending(account.id(), invitee.providerId()).orElse(null);
            if (pending != null && pending.direction() == FakeInvitation.Direction.SENT) {
                throw new ApiException(422, "cannot_resend_yet", "An invitation to " + invitee.providerId()
                        + " is pending");
            }
            if (pending != null) {
                throw new ApiException(422, "action_already_performed", invitee.providerId()
                        + " invited this account: accept that invitation");
            }
            FakeInvitation sent = users.addSent(account.id(), invitee.providerId(), message, WireJson.now(),
                    Origin.API);
            return Reply.write(200, WireJson.object("UserInvitationSent").put("invitation_id", sent.id()), List.of());
        }
    }

    private Reply cancel(IncomingRequest request) {
        FakeAccount account = linkedin(account(request));
        users.cancel(account.id(), request.pathParam("invitation_id"));
        return Reply.write(200, WireJson.object("InvitationCanceled"), List.of());
    }

    private Reply handle(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("provider", "shared_secret", "account_id",
                "action"));
        String provider = JsonFields.requiredText(body, "provider");
        String secret = JsonFields.requiredText(body, "shared_secret");
        String accountId = JsonFields.requiredText(body, "account_id");
        String action = JsonFields.requiredText(body, "action");
        if (!provider.equals("LINKEDIN")) {
            throw ApiException.invalidParameters("provider must be LINKEDIN, not " + provider);
        }
        if (!action.equals("accept") && !action.equals("decline")) {
            throw ApiException.invalidParameters("action must be accept or decline, not " + action);
        }
        FakeAccount account = linkedin(account(accountId));
        boolean accept = action.equals("accept");
        WebhookNotice.NewRelation notice = users.handle(account.id(), request.pathParam("invitation_id"), secret,
                accept, WireJson.now());
        return Reply.write(200, WireJson.object("UserInvitationHandled").put("status", accept ? "ACCEPTED"
                : "DECLINED"), notice == null ? List.of() : List.of(notice));
    }

    // ---- activity ----

    private Reply posts(IncomingRequest request) {
        Boolean company = request.booleanParam("is_company");
        FakeAccount account = linkedin(account(request));
        String identifier = request.pathParam("identifier");
        Instant now = WireJson.now();
        synchronized (shared.lock()) {
            boolean byCompany = Boolean.TRUE.equals(company);
            String author = byCompany ? identifier : author(identifier);
            String holder = users.holder(account).providerId();
            return list("PostList", "posts", users.postEntries(p -> p.authorId().equals(author)
                            && p.company() == byCompany), p -> true, request, 100, 100,
                    p -> UserJson.post(p, p.company() ? null : profile(p.authorId()), users.reactionsOn(p.id(), null),
                            users.commentsOn(p.id()), users.reactionOf(holder, p.id(), null).orElse(null), now), true);
        }
    }

    private Reply comments(IncomingRequest request) {
        FakeAccount account = linkedin(account(request));
        synchronized (shared.lock()) {
            String author = author(request.pathParam("identifier"));
            String holder = users.holder(account).providerId();
            return list("CommentList", "comments", users.commentEntries(c -> c.authorProviderId().equals(author)),
                    c -> true, request, 100, 100, c -> UserJson.comment(c, users.post(c.postId()),
                            profile(c.authorProviderId()), users.isRelation(account.id(), c.authorProviderId()),
                            users.reactionsOn(c.postId(), c.id()), users.repliesOn(c.id()), users.reactionOf(holder, c.postId(), c.id())
                                    .orElse(null)), true);
        }
    }

    private Reply reactions(IncomingRequest request) {
        FakeAccount account = linkedin(account(request));
        synchronized (shared.lock()) {
            String author = author(request.pathParam("identifier"));
            return list("PostReactionList", "reactions",
                    users.reactionEntries(r -> r.authorProviderId().equals(author)), r -> true, request, 100, 100,
                    r -> UserJson.reaction(r, profile(r.authorProviderId()),
                            users.isRelation(account.id(), r.authorProviderId())), true);
        }
    }

    /**
     * The provider id the activity routes take: a person the fake knows by that id, or an unknown id (someone with
     * no activity yet). A known person's public identifier is refused, as the document asks for the provider id.
     */
    private String author(String identifier) {
        FakeUserProfile known = users.find(identifier).orElse(null);
        if (known != null && !known.providerId().equals(identifier)) {
            throw ApiException.invalidParameters("identifier must be the provider id (" + known.providerId()
                    + "), not the public identifier " + identifier);
        }
        return users.resolve(identifier).providerId();
    }

    // ---- plumbing ----

    private FakeUserProfile profile(String providerId) {
        return users.resolve(providerId);
    }

    /** A page of a list; the activity lists also tell {@code paging.page_count}, the items of the page. */
    private static <T> Reply list(String object, String name, List<Paging.Entry<T>> entries,
                                  java.util.function.Predicate<T> filter, IncomingRequest request, int defaultLimit,
                                  int maxLimit, Function<T, ObjectNode> item, boolean paging) {
        Paging.Slice<T> page = Paging.page(name, entries, filter, request, defaultLimit, maxLimit);
        ObjectNode json = WireJson.list(object, page, item);
        if (paging) {
            json.putObject("paging").put("page_count", page.items().size());
        }
        return Reply.json(200, json);
    }
}
