package io.unipile.testkit.users;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;
import static io.unipile.testkit.internal.WireJson.timestamp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeComment;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeInvitation;
import io.unipile.testkit.FakePost;
import io.unipile.testkit.FakeReaction;
import io.unipile.testkit.FakeUserProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Unipile's JSON for users: profiles of each provider, own profiles, relations, followers, invitations, posts,
 * comments and reactions. Optional fields are left out when the fake has no value; nullable ones are sent as null.
 */
public final class UserJson {
    static final String USER_PROFILE = "UserProfile";
    static final String OWNER_PROFILE = "AccountOwnerProfile";

    private UserJson() {
    }

    /** What the asking account knows of a person, for their LinkedIn profile. */
    record Viewer(boolean self, boolean relation, FakeInvitation pending, int relationsCount, int followersCount) {
    }

    /** A LinkedIn profile with the sections asked for ({@code *} for all). */
    static ObjectNode linkedinProfile(FakeUserProfile p, Viewer viewer, Set<String> sections) {
        boolean all = sections.contains("*");
        ObjectNode node = NODES.objectNode();
        node.put("provider", "LINKEDIN");
        node.put("provider_id", p.providerId());
        node.put("public_identifier", p.publicIdentifier());
        node.put("first_name", p.firstName());
        node.put("last_name", p.lastName());
        node.put("headline", p.headline());
        if (all || sections.contains("about")) {
            putIfPresent(node, "summary", p.summary());
        }
        putIfPresent(node, "location", p.location());
        ArrayNode websites = node.putArray("websites");
        p.websites().forEach(websites::add);
        putIfPresent(node, "profile_picture_url", p.profilePictureUrl());
        putIfPresent(node, "background_picture_url", p.backgroundPictureUrl());
        node.put("is_open_profile", p.openProfile());
        node.put("is_premium", p.premium());
        node.put("is_relationship", viewer.relation());
        node.put("is_self", viewer.self());
        if (viewer.pending() != null) {
            node.putObject("invitation").put("type", viewer.pending().direction().name()).put("status", "PENDING");
        }
        if (all || sections.contains("experience")) {
            ArrayNode positions = node.putArray("work_experience");
            for (FakeUserProfile.Position position : p.positions()) {
                ObjectNode item = positions.addObject().put("position", position.role())
                        .put("company", position.company());
                putIfPresent(item, "location", position.location());
                putIfPresent(item, "description", position.description());
                ArrayNode skills = item.putArray("skills");
                position.skills().forEach(skills::add);
                item.put("current", position.end() == null);
                item.put("start", month(position.start()));
                item.put("end", month(position.end()));
            }
        }
        if (all || sections.contains("education")) {
            ArrayNode schools = node.putArray("education");
            for (FakeUserProfile.School school : p.schools()) {
                ObjectNode item = schools.addObject();
                putIfPresent(item, "degree", school.degree());
                item.put("school", school.school());
                putIfPresent(item, "field_of_study", school.fieldOfStudy());
                item.put("start", month(school.start()));
                item.put("end", month(school.end()));
            }
        }
        if (all || sections.contains("skills")) {
            ArrayNode skills = node.putArray("skills");
            p.skills().forEach(s -> skills.addObject().put("name", s).put("endorsement_count", 0)
                    .putNull("endorsement_id").<ObjectNode>set("insights", NODES.arrayNode()).put("endorsed", false));
        }
        if (all || sections.contains("languages")) {
            ArrayNode languages = node.putArray("languages");
            p.languages().forEach(l -> languages.addObject().put("name", l));
        }
        for (String section : List.of("volunteering_experience", "certifications", "projects")) {
            if (all || sections.contains(section)) {
                node.putArray(section);
            }
        }
        if (all || sections.contains("recommendations_received") || sections.contains("recommendations_given")) {
            ObjectNode recommendations = node.putObject("recommendations");
            recommendations.putArray("received");
            recommendations.putArray("given");
        }
        node.put("follower_count", viewer.self() ? viewer.followersCount() : p.followerCount());
        node.put("connections_count", viewer.self() ? viewer.relationsCount() : p.connectionsCount());
        if (!viewer.self()) {
            node.put("network_distance", viewer.relation() ? "FIRST_DEGREE" : "SECOND_DEGREE");
        }
        node.put("public_profile_url", p.publicProfileUrl());
        node.put("object", USER_PROFILE);
        return node;
    }

    /** A LinkedIn account's own profile, with its paid products. */
    static ObjectNode linkedinOwner(FakeUserProfile p, FakeAccount account) {
        FakeConnectionParams.Linkedin params = (FakeConnectionParams.Linkedin) account.connectionParams();
        ObjectNode node = NODES.objectNode();
        node.put("provider", "LINKEDIN");
        node.put("provider_id", p.providerId());
        node.put("entity_urn", "urn:li:fsd_profile:" + p.providerId());
        node.put("object_urn", "urn:li:member:" + memberNumber(p.providerId()));
        node.put("first_name", p.firstName());
        node.put("last_name", p.lastName());
        node.put("profile_picture_url", p.profilePictureUrl());
        node.put("public_profile_url", p.publicProfileUrl());
        node.put("public_identifier", p.publicIdentifier());
        node.put("headline", p.headline());
        putIfPresent(node, "location", p.location());
        node.put("email", p.email() != null ? p.email() : p.publicIdentifier() + "@example.com");
        node.put("premium", p.premium() || params.premiumFeatures().contains("premium"));
        node.put("open_profile", p.openProfile());
        node.put("occupation", p.headline());
        ArrayNode organizations = node.putArray("organizations");
        for (FakeConnectionParams.Linkedin.Organization o : params.organizations()) {
            organizations.addObject().put("id", lastPart(o.organizationUrn()))
                    .put("mailbox_id", lastPart(o.mailboxUrn())).put("name", o.name());
        }
        node.set("recruiter", seat(params, "recruiter"));
        node.set("sales_navigator", seat(params, "sales_navigator"));
        node.put("object", OWNER_PROFILE);
        return node;
    }

    private static ObjectNode seat(FakeConnectionParams.Linkedin params, String product) {
        if (!params.premiumFeatures().contains(product)) {
            return null;
        }
        String contract = params.premiumContractId() != null ? params.premiumContractId() : "contract_" + product;
        return NODES.objectNode().put("owner_seat_id", product + "_seat_" + memberNumber(params.id()))
                .put("contract_id", contract);
    }

    /** A WhatsApp profile: the id only. */
    static ObjectNode whatsappProfile(FakeUserProfile p) {
        return NODES.objectNode().put("provider", "WHATSAPP").put("id", p.providerId()).put("object", USER_PROFILE);
    }

    /** An Instagram profile. */
    static ObjectNode instagramProfile(FakeUserProfile p, boolean following, boolean followedBy) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "INSTAGRAM");
        node.put("provider_id", p.providerId());
        node.put("public_identifier", p.publicIdentifier());
        node.put("full_name", p.name());
        putIfPresent(node, "profile_picture_url", p.profilePictureUrl());
        putIfPresent(node, "biography", p.summary() != null ? p.summary() : p.headline());
        node.put("followers_count", p.followerCount());
        node.put("mutual_followers_count", 0);
        node.put("following_count", p.connectionsCount());
        node.put("posts_count", 0);
        node.put("profile_type", "PERSONNAL");
        node.put("is_verified", false);
        node.put("is_private", false);
        ArrayNode links = node.putArray("external_links");
        p.websites().forEach(links::add);
        node.putObject("relationship_status").put("following", following).put("followed_by", followedBy)
                .put("has_sent_invitation", false).put("has_received_invitation", false);
        node.put("object", USER_PROFILE);
        return node;
    }

    /** A Telegram profile, another user's or the account's own ({@code object}). */
    static ObjectNode telegramProfile(FakeUserProfile p, boolean self, String object) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "TELEGRAM");
        node.put("provider_id", p.providerId());
        node.put("self", self);
        node.put("bot", false);
        node.put("first_name", p.firstName());
        node.put("last_name", p.lastName());
        node.put("username", p.publicIdentifier());
        node.put("profile_picture_url", picture(p));
        node.put("object", object);
        return node;
    }

    /** An X (Twitter) profile, another user's or the account's own ({@code object}). */
    static ObjectNode twitterProfile(FakeUserProfile p, String object) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "TWITTER");
        node.put("id", p.providerId());
        node.put("name", p.name());
        node.put("screen_name", p.publicIdentifier());
        node.put("location", p.location() != null ? p.location() : "");
        node.put("description", p.summary() != null ? p.summary() : p.headline());
        if (p.websites().isEmpty()) {
            node.putNull("url");
        } else {
            node.put("url", p.websites().get(0));
        }
        node.putObject("entities").putObject("description").putArray("urls");
        node.put("protected", false);
        node.put("verified", false);
        node.put("followers_count", p.followerCount());
        node.put("friends_count", p.connectionsCount());
        node.put("listed_count", 0);
        node.put("favourites_count", 0);
        node.put("statuses_count", 0);
        node.put("created_at", "Mon Jan 06 09:00:00 +0000 2020");
        node.put("profile_image_url_https", picture(p));
        node.put("default_profile", p.profilePictureUrl() == null);
        node.put("default_profile_image", p.profilePictureUrl() == null);
        node.putArray("withheld_in_countries");
        node.put("object", object);
        return node;
    }

    /** A Google account's own profile. */
    static ObjectNode gmailOwner(String email) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "GMAIL");
        node.put("email", email);
        node.putArray("aliases").addObject().put("email", email).put("is_primary", true).put("is_default", true)
                .put("verification_status", "accepted");
        node.put("object", OWNER_PROFILE);
        return node;
    }

    /** A Microsoft account's own profile. */
    static ObjectNode outlookOwner(FakeUserProfile p, String email) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "OUTLOOK");
        node.put("id", p.providerId());
        node.put("email", email);
        node.put("display_name", p.name());
        node.put("given_name", p.firstName());
        node.put("surname", p.lastName());
        node.put("user_principal_name", email);
        node.put("job_title", p.headline());
        node.put("mobile_phone", "");
        node.put("preferred_language", "en-US");
        node.put("object", OWNER_PROFILE);
        return node;
    }

    /** An IMAP mailbox's own profile: its servers. */
    static ObjectNode imapOwner(FakeConnectionParams.Imap imap) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "IMAP");
        ObjectNode params = node.putObject("connection_params");
        params.putObject("imap").put("username", imap.imapUser()).put("port", imap.imapPort())
                .put("host", imap.imapHost());
        params.putObject("smtp").put("username", imap.smtpUser()).put("port", imap.smtpPort())
                .put("host", imap.smtpHost());
        node.put("object", OWNER_PROFILE);
        return node;
    }

    /** An item of the relations list, or of the following list (which Unipile renders alike). */
    static ObjectNode relation(FakeUserProfile p, Instant since) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "UserRelation");
        node.put("first_name", p.firstName());
        node.put("last_name", p.lastName());
        node.put("headline", p.headline());
        node.put("public_identifier", p.publicIdentifier());
        node.put("public_profile_url", p.publicProfileUrl());
        node.put("created_at", since.toEpochMilli());
        node.put("member_id", p.providerId());
        node.put("member_urn", "urn:li:member:" + memberNumber(p.providerId()));
        node.put("connection_urn", "urn:li:fsd_connection:" + p.providerId());
        putIfPresent(node, "profile_picture_url", p.profilePictureUrl());
        return node;
    }

    /** An item of the followers list, in the shape of the account's provider. */
    static ObjectNode follower(FakeUserProfile p, boolean instagram) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "UserFollower");
        node.put("id", p.providerId());
        if (instagram) {
            node.put("messaging_id", p.providerId());
            node.put("username", p.publicIdentifier());
            node.put("name", p.name());
            putIfPresent(node, "profile_picture_url", p.profilePictureUrl());
            node.put("is_private", false);
            node.put("is_verified", false);
        } else {
            node.put("urn", "urn:li:fsd_profile:" + p.providerId());
            node.put("name", p.name());
            node.put("headline", p.headline());
            node.put("profile_url", p.publicProfileUrl());
            node.put("profile_picture_url", p.profilePictureUrl());
            node.put("profile_picture_url_large", p.profilePictureUrl());
        }
        return node;
    }

    /**
     * An item of the invitation lists: the invitee of a sent one in the {@code invited_user} fields, the sender of
     * a received one in {@code inviter} (the account's user in the {@code invited_user} fields then), and the
     * shared secret a received one needs.
     */
    static ObjectNode invitation(FakeInvitation i, FakeUserProfile other, FakeUserProfile holder, Instant now) {
        boolean sent = i.direction() == FakeInvitation.Direction.SENT;
        FakeUserProfile invited = sent ? other : holder;
        FakeUserProfile inviter = sent ? holder : other;
        ObjectNode node = NODES.objectNode();
        node.put("object", sent ? "InvitationSent" : "InvitationReceived");
        node.put("id", i.id());
        node.put("invited_user", invited.name());
        node.put("invited_user_id", invited.providerId());
        node.put("invited_user_public_id", invited.publicIdentifier());
        node.put("invited_user_description", invited.headline().isEmpty() ? null : invited.headline());
        node.put("date", ago(i.sentAt(), now));
        node.put("parsed_datetime", timestamp(i.sentAt()));
        node.put("invitation_text", i.message());
        node.putObject("inviter").put("inviter_name", inviter.name()).put("inviter_id", inviter.providerId())
                .put("inviter_public_identifier", inviter.publicIdentifier())
                .put("inviter_description", inviter.headline().isEmpty() ? null : inviter.headline());
        if (!sent) {
            node.putObject("specifics").put("provider", "LINKEDIN").put("shared_secret", i.sharedSecret());
        }
        return node;
    }

    /** A LinkedIn post, with its counts and the asking account's own reaction. */
    public static ObjectNode post(FakePost post, FakeUserProfile author, long reactions, long comments, FakeReaction mine,
                           Instant now) {
        ObjectNode node = NODES.objectNode();
        node.put("provider", "LINKEDIN");
        node.put("id", post.id());
        node.put("social_id", post.socialId());
        node.put("share_url", "https://www.linkedin.com/feed/update/" + post.socialId());
        node.put("text", post.text());
        node.put("date", ago(post.createdAt(), now));
        node.put("parsed_datetime", timestamp(post.createdAt()));
        node.put("reaction_counter", reactions);
        node.put("comment_counter", comments);
        node.put("repost_counter", 0);
        node.put("impressions_counter", post.impressions());
        if (mine != null) {
            node.put("user_reacted", mine.value());
        }
        ObjectNode a = node.putObject("author");
        if (author == null) {
            a.putNull("public_identifier").put("id", post.authorId()).putNull("name").put("is_company", true);
        } else {
            a.put("public_identifier", author.publicIdentifier()).put("id", author.providerId())
                    .put("name", author.name()).put("is_company", false).put("headline", author.headline());
        }
        node.putObject("permissions").put("can_react", true).put("can_share", true).put("can_post_comments", true);
        node.put("is_repost", false);
        node.putArray("attachments");
        node.put("object", "Post");
        return node;
    }

    /** A comment on a LinkedIn post. */
    public static ObjectNode comment(FakeComment c, FakePost post, FakeUserProfile author, boolean relation,
                                     long reactions, long replies, FakeReaction mine) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "Comment");
        node.put("id", c.id());
        node.put("post_id", post.id());
        node.put("post_urn", post.socialId());
        node.put("author", author.name());
        node.putObject("author_details").put("id", author.providerId()).put("headline", author.headline())
                .put("profile_url", author.publicProfileUrl())
                .put("network_distance", relation ? "FIRST_DEGREE" : "SECOND_DEGREE");
        node.put("date", timestamp(c.createdAt()));
        node.put("text", c.text());
        node.put("reaction_counter", reactions);
        node.put("reply_counter", replies);
        if (mine != null) {
            node.put("user_reacted", mine.value());
        }
        return node;
    }

    /** A reaction to a post or a comment. */
    public static ObjectNode reaction(FakeReaction r, FakeUserProfile author, boolean relation) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "PostReaction");
        node.put("value", r.value());
        node.put("post_id", r.postId());
        putIfPresent(node, "comment_id", r.commentId());
        node.putObject("author").put("id", author.providerId()).put("type", "INDIVIDUAL").put("name", author.name())
                .put("headline", author.headline()).put("profile_url", author.publicProfileUrl())
                .put("network_distance", relation ? "FIRST_DEGREE" : "SECOND_DEGREE");
        return node;
    }

    /** {@code m/yyyy}, as LinkedIn writes a month, or null. */
    private static String month(YearMonth month) {
        return month == null ? null : month.getMonthValue() + "/" + month.getYear();
    }

    /** How long ago, as LinkedIn shows it: {@code 5m}, {@code 3h}, {@code 2d}, {@code 1w}, {@code 4mo}, {@code 1yr}. */
    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 60) {
            return Math.max(0, d.toMinutes()) + "m";
        }
        if (d.toHours() < 24) {
            return d.toHours() + "h";
        }
        long days = d.toDays();
        if (days < 7) {
            return days + "d";
        }
        if (days < 30) {
            return days / 7 + "w";
        }
        return days < 365 ? days / 30 + "mo" : days / 365 + "yr";
    }

    /** A stable member number for a provider id, for URNs. */
    static long memberNumber(String providerId) {
        CRC32 crc = new CRC32();
        crc.update(providerId.getBytes(StandardCharsets.UTF_8));
        return 100_000_000L + crc.getValue() % 900_000_000L;
    }

    private static String picture(FakeUserProfile p) {
        return p.profilePictureUrl() != null ? p.profilePictureUrl()
                : "https://media.example.com/profile/" + p.providerId() + "/default.jpg";
    }

    private static String lastPart(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }
}
