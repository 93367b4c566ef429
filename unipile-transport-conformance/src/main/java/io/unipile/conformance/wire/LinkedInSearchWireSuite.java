package io.unipile.conformance.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.linkedin.search.AdvancedKeywords;
import io.unipile.linkedin.search.CompanyResult;
import io.unipile.linkedin.search.IncludeExclude;
import io.unipile.linkedin.search.JobResult;
import io.unipile.linkedin.search.JobType;
import io.unipile.linkedin.search.LinkedInSearch;
import io.unipile.linkedin.search.LinkedInSearchPage;
import io.unipile.linkedin.search.LinkedInSearchRequest;
import io.unipile.linkedin.search.NetworkDistance;
import io.unipile.linkedin.search.PersonResult;
import io.unipile.linkedin.search.PostDate;
import io.unipile.linkedin.search.PostResult;
import io.unipile.linkedin.search.RecruiterCriterion;
import io.unipile.linkedin.search.RecruiterPriority;
import io.unipile.linkedin.search.SalesNavigatorSeniority;
import io.unipile.linkedin.search.SearchParameter;
import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.linkedin.search.SearchParametersRequest;
import io.unipile.linkedin.search.SearchRange;
import io.unipile.linkedin.search.SearchResult;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LinkedIn search on the wire: each category's exact JSON body and query, the URL form, the cursor continuation in
 * the body, the parameters lookup; the spec's replies (rendered from its schemas, one per kind of result) parse.
 */
public abstract class LinkedInSearchWireSuite extends WireSuiteBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "acc/1 é";
    private static final String SEARCH = "/api/v1/linkedin/search";

    private static String json(String singleQuoted) throws Exception {
        return JSON.readTree(singleQuoted.replace('\'', '"')).toString();
    }

    private Recorded assertSearchRequest(String query, String body) throws Exception {
        Recorded r = server.takeRequest();
        assertCommonHeaders(r);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo(SEARCH);
        assertThat(r.rawQuery()).isEqualTo(query);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length));
        assertThat(r.bodyText()).isEqualTo(json(body));
        return r;
    }

    @Test
    void classicPeopleSendsItsFiltersAndParsesPeople() throws Exception {
        server.enqueue(Reply.json(200, resource("linkedin-search-people.json")));

        LinkedInSearchPage page = client.linkedin().search().search(LinkedInSearch.classicPeople().accountId(ACCOUNT)
                .limit(25).keywords("java & kotlin").location("105015875").networkDistance(NetworkDistance.SECOND)
                .advancedKeywords(AdvancedKeywords.name("Ada", null)).build());

        assertSearchRequest("limit=25&account_id=acc%2F1%20%C3%A9", "{'api':'classic','category':'people',"
                + "'keywords':'java & kotlin','location':['105015875'],'network_distance':[2],"
                + "'advanced_keywords':{'first_name':'Ada'}}");
        assertThat(page.object()).isEqualTo("LinkedinSearch");
        assertThat(page.paging().totalCount()).isZero();
        assertThat(page.cursor()).isEqualTo("string");
        assertThat(page.config().path("params").path("api").asText()).isEqualTo("classic");
        PersonResult person = (PersonResult) page.items().get(0);
        assertThat(person.headline()).isEqualTo("string");
        assertThat(person.extra()).isEmpty();
    }

    @Test
    void everyOtherCategorySendsItsShape() throws Exception {
        Map<LinkedInSearchRequest, String> bodies = new LinkedHashMap<>();
        bodies.put(LinkedInSearch.classicCompanies().accountId("a").headcount(SearchRange.of(51, 200)).build(),
                "{'api':'classic','category':'companies','headcount':[{'min':51,'max':200}]}");
        bodies.put(LinkedInSearch.classicPosts().accountId("a").datePosted(PostDate.PAST_DAY).build(),
                "{'api':'classic','category':'posts','date_posted':'past_day'}");
        bodies.put(LinkedInSearch.classicJobs().accountId("a").jobType(JobType.CONTRACT).build(),
                "{'api':'classic','category':'jobs','job_type':['contract']}");
        bodies.put(LinkedInSearch.salesNavigatorPeople().accountId("a").seniority(
                IncludeExclude.exclude(SalesNavigatorSeniority.IN_TRAINING)).build(),
                "{'api':'sales_navigator','category':'people','seniority':{'exclude':['in_training']}}");
        bodies.put(LinkedInSearch.salesNavigatorCompanies().accountId("a").industry(IncludeExclude.include("4"))
                .build(), "{'api':'sales_navigator','category':'companies','industry':{'include':['4']}}");
        bodies.put(LinkedInSearch.recruiterPeople().accountId("a").skills(RecruiterCriterion.id("77")
                .priority(RecruiterPriority.CAN_HAVE)).build(),
                "{'api':'recruiter','category':'people','skills':[{'id':'77','priority':'CAN_HAVE'}]}");
        List<String> replies = List.of("company", "post", "job", "people", "company", "people");

        int i = 0;
        for (Map.Entry<LinkedInSearchRequest, String> e : bodies.entrySet()) {
            server.enqueue(Reply.json(200, resource("linkedin-search-" + replies.get(i++) + ".json")));
            SearchResult first = client.linkedin().search().search(e.getKey()).items().get(0);
            assertSearchRequest("account_id=a", e.getValue());
            assertThat(first.extra()).isEmpty();
        }
    }

    @Test
    void theSpecsRepliesOfEachKindParse() throws Exception {
        server.enqueue(Reply.json(200, resource("linkedin-search-company.json")),
                Reply.json(200, resource("linkedin-search-post.json")),
                Reply.json(200, resource("linkedin-search-job.json")));
        LinkedInSearchRequest any = LinkedInSearch.classicPeople().accountId("a").build();

        assertThat(client.linkedin().search().search(any).items()).singleElement()
                .isInstanceOfSatisfying(CompanyResult.class, c -> assertThat(c.summary()).isEqualTo("string"));
        assertThat(client.linkedin().search().searchAsync(any).join().items()).singleElement()
                .isInstanceOfSatisfying(PostResult.class, p -> assertThat(p.author().isCompany()).isTrue());
        assertThat(client.linkedin().search().search(any).items()).singleElement()
                .isInstanceOfSatisfying(JobResult.class, j -> assertThat(j.company().name()).isEqualTo("string"));
    }

    @Test
    void aUrlSearchSendsOnlyTheUrl() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"LinkedinSearch\",\"items\":[],\"config\":{},"
                + "\"paging\":{\"start\":null,\"page_count\":0,\"total_count\":0},\"cursor\":null}"));

        LinkedInSearchPage page = client.linkedin().search().search(LinkedInSearch.fromUrl(
                "https://www.linkedin.com/sales/search/people?query=(keywords%3Acto)").accountId("a").limit(100)
                .build());

        assertSearchRequest("limit=100&account_id=a",
                "{'url':'https://www.linkedin.com/sales/search/people?query=(keywords%3Acto)'}");
        assertThat(page.items()).isEmpty();
        assertThat(page.paging().start()).isNull();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void searchAllSendsEachNextCursorInTheBodyAndStopsOnNull() throws Exception {
        String people = resource("linkedin-search-people.json");
        server.enqueue(Reply.json(200, people.replace("\"cursor\": \"string\"", "\"cursor\": \"c1+/=\"")),
                Reply.json(200, people.replace("\"cursor\": \"string\"", "\"cursor\": \"c2\"")),
                Reply.json(200, people.replace("\"cursor\": \"string\"", "\"cursor\": null")));

        List<SearchResult> all = client.linkedin().search().searchAll(LinkedInSearch.salesNavigatorPeople()
                .accountId("a").limit(100).keywords("cto").build()).stream().toList();

        assertThat(all).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(PersonResult.class));
        assertSearchRequest("limit=100&account_id=a", "{'api':'sales_navigator','category':'people','keywords':'cto'}");
        assertSearchRequest("limit=100&account_id=a", "{'cursor':'c1+/='}");
        assertSearchRequest("limit=100&account_id=a", "{'cursor':'c2'}");
        assertThat(server.pendingRequests()).isZero();
    }

    @Test
    void parametersAreAGetWithTheirQuery() throws Exception {
        server.enqueue(Reply.json(200, resource("linkedin-search-parameters.json")),
                Reply.json(200, resource("linkedin-search-parameters.json")));

        List<SearchParameter> found = client.linkedin().search().parameters(SearchParametersRequest
                .builder(ACCOUNT, SearchParameterType.SALES_INDUSTRY).keywords("soft ware").limit(100).build());
        client.linkedin().search().parametersAsync(SearchParametersRequest
                .builder("a", SearchParameterType.of("NEW_TYPE")).build()).join();

        Recorded r = server.takeRequest();
        assertCommonHeaders(r);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/api/v1/linkedin/search/parameters");
        assertThat(r.rawQuery()).isEqualTo("limit=100&keywords=soft%20ware&type=SALES_INDUSTRY"
                + "&account_id=acc%2F1%20%C3%A9");
        assertThat(r.body()).isEmpty();
        assertThat(server.takeRequest().rawQuery()).isEqualTo("type=NEW_TYPE&account_id=a");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("string");
            assertThat(p.additionalData()).containsKey("additionalProp");
        });
    }

    @Test
    void badSearchesFailBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.linkedin().search().search(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
        assertThatThrownBy(() -> client.linkedin().search().searchAll(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().accountId("a").location("Paris"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("location[0]");
        assertThat(server.pendingRequests()).isZero();
    }
}
