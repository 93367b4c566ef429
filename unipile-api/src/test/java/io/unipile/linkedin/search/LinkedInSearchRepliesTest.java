package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.internal.Json;
import io.unipile.internal.Pages;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The spec's search replies, rendered from their schemas as the API reference does (every property, "string", 0,
 * true, the first alternative; one file per kind of result, {@code spec/examples/linkedin-search-*.json}), parse
 * with every field in a component; unknown kinds and fields are kept.
 */
class LinkedInSearchRepliesTest {
    private static final JavaType RESULTS = Pages.of(SearchResult.class);

    private static String resource(String name) throws IOException {
        try (InputStream in = LinkedInSearchRepliesTest.class.getResourceAsStream("/spec/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Page<SearchResult> page(String json) throws IOException {
        return Json.mapper().readValue(json, RESULTS);
    }

    @Test
    void aPeoplePageParsesIntoEveryField() throws IOException {
        Page<SearchResult> page = page(resource("linkedin-search-people.json"));

        assertThat(page.object()).isEqualTo("LinkedinSearch");
        assertThat(page.extra()).containsOnlyKeys("config", "paging");
        PersonResult p = (PersonResult) page.items().get(0);
        assertThat(List.of(p.id(), p.publicIdentifier(), p.publicProfileUrl(), p.profileUrl(), p.profilePictureUrl(),
                p.profilePictureUrlLarge(), p.memberUrn(), p.name(), p.firstName(), p.lastName(), p.location(),
                p.industry(), p.keywordsMatch(), p.headline(), p.interestLikelihood(), p.recruiterCandidateId(),
                p.recruiterPipelineCategory(), p.interests())).containsOnly("string");
        assertThat(p.networkDistance()).isSameAs(MemberDistance.SELF);
        assertThat(List.of(p.connectionsCount(), p.followersCount(), p.sharedConnectionsCount(),
                p.recentPostsCount())).containsOnly(0L);
        assertThat(List.of(p.pendingInvitation(), p.canSendInmail(), p.hiddenCandidate(), p.premium(), p.verified(),
                p.openProfile(), p.recentlyHired(), p.mentionedInTheNews())).containsOnly(true);
        assertThat(p.currentPositions()).singleElement().satisfies(pos -> {
            assertThat(List.of(pos.company(), pos.companyId(), pos.description(), pos.role(), pos.location()))
                    .containsOnly("string");
            assertThat(pos.industry()).containsExactly("string");
            assertThat(pos.extra()).containsOnlyKeys("tenure_at_role", "tenure_at_company", "start", "end",
                    "skills");
        });
        assertThat(List.of(p.education(), p.workExperience(), p.certifications(), p.projects(), p.skills()))
                .allSatisfy(list -> assertThat(list).singleElement().satisfies(n -> assertThat(n.isObject()).isTrue()));
        assertThat(p.privacySettings().get("allowConnectionsBrowse").asBoolean()).isTrue();
        assertThat(p.lastOutreachActivity().get("type").asText()).isEqualTo("SEND_MESSAGE");
        assertThat(p.extra()).isEmpty();
    }

    @Test
    void theSearchPageTakesItsPagingAndConfig() throws IOException {
        LinkedInSearchPage page = io.unipile.internal.linkedin.LinkedInSearchClientImpl.toSearchPage(page(resource("linkedin-search-company.json")));

        assertThat(page.paging()).isEqualTo(new SearchPaging(0L, 0L, 0L, null));
        assertThat(page.config().get("params").get("api").asText()).isEqualTo("classic");
        assertThat(page.extra()).isEmpty();
        assertThat(page.cursor()).isEqualTo("string");
        CompanyResult c = (CompanyResult) page.items().get(0);
        assertThat(List.of(c.id(), c.name(), c.location(), c.profileUrl(), c.industry(), c.summary(), c.headcount()))
                .containsOnly("string");
        assertThat(List.of(c.followersCount(), c.jobOffersCount())).containsOnly(0L);
        assertThat(c.revenueRange().get("currency").asText()).isEqualTo("string");
        assertThat(c.extra()).isEmpty();
    }

    @Test
    void postsAndJobsParseIntoEveryField() throws IOException {
        PostResult post = (PostResult) page(resource("linkedin-search-post.json")).items().get(0);
        assertThat(List.of(post.provider(), post.id(), post.socialId(), post.shareUrl(), post.title(), post.text(),
                post.date(), post.parsedDatetime(), post.userReacted(), post.repostId()))
                .containsOnly("LINKEDIN", "string", "LIKE");
        assertThat(List.of(post.reactionCounter(), post.commentCounter(), post.repostCounter(),
                post.impressionsCounter())).containsOnly(0L);
        assertThat(post.author()).isEqualTo(new PostResult.PostAuthor("string", "string", "string", true, "string",
                null));
        assertThat(post.repostedBy()).isEqualTo(post.author());
        assertThat(post.isRepost()).isTrue();
        assertThat(post.attachments()).singleElement().satisfies(a -> assertThat(a.get("type").asText())
                .isEqualTo("img"));
        assertThat(List.of(post.writtenBy(), post.permissions(), post.repostContent(), post.poll(), post.group(),
                post.analytics())).allSatisfy(n -> assertThat(n.isObject()).isTrue());
        assertThat(post.extra()).isEmpty();

        JobResult job = (JobResult) page(resource("linkedin-search-job.json")).items().get(0);
        assertThat(List.of(job.id(), job.referenceId(), job.title(), job.location(), job.url())).containsOnly("string");
        assertThat(job.postedAt()).isEqualTo(Instant.parse("2025-12-31T23:59:59.999Z"));
        assertThat(List.of(job.reposted(), job.promoted(), job.easyApply())).containsOnly(true);
        assertThat(job.benefits()).containsExactly("string");
        assertThat(job.company()).isEqualTo(new JobResult.JobResultCompany("string", "string", "string", "string",
                "string", null));
        assertThat(job.extra()).isEmpty();
    }

    @Test
    void parametersParse() throws IOException {
        Page<SearchParameter> page = Json.mapper().readValue(resource("linkedin-search-parameters.json"),
                Pages.of(SearchParameter.class));
        assertThat(page.items()).singleElement().satisfies(p -> {
            assertThat(List.of(p.object(), p.id(), p.title())).containsExactly("LinkedinSearchParameter", "string",
                    "string");
            assertThat(p.additionalData().get("additionalProp").asText()).isEqualTo("string");
            assertThat(p.extra()).isEmpty();
        });
    }

    @Test
    void unknownKindsFieldsAndValuesAreKept() throws IOException {
        Page<SearchResult> page = page("{\"object\":\"LinkedinSearch\",\"cursor\":null,\"items\":["
                + "{\"object\":\"SearchResult\",\"type\":\"GROUP\",\"id\":\"g1\",\"name\":\"Java\"},"
                + "{\"object\":\"SearchResult\",\"id\":\"x\"},"
                + "{\"object\":\"SearchResult\",\"type\":\"PEOPLE\",\"id\":\"p1\",\"public_identifier\":null,"
                + "\"public_profile_url\":null,\"profile_url\":null,\"profile_picture_url\":null,"
                + "\"profile_picture_url_large\":null,\"member_urn\":null,\"name\":\"Ada\","
                + "\"network_distance\":\"DISTANCE_9\",\"location\":null,\"industry\":null,\"headline\":\"CTO\","
                + "\"new_field\":[1]}]}");

        assertThat(page.items().get(0)).isInstanceOfSatisfying(UnknownResult.class, u -> {
            assertThat(u.type()).isEqualTo("GROUP");
            assertThat(u.id()).isEqualTo("g1");
            assertThat(u.raw().get("name").asText()).isEqualTo("Java");
            assertThat(u.extra()).containsOnlyKeys("object", "name");
        });
        assertThat(page.items().get(1)).isInstanceOfSatisfying(UnknownResult.class, u ->
                assertThat(u.type()).isNull());
        assertThat(page.items().get(2)).isInstanceOfSatisfying(PersonResult.class, p -> {
            assertThat(p.networkDistance().value()).isEqualTo("DISTANCE_9");
            assertThat(p.networkDistance().isKnown()).isFalse();
            assertThat(p.extra()).containsOnlyKeys("new_field");
            assertThat(p.currentPositions()).isEmpty();
        });
    }

    @Test
    void aPersonWithoutARequiredFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> page("{\"items\":[{\"object\":\"SearchResult\",\"type\":\"PEOPLE\",\"id\":\"p\"}]}"))
                .hasMessageContaining("Missing required creator property");
    }
}
