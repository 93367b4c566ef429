package io.unipile.attendees;

import io.unipile.ParseFailures;
import io.unipile.RequiredFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.accounts.AccountType;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ChatAttendeeTest {
    private static final TypeReference<Page<ChatAttendee>> PAGE = new TypeReference<>() {
    };

    @Test
    void pageKeepsEveryValueInItsPlace() throws IOException {
        Page<ChatAttendee> page = Json.mapper().readValue(resource("attendees-page.json"), PAGE);

        assertThat(page.object()).isEqualTo("ChatAttendeeList");
        assertThat(page.cursor()).isEqualTo("eyJvZmZzZXQiOjR9");
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.items()).extracting(ChatAttendee::object, ChatAttendee::id, ChatAttendee::accountId,
                ChatAttendee::providerId, ChatAttendee::name, ChatAttendee::isSelf, ChatAttendee::hidden).containsExactly(
                tuple("ChatAttendee", "att_linkedin_1", "acc_linkedin_1", "ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E",
                        "Kim Example", false, false),
                tuple("ChatAttendee", "att_instagram_2", "acc_instagram_1", "17841400000000000", "Sam Sample", true,
                        true),
                tuple("ChatAttendee", "att_whatsapp_3", "acc_whatsapp_1", "33600000000@s.whatsapp.net",
                        "+33 6 00 00 00 00", false, false),
                tuple("ChatAttendee", "att_telegram_4", "acc_telegram_1", "987654321", "Alex", false, false));

        ChatAttendee kim = page.items().get(0);
        assertThat(kim.pictureUrl()).isEqualTo("https://media.example.net/kim.jpg");
        assertThat(kim.profileUrl()).isEqualTo("https://www.linkedin.com/in/kim-example/");
        assertThat(kim.extra()).isEmpty();
        ChatAttendee alex = page.items().get(3);
        assertThat(alex.pictureUrl()).isNull();
        assertThat(alex.profileUrl()).isEqualTo("https://t.me/alex");
        assertThat(alex.specifics()).isNull();
    }

    @Test
    void linkedInSpecifics() throws IOException {
        AttendeeSpecifics s = page().items().get(0).specifics();

        assertThat(s).isEqualTo(new LinkedInAttendeeSpecifics("urn:li:member:123456789",
                "Head of Sales at Example Corp", NetworkDistance.DISTANCE_2, true, "Lyon, France",
                "Selling examples since 2010",
                new LinkedInAttendeeSpecifics.ContactInfo(List.of("kim@example.com", "kim.private@example.org"),
                        List.of("+33 6 00 00 00 00"), List.of("https://kim.example.com"),
                        List.of(new LinkedInAttendeeSpecifics.SocialHandle("TWITTER", "@kimexample", null)), null),
                null));
        assertThat(s.provider()).isSameAs(AccountType.LINKEDIN);
        // The record's class already says the provider: it must not leak into extra.
        assertThat(((LinkedInAttendeeSpecifics) s).extra()).isEmpty();
    }

    @Test
    void instagramSpecifics() throws IOException {
        AttendeeSpecifics s = page().items().get(1).specifics();

        assertThat(s).isEqualTo(new InstagramAttendeeSpecifics("sam.sample",
                new InstagramAttendeeSpecifics.RelationshipStatus(true, false, false, true, null), null));
        assertThat(s.provider()).isSameAs(AccountType.INSTAGRAM);
    }

    @Test
    void unknownProviderKeepsItsJson() throws IOException {
        AttendeeSpecifics s = page().items().get(2).specifics();

        assertThat(s).isInstanceOfSatisfying(UnknownAttendeeSpecifics.class, u -> {
            assertThat(u.provider()).isEqualTo(AccountType.WHATSAPP);
            assertThat(u.raw().get("provider").asText()).isEqualTo("WHATSAPP");
            assertThat(u.raw().get("phone_number").asText()).isEqualTo("+33600000000");
            assertThat(u.raw().get("lid").asText()).isEqualTo("1234567890@lid");
        });

        UnknownAttendeeSpecifics future = (UnknownAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"provider\": \"BLUESKY\", \"did\": \"did:plc:x\"}}")).specifics();
        assertThat(future.provider().value()).isEqualTo("BLUESKY");
        assertThat(future.provider().isKnown()).isFalse();
        assertThat(future.raw().get("did").asText()).isEqualTo("did:plc:x");
    }

    @Test
    void specificsWithoutProviderAreKeptRaw() throws IOException {
        UnknownAttendeeSpecifics absent = (UnknownAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"member_urn\": \"urn:li:member:1\"}}")).specifics();
        UnknownAttendeeSpecifics nullProvider = (UnknownAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"provider\": null, \"x\": 1}}")).specifics();

        assertThat(absent.provider()).isNull();
        assertThat(absent.raw().get("member_urn").asText()).isEqualTo("urn:li:member:1");
        assertThat(nullProvider.provider()).isNull();
        assertThat(nullProvider.raw().get("x").asInt()).isEqualTo(1);
    }

    @Test
    void singleAttendeeAndChatAttendeeListWithoutCursor() throws IOException {
        ChatAttendee one = parse("""
                {"id": "a", "account_id": "acc", "provider_id": "p", "name": "N", "is_self": 1,
                 "object": "ChatAttendee"}""");
        Page<ChatAttendee> chatList = Json.mapper().readValue(
                "{\"object\": \"ChatAttendeeList\", \"items\": [" + attendee("{\"id\": \"a\", \"is_self\": 0}") + "]}",
                PAGE);

        assertThat(one).isEqualTo(new ChatAttendee("ChatAttendee", "a", "acc", "p", "N", true, false, null, null,
                null, null));
        assertThat(chatList.items()).extracting(ChatAttendee::id).containsExactly("a");
        assertThat(chatList.cursor()).isNull();
        assertThat(chatList.hasNextPage()).isFalse();
    }

    @Test
    void unknownEnumValuesKeepTheirText() throws IOException {
        LinkedInAttendeeSpecifics s = (LinkedInAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"provider\": \"LINKEDIN\", \"network_distance\": \"DISTANCE_4\"}}")).specifics();

        assertThat(s.networkDistance().value()).isEqualTo("DISTANCE_4");
        assertThat(s.networkDistance().isKnown()).isFalse();
        assertThat(NetworkDistance.of("OUT_OF_NETWORK")).isSameAs(NetworkDistance.OUT_OF_NETWORK);
        assertThat(NetworkDistance.of("SELF").isKnown()).isTrue();
    }

    @Test
    void unknownFieldsLandInExtraAtEveryLevel() throws IOException {
        ChatAttendee a = parse(attendee("""
                {"id": "a", "is_verified": true,
                 "specifics": {"provider": "LINKEDIN", "member_urn": "u", "premium": true,
                   "contact_info": {"emails": [], "birthday": "01-01",
                     "social_handles": [{"type": "X", "name": "@n", "verified": false}]}}}"""));
        InstagramAttendeeSpecifics ig = (InstagramAttendeeSpecifics) parse(attendee("""
                {"specifics": {"provider": "INSTAGRAM", "public_identifier": "p", "is_private": true,
                  "relationship_status": {"following": true, "blocking": false}}}""")).specifics();

        assertThat(a.extra()).containsOnlyKeys("is_verified");
        LinkedInAttendeeSpecifics li = (LinkedInAttendeeSpecifics) a.specifics();
        assertThat(li.extra()).containsOnlyKeys("premium");
        assertThat(li.contactInfo().extra().get("birthday").asText()).isEqualTo("01-01");
        assertThat(li.contactInfo().socialHandles().get(0).extra()).containsOnlyKeys("verified");
        assertThat(ig.extra()).containsOnlyKeys("is_private");
        assertThat(ig.relationshipStatus().extra()).containsOnlyKeys("blocking");
    }

    @Test
    void nullsAndAbsentFields() throws IOException {
        ChatAttendee a = parse(attendee("""
                {"id": "a", "name": null, "picture_url": null, "profile_url": null, "specifics": null,
                 "is_self": null, "hidden": null}"""));
        LinkedInAttendeeSpecifics li = (LinkedInAttendeeSpecifics) parse(attendee("""
                {"specifics": {"provider": "LINKEDIN", "member_urn": "u", "occupation": null,
                  "network_distance": null, "pending_invitation": null, "contact_info":
                  {"emails": null, "phone_numbers": null, "websites": null, "social_handles": null}}}"""))
                .specifics();
        LinkedInAttendeeSpecifics bare = (LinkedInAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"provider\": \"LINKEDIN\"}}")).specifics();
        InstagramAttendeeSpecifics ig = (InstagramAttendeeSpecifics) parse(attendee(
                "{\"specifics\": {\"provider\": \"INSTAGRAM\", \"relationship_status\": {}}}")).specifics();

        assertThat(a.name()).isNull();
        assertThat(a.pictureUrl()).isNull();
        assertThat(a.specifics()).isNull();
        assertThat(a.isSelf()).isFalse();
        assertThat(a.hidden()).isFalse();
        assertThat(li.occupation()).isNull();
        assertThat(li.networkDistance()).isNull();
        assertThat(li.pendingInvitation()).isNull();
        assertThat(li.contactInfo().emails()).isEmpty();
        assertThat(li.contactInfo().phoneNumbers()).isEmpty();
        assertThat(li.contactInfo().websites()).isEmpty();
        assertThat(li.contactInfo().socialHandles()).isEmpty();
        assertThat(bare.memberUrn()).isNull();
        assertThat(bare.contactInfo()).isNull();
        assertThat(bare.extra()).isEmpty();
        assertThat(ig.publicIdentifier()).isNull();
        // Not told is not the same as false.
        assertThat(ig.relationshipStatus().following()).isNull();
        assertThat(ig.relationshipStatus().hasSentInvitation()).isNull();

        ChatAttendee minimal = parse(attendee("{}"));
        assertThat(minimal.hidden()).isFalse();
        assertThat(minimal.pictureUrl()).isNull();
        assertThat(minimal.profileUrl()).isNull();
        assertThat(minimal.specifics()).isNull();
        assertThat(minimal.extra()).isEmpty();

        // A required field may be null, but not absent: a reply without one fails naming it.
        RequiredFields.assertEachRequired(attendee("{}"), ChatAttendee.class,
                List.of("object", "id", "account_id", "provider_id", "name", "is_self"));
        assertThatThrownBy(() -> parse("{}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'object'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"is_self\": \"maybe\"}",
            "{\"is_self\": {}}",
            "{\"hidden\": []}",
            "{\"name\": {\"first\": \"A\"}}",
            "{\"specifics\": \"LINKEDIN\"}",
            "{\"specifics\": []}",
            "{\"specifics\": 3}",
            "{\"specifics\": {\"provider\": 1}}",
            "{\"specifics\": {\"provider\": [\"LINKEDIN\"]}}",
            "{\"specifics\": {\"provider\": {}}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"network_distance\": 2}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"network_distance\": {}}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"pending_invitation\": \"perhaps\"}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"contact_info\": []}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"contact_info\": {\"emails\": {}}}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"contact_info\": {\"emails\": [{}]}}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"contact_info\": {\"social_handles\": [\"@x\"]}}}",
            "{\"specifics\": {\"provider\": \"LINKEDIN\", \"contact_info\": {\"social_handles\": {}}}}",
            "{\"specifics\": {\"provider\": \"INSTAGRAM\", \"relationship_status\": true}}",
            "{\"specifics\": {\"provider\": \"INSTAGRAM\", \"relationship_status\": {\"following\": \"yes\"}}}",
            "{\"specifics\": {\"provider\": \"INSTAGRAM\", \"public_identifier\": []}}",
    })
    void wrongTypesFailWithAJacksonException(String json) {
        ParseFailures.assertFailsCleanly(() -> parse(attendee(json)), JsonProcessingException.class);
    }

    @Test
    void wrongProviderTypeSaysWhy() {
        assertThatThrownBy(() -> parse(attendee("{\"specifics\": {\"provider\": 1}}")))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("\"provider\"")
                .hasMessageContaining("specifics");
    }

    @Test
    void wrongItemsFailTheWholePage() {
        assertThatThrownBy(() -> Json.mapper().readValue(
                "{\"items\": [" + attendee("{\"specifics\": 1}") + "]}", PAGE))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"items\": {}}", PAGE))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"object\": \"ChatAttendeeList\"}", PAGE))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("'items'");
    }

    @Test
    void isImmutable() throws IOException {
        Page<ChatAttendee> page = page();
        LinkedInAttendeeSpecifics li = (LinkedInAttendeeSpecifics) page.items().get(0).specifics();
        UnknownAttendeeSpecifics unknown = (UnknownAttendeeSpecifics) page.items().get(2).specifics();

        assertThatThrownBy(() -> page.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> page.items().get(0).extra().put("x", null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> li.contactInfo().emails().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> li.contactInfo().socialHandles().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> li.extra().clear()).isInstanceOf(UnsupportedOperationException.class);

        ((com.fasterxml.jackson.databind.node.ObjectNode) unknown.raw()).put("phone_number", "changed");
        assertThat(unknown.raw().get("phone_number").asText()).isEqualTo("+33600000000");

        List<String> emails = new java.util.ArrayList<>(List.of("a@example.com"));
        LinkedInAttendeeSpecifics.ContactInfo info =
                new LinkedInAttendeeSpecifics.ContactInfo(emails, null, null, null, Map.of());
        emails.add("b@example.com");
        assertThat(info.emails()).containsExactly("a@example.com");
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        Page<ChatAttendee> page = page();

        String json = Json.mapper().writeValueAsString(page);
        JsonNode tree = Json.mapper().readTree(json);

        assertThat(Json.mapper().readValue(json, PAGE)).isEqualTo(page);
        assertThat(tree.at("/items/0/specifics/provider").asText()).isEqualTo("LINKEDIN");
        assertThat(tree.at("/items/0/specifics/network_distance").asText()).isEqualTo("DISTANCE_2");
        assertThat(tree.at("/items/0/specifics/contact_info/phone_numbers/0").asText())
                .isEqualTo("+33 6 00 00 00 00");
        assertThat(tree.at("/items/1/specifics/provider").asText()).isEqualTo("INSTAGRAM");
        assertThat(tree.at("/items/1/specifics/relationship_status/followed_by").asBoolean()).isFalse();
        assertThat(tree.at("/items/2/specifics/lid").asText()).isEqualTo("1234567890@lid");
        assertThat(tree.at("/items/1/is_self").asBoolean()).isTrue();
    }

    private static Page<ChatAttendee> page() throws IOException {
        return Json.mapper().readValue(resource("attendees-page.json"), PAGE);
    }

    /** {@code json} with the required fields it lacks added. */
    private static String attendee(String json) {
        return RequiredFields.fill(json, RequiredFields.ATTENDEE);
    }

    private static ChatAttendee parse(String json) throws IOException {
        return Json.mapper().readValue(json, ChatAttendee.class);
    }

    private static String resource(String name) {
        try (InputStream in = ChatAttendeeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
