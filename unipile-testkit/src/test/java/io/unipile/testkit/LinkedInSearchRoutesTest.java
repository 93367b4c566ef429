package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.UnipileClient;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.UnipileApiException;
import io.unipile.linkedin.EmploymentStatus;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.JobWorkplace;
import io.unipile.linkedin.search.CompanyResult;
import io.unipile.linkedin.search.IncludeExclude;
import io.unipile.linkedin.search.JobPresence;
import io.unipile.linkedin.search.JobResult;
import io.unipile.linkedin.search.JobType;
import io.unipile.linkedin.search.LinkedInSearch;
import io.unipile.linkedin.search.LinkedInSearchClient;
import io.unipile.linkedin.search.LinkedInSearchPage;
import io.unipile.linkedin.search.LinkedInSearchRequest;
import io.unipile.linkedin.search.MemberDistance;
import io.unipile.linkedin.search.NetworkDistance;
import io.unipile.linkedin.search.PersonResult;
import io.unipile.linkedin.search.PostResult;
import io.unipile.linkedin.search.PostedBy;
import io.unipile.linkedin.search.RecruiterCriterion;
import io.unipile.linkedin.search.RecruiterPriority;
import io.unipile.linkedin.search.SearchParameter;
import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.linkedin.search.SearchParametersRequest;
import io.unipile.linkedin.search.SearchRange;
import io.unipile.linkedin.search.SearchResult;
import io.unipile.linkedin.search.SearchSortOrder;
import io.unipile.testkit.linkedin.FakeCompany;
import io.unipile.testkit.linkedin.FakeJobPosting;
import io.unipile.testkit.linkedin.FakeSearchMember;
import io.unipile.testkit.linkedin.FakeSearchPost;
import io.unipile.testkit.linkedin.LinkedInDemoData;
import io.unipile.testkit.linkedin.LinkedInSearchRoutes;
import io.unipile.testkit.linkedin.LinkedInState;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LinkedIn search against the fake, through the library's own client over HTTP: filters, pages, errors. */
@FakeUnipile
class LinkedInSearchRoutesTest {
    private static final String PARIS = "101";
    private static final String LONDON = "102";
    private static final String SOFTWARE = "4";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00.000Z");

    private FakeAccount classic;
    private FakeAccount sales;
    private FakeAccount recruiter;
    private FakeCompany acme;
    private FakeCompany globex;

    @BeforeEach
    void seed(FakeUnipileServer server) {
        LinkedInState linkedin = server.state().linkedin();
        classic = linkedin.addLinkedInAccount();
        sales = linkedin.addLinkedInAccount("sales_navigator");
        recruiter = linkedin.addRecruiterAccount();
        linkedin.addLocation(PARIS, "Paris, France");
        linkedin.addLocation(LONDON, "London, United Kingdom");
        linkedin.search().addParameter(SearchParameterType.INDUSTRY, SOFTWARE, "Software Development");
        acme = linkedin.addCompany(FakeCompany.builder("Acme Robotics").id("1441").industries("Software Development")
                .employeeCount(40).build());
        globex = linkedin.addCompany(FakeCompany.builder("Globex").id("1442").headquarters("London", "GB")
                .employeeCount(52_000).build());
        linkedin.search().addMember(FakeSearchMember.builder("Ada", "Lovelace").headline("Java engineer")
                .location(PARIS).industry(SOFTWARE).company(acme.id()).networkDistance(1).build());
        linkedin.search().addMember(FakeSearchMember.builder("Alan", "Turing").headline("Java architect")
                .location(LONDON).company(globex.id()).pastCompanies(acme.id()).networkDistance(2).build());
        linkedin.search().addMember(FakeSearchMember.builder("Grace", "Hopper").headline("Kotlin engineer")
                .location(PARIS).networkDistance(3).build());
        linkedin.search().addPost(FakeSearchPost.byCompany("11", acme, "Acme hires Java engineers", T0));
        linkedin.search().addPost(FakeSearchPost.byCompany("12", globex, "Globex hires Java engineers",
                T0.plusSeconds(60)));
        linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Java developer").company(acme)
                .location("Paris, France").workplace(JobWorkplace.REMOTE).employmentStatus(EmploymentStatus.FULL_TIME)
                .published(JobPublishMode.FREE, T0).build());
        linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Java lead").company(globex)
                .location("London, United Kingdom").workplace(JobWorkplace.ON_SITE)
                .published(JobPublishMode.FREE, T0.plusSeconds(60)).build());
        linkedin.addJobPosting(FakeJobPosting.builder(recruiter.id(), "Java draft").company(acme).build());
    }

    private static List<String> names(LinkedInSearchPage page) {
        return page.items().stream().map(r -> ((PersonResult) r).name()).toList();
    }

    private static <T extends SearchResult> List<String> all(LinkedInSearchClient search, LinkedInSearchRequest r,
                                                             Class<T> kind, Function<T, String> what) {
        return search.searchAll(r).stream().map(kind::cast).map(what).toList();
    }

    @Test
    void parametersAreFoundByTypeAndKeywords(UnipileClient client) {
        LinkedInSearchClient search = client.linkedin().search();

        assertThat(search.parameters(classic.id(), SearchParameterType.LOCATION, "paris"))
                .extracting(SearchParameter::id, SearchParameter::title).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PARIS, "Paris, France"));
        assertThat(search.parameters(classic.id(), SearchParameterType.INDUSTRY, "software"))
                .extracting(SearchParameter::id).containsExactly(SOFTWARE);
        assertThat(search.parameters(SearchParametersRequest.builder(classic.id(), SearchParameterType.COMPANY)
                .limit(1).build())).extracting(SearchParameter::title).containsExactly("Acme Robotics");
        assertThat(search.parametersAsync(SearchParametersRequest.builder(classic.id(), SearchParameterType.PEOPLE)
                .keywords("turing").build()).join()).extracting(SearchParameter::title).containsExactly("Alan Turing");
        assertThat(search.parameters(classic.id(), SearchParameterType.SKILL, "java")).isEmpty();
    }

    @Test
    void classicPeopleFilterByKeywordsLocationCompanyAndDistance(UnipileClient client) {
        LinkedInSearchClient search = client.linkedin().search();

        LinkedInSearchPage java = search.search(LinkedInSearch.classicPeople().accountId(classic.id())
                .keywords("java").build());
        assertThat(names(java)).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(java.paging().totalCount()).isEqualTo(2);
        assertThat(java.config().get("params").get("keywords").asText()).isEqualTo("java");
        assertThat(java.cursor()).isNull();
        PersonResult ada = (PersonResult) java.items().get(0);
        assertThat(ada.networkDistance()).isSameAs(MemberDistance.DISTANCE_1);
        assertThat(ada.location()).isEqualTo("Paris, France");
        assertThat(ada.industry()).isEqualTo("Software Development");
        assertThat(ada.currentPositions()).singleElement().satisfies(p -> assertThat(p.company())
                .isEqualTo("Acme Robotics"));

        assertThat(names(search.search(LinkedInSearch.classicPeople().accountId(classic.id()).location(PARIS)
                .networkDistance(NetworkDistance.THIRD_OR_MORE).build()))).containsExactly("Grace Hopper");
        assertThat(names(search.search(LinkedInSearch.classicPeople().accountId(classic.id()).pastCompany(acme.id())
                .build()))).containsExactly("Alan Turing");
        assertThat(names(search.searchAsync(LinkedInSearch.classicPeople().accountId(classic.id())
                .industry(SOFTWARE).company(acme.id()).build()).join())).containsExactly("Ada Lovelace");
    }

    @Test
    void searchAllFollowsTheCursorInTheBody(FakeUnipileServer server, UnipileClient client) {
        LinkedInSearchRequest everyone = LinkedInSearch.classicPeople().accountId(classic.id()).limit(1).build();

        List<String> found = all(client.linkedin().search(), everyone, PersonResult.class, PersonResult::name);

        assertThat(found).containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
        List<RecordedRequest> sent = server.journal().requests(LinkedInSearchRoutes.SEARCH);
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).jsonBody().orElseThrow()).isEqualTo("{\"api\":\"classic\",\"category\":\"people\"}");
        assertThat(sent.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.jsonBody().orElseThrow()).startsWith("{\"cursor\":\"");
            assertThat(r.queryParam("limit")).contains("1");
            assertThat(r.queryParam("account_id")).contains(classic.id());
            assertThat(r.queryParam("cursor")).isEmpty();
        });
        LinkedInSearchPage first = client.linkedin().search().search(everyone);
        LinkedInSearchPage second = client.linkedin().search().search(everyone.continueAt(first.cursor()));
        assertThat(second.paging().start()).isEqualTo(1);
        assertThat(names(second)).containsExactly("Alan Turing");
    }

    @Test
    void salesNavigatorAndRecruiterNeedTheirSubscriptionAndFilterByIncludeExclude(UnipileClient client) {
        LinkedInSearchClient search = client.linkedin().search();

        assertThatThrownBy(() -> search.search(LinkedInSearch.salesNavigatorPeople().accountId(classic.id()).build()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(names(search.search(LinkedInSearch.salesNavigatorPeople().accountId(sales.id()).keywords("java")
                .location(IncludeExclude.include(PARIS, LONDON).andExclude(LONDON)).build())))
                .containsExactly("Ada Lovelace");
        assertThat(names(search.search(LinkedInSearch.salesNavigatorPeople().accountId(sales.id())
                .company(IncludeExclude.include("Globex")).build()))).containsExactly("Alan Turing");

        assertThatThrownBy(() -> search.search(LinkedInSearch.recruiterPeople().accountId(sales.id()).build()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(names(search.search(LinkedInSearch.recruiterPeople().accountId(recruiter.id())
                .location(RecruiterCriterion.id(PARIS)).company(RecruiterCriterion.keywords("Acme")
                        .priority(RecruiterPriority.DOESNT_HAVE)).build()))).containsExactly("Grace Hopper");
    }

    @Test
    void companiesFilterByIndustryHeadcountLocationAndOpenJobs(UnipileClient client) {
        LinkedInSearchClient search = client.linkedin().search();

        assertThat(all(search, LinkedInSearch.classicCompanies().accountId(classic.id()).industry(SOFTWARE)
                .headcount(SearchRange.of(11, 50)).hasJobOffers(true).build(), CompanyResult.class,
                CompanyResult::name)).containsExactly("Acme Robotics");
        assertThat(all(search, LinkedInSearch.classicCompanies().accountId(classic.id()).location(LONDON).build(),
                CompanyResult.class, CompanyResult::name)).containsExactly("Globex");
        assertThat(all(search, LinkedInSearch.salesNavigatorCompanies().accountId(sales.id())
                .location(IncludeExclude.exclude(LONDON)).build(), CompanyResult.class, CompanyResult::headcount))
                .containsExactly("11-50");
    }

    @Test
    void postsAndJobsFilterAndSort(UnipileClient client) {
        LinkedInSearchClient search = client.linkedin().search();

        assertThat(all(search, LinkedInSearch.classicPosts().accountId(classic.id()).keywords("java")
                .sortBy(SearchSortOrder.DATE).build(), PostResult.class, PostResult::text))
                .containsExactly("Globex hires Java engineers", "Acme hires Java engineers");
        assertThat(all(search, LinkedInSearch.classicPosts().accountId(classic.id())
                .postedBy(PostedBy.builder().company(acme.id()).build()).build(), PostResult.class,
                p -> p.author().name())).containsExactly("Acme Robotics");

        assertThat(all(search, LinkedInSearch.classicJobs().accountId(classic.id()).keywords("java").build(),
                JobResult.class, JobResult::title)).containsExactly("Java developer", "Java lead");
        assertThat(all(search, LinkedInSearch.classicJobs().accountId(classic.id()).presence(JobPresence.REMOTE)
                .jobType(JobType.FULL_TIME).location(PARIS).build(), JobResult.class, j -> j.company().name()))
                .containsExactly("Acme Robotics");
        assertThat(all(search, LinkedInSearch.classicJobs().accountId(classic.id()).sortBy(SearchSortOrder.DATE)
                .company(globex.id(), acme.id()).build(), JobResult.class, JobResult::title))
                .containsExactly("Java lead", "Java developer");
    }

    @Test
    void aSearchUrlIsReadForItsCategoryAndKeywords(UnipileClient client) {
        LinkedInSearchPage page = client.linkedin().search().search(LinkedInSearch
                .fromUrl("https://www.linkedin.com/search/results/people/?keywords=kotlin&origin=GLOBAL")
                .accountId(classic.id()).build());

        assertThat(names(page)).containsExactly("Grace Hopper");
        assertThatThrownBy(() -> client.linkedin().search().search(LinkedInSearch
                .fromUrl("https://www.linkedin.com/feed/").accountId(classic.id()).build()))
                .isInstanceOfSatisfying(UnipileApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.type()).contains("errors/invalid_url");
                });
    }

    @Test
    void theWireIsReadStrictly(FakeUnipileServer server) {
        Http http = new Http(server);
        String search = "/api/v1/linkedin/search?account_id=" + classic.id();

        assertThat(error(http.postJson(search, "{\"api\":\"classic\",\"category\":\"people\",\"tenure\":[]}")))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(search, "{\"api\":\"classic\",\"category\":\"groups\"}")))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(search + "&limit=51", "{\"api\":\"classic\",\"category\":\"people\"}")))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(search, "{\"cursor\":\"bm9wZQ\"}"))).isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson(search, "{\"url\":\"https://www.linkedin.com/jobs/search/\",\"api\":\"x\"}")))
                .isEqualTo("400 errors/invalid_parameters");
        assertThat(error(http.postJson("/api/v1/linkedin/search", "{\"api\":\"classic\",\"category\":\"people\"}")))
                .isEqualTo("400 errors/missing_parameters");
        assertThat(error(http.get("/api/v1/linkedin/search/parameters?type=CITY&account_id=" + classic.id())))
                .isEqualTo("400 errors/invalid_parameters");

        // The query's cursor continues a search too, whatever the body.
        HttpResponse<String> first = http.postJson(search + "&limit=2", "{\"api\":\"classic\",\"category\":\"people\"}");
        String cursor = Http.json(first).get("cursor").asText();
        JsonNode rest = Http.json(http.postJson(search + "&cursor=" + cursor, "{}"));
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.get("items").get(0).get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(rest.get("paging").get("start").asInt()).isEqualTo(2);
    }

    private static String error(HttpResponse<String> response) {
        return response.statusCode() + " " + Http.json(response).get("type").asText();
    }

    @Test
    void theDemoSeedCoversSearch() {
        try (FakeUnipileServer demo = FakeUnipileServer.builder().build().start();
             UnipileClient client = UnipileClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            DemoData.load(demo.state());
            String alice = demo.state().accounts().stream()
                    .filter(a -> a.type().equals(io.unipile.accounts.AccountType.LINKEDIN)).findFirst().orElseThrow()
                    .id();
            LinkedInSearchClient search = client.linkedin().search();

            assertThat(search.parameters(alice, SearchParameterType.LOCATION, "lyon")).extracting(SearchParameter::id)
                    .containsExactly(LinkedInDemoData.LYON_LOCATION_ID);
            assertThat(all(search, LinkedInSearch.classicPeople().accountId(alice).keywords("java").build(),
                    PersonResult.class, PersonResult::name)).containsExactly("Bob Durand", "Grace Lee", "Hiro Tanaka");
            assertThat(all(search, LinkedInSearch.recruiterPeople().accountId(alice)
                    .currentCompany(RecruiterCriterion.id(LinkedInDemoData.ACME_COMPANY_ID)).build(),
                    PersonResult.class, PersonResult::id)).containsExactly(LinkedInDemoData.GRACE_MEMBER_ID);
            assertThat(all(search, LinkedInSearch.classicJobs().accountId(alice).keywords("backend").build(),
                    JobResult.class, JobResult::id)).containsExactly(LinkedInDemoData.BACKEND_JOB_ID);
            assertThat(all(search, LinkedInSearch.classicPosts().accountId(alice).keywords("warehouse").build(),
                    PostResult.class, p -> p.reactionCounter() + " reactions")).containsExactly("42 reactions");
        }
    }
}
