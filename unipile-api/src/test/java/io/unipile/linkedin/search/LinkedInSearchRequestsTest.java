package io.unipile.linkedin.search;

import io.unipile.internal.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each search's body in the spec's names, and bad values refused naming the field before anything is sent. */
class LinkedInSearchRequestsTest {

    /** The JSON of {@code text} (single quotes for double), as bytes would compare: order and numbers included. */
    private static String json(String text) throws IOException {
        return Json.mapper().readTree(text.replace('\'', '"')).toString();
    }

    @Test
    void classicPeopleWritesItsFilters() throws IOException {
        LinkedInSearchRequest r = LinkedInSearch.classicPeople().accountId("acc").limit(50)
                .keywords("java developer").location("105015875", "90009706").industry("4")
                .networkDistance(NetworkDistance.FIRST, NetworkDistance.SECOND).profileLanguage("fr")
                .openTo(OpenTo.PRO_BONO).advancedKeywords(AdvancedKeywords.title("CTO")).build();

        assertThat(r.accountId()).isEqualTo("acc");
        assertThat(r.limit()).isEqualTo(50);
        assertThat(r.api()).isSameAs(SearchApi.CLASSIC);
        assertThat(r.category()).isSameAs(SearchCategory.PEOPLE);
        assertThat(r.body().toString()).isEqualTo(json("{'api':'classic','category':'people','keywords':'java developer',"
                + "'location':['105015875','90009706'],'industry':['4'],'network_distance':[1,2],"
                + "'profile_language':['fr'],'open_to':['proBono'],'advanced_keywords':{'title':'CTO'}}"));
    }

    @Test
    void classicCompaniesPostsAndJobsWriteTheirFilters() throws IOException {
        assertThat(LinkedInSearch.classicCompanies().accountId("acc").keywords("cloud").hasJobOffers(true)
                .headcount(SearchRange.of(11, 50), SearchRange.atLeast(10001)).build().body().toString())
                .isEqualTo(json("{'api':'classic','category':'companies','keywords':'cloud','has_job_offers':true,"
                        + "'headcount':[{'min':11,'max':50},{'min':10001}]}"));
        assertThat(LinkedInSearch.classicPosts().accountId("acc").keywords("kotlin").sortBy(SearchSortOrder.DATE)
                .datePosted(PostDate.PAST_WEEK).contentType(PostContentType.VIDEOS)
                .postedBy(PostedBy.builder().company("1441").firstConnections(true).build())
                .mentioning(Mentioning.members("ACoAAA")).author(PostAuthorFilter.keywords("founder")).build().body().toString())
                .isEqualTo(json("{'api':'classic','category':'posts','keywords':'kotlin','sort_by':'date',"
                        + "'date_posted':'past_week','content_type':'videos','posted_by':{'company':['1441'],"
                        + "'first_connections':true},'mentioning':{'member':['ACoAAA']},"
                        + "'author':{'keywords':'founder'}}"));
        assertThat(LinkedInSearch.classicJobs().accountId("acc").keywords("backend").region("105015875")
                .datePosted(7).jobType(JobType.FULL_TIME).presence(JobPresence.REMOTE, JobPresence.HYBRID)
                .seniority(JobExperienceLevel.MID_SENIOR).function("it").easyApply(true)
                .benefits(JobBenefit.RETIREMENT_401K).minimumSalary(MinimumSalary.gbp(50)).build().body().toString())
                .isEqualTo(json("{'api':'classic','category':'jobs','keywords':'backend','region':'105015875',"
                        + "'date_posted':7,'job_type':['full_time'],'presence':['remote','hybrid'],"
                        + "'seniority':['mid_senior'],'function':['it'],'easy_apply':true,'benefits':['401(k)'],"
                        + "'minimum_salary':{'currency':'GBP','value':50}}"));
    }

    @Test
    void salesNavigatorWritesIncludeExcludeFilters() throws IOException {
        assertThat(LinkedInSearch.salesNavigatorPeople().accountId("acc").limit(100).keywords("cto")
                .location(IncludeExclude.include("105015875").andExclude("90009706"))
                .company(IncludeExclude.include("Acme", "1441"))
                .seniority(IncludeExclude.include(SalesNavigatorSeniority.OWNER_PARTNER, SalesNavigatorSeniority.CXO))
                .locationByPostalCode(IncludeExclude.include("75001").withinArea(10))
                .tenure(SearchRange.of(1, 2)).networkDistance(NetworkDistance.GROUP)
                .lastViewedAt(Instant.ofEpochSecond(1_700_000_000)).changedJobs(true).build().body().toString())
                .isEqualTo(json("{'api':'sales_navigator','category':'people','keywords':'cto',"
                        + "'location':{'include':['105015875'],'exclude':['90009706']},"
                        + "'company':{'include':['Acme','1441']},"
                        + "'seniority':{'include':['owner/partner','cxo']},"
                        + "'location_by_postal_code':{'include':['75001'],'within_area':10},"
                        + "'tenure':[{'min':1,'max':2}],'network_distance':['GROUP'],"
                        + "'last_viewed_at':1700000000,'changed_jobs':true}"));
        assertThat(LinkedInSearch.salesNavigatorCompanies().accountId("acc").keywords("saas")
                .annualRevenue(AnnualRevenue.of("USD", "2.5", "1001")).headcountGrowth(SearchRange.of(-10, 20))
                .departmentHeadcount(DepartmentHeadcount.of(SearchRange.atLeast(5), "8"))
                .accountLists(IncludeExclude.include("ALL")).recentActivities(CompanyActivity.FUNDING_EVENTS)
                .build().body().toString())
                .isEqualTo(json("{'api':'sales_navigator','category':'companies','keywords':'saas',"
                        + "'annual_revenue':{'currency':'USD','min':2.5,'max':1001},"
                        + "'headcount_growth':{'min':-10,'max':20},'department_headcount':{'department':['8'],"
                        + "'min':5},'account_lists':{'include':['ALL']},'recent_activities':['funding_events']}"));
    }

    @Test
    void recruiterWritesItsCriteria() throws IOException {
        assertThat(LinkedInSearch.recruiterPeople().accountId("acc").keywords("developers AND java")
                .location(RecruiterCriterion.id("105015875").priority(RecruiterPriority.MUST_HAVE)
                        .scope(RecruiterScope.CURRENT_OR_OPEN_TO_RELOCATE).title("France"))
                .role(RecruiterCriterion.id("9").selection(true), RecruiterCriterion.keywords("architect")
                        .scope(RecruiterScope.CURRENT))
                .skills(RecruiterCriterion.keywords("kotlin"))
                .spokenLanguages(SpokenLanguage.of("French").proficiency(LanguageProficiency.NATIVE_OR_BILINGUAL))
                .graduationYear(SearchRange.of(2010, 2020)).hidePreviouslyViewed(30)
                .recruitingActivity(RecruitingActivity.of(RecruitingActivityType.MESSAGES).withinDays(90))
                .firstName("Ada").networkDistance(NetworkDistance.GROUP).build().body().toString())
                .isEqualTo(json("{'api':'recruiter','category':'people','keywords':'developers AND java',"
                        + "'location':[{'id':'105015875','priority':'MUST_HAVE',"
                        + "'scope':'CURRENT_OR_OPEN_TO_RELOCATE','title':'France'}],"
                        + "'role':[{'id':'9','is_selection':true},{'keywords':'architect','scope':'CURRENT'}],"
                        + "'skills':[{'keywords':'kotlin'}],"
                        + "'spoken_languages':[{'language':'French','scope':'NATIVE_OR_BILINGUAL'}],"
                        + "'graduation_year':{'min':2010,'max':2020},'hide_previously_viewed':{'timespan':30},"
                        + "'recruiting_activity':[{'id':'messages','timespan':90}],'first_name':['Ada'],"
                        + "'network_distance':['GROUP']}"));
    }

    @Test
    void aUrlOrACursorIsTheWholeBody() throws IOException {
        LinkedInSearchRequest url = LinkedInSearch.fromUrl("https://www.linkedin.com/search/results/people/?keywords=a")
                .accountId("acc").build();
        assertThat(url.body().toString()).isEqualTo(json("{'url':'https://www.linkedin.com/search/results/people/?keywords=a'}"));
        assertThat(url.api()).isNull();

        LinkedInSearchRequest next = LinkedInSearch.classicPeople().accountId("acc").limit(25).keywords("x").build()
                .continueAt("Y3Vyc29y");
        assertThat(next.body().toString()).isEqualTo(json("{'cursor':'Y3Vyc29y'}"));
        assertThat(next.accountId()).isEqualTo("acc");
        assertThat(next.limit()).isEqualTo(25);
        assertThat(LinkedInSearch.continueAt("Y3Vyc29y").accountId("acc").limit(25).build()).isEqualTo(next);
    }

    @Test
    void aRequestIsImmutableAndItsBodyACopy() {
        ClassicPeopleSearch builder = LinkedInSearch.classicPeople().accountId("acc").keywords("one");
        LinkedInSearchRequest first = builder.build();
        builder.keywords("two");
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.body()).put("keywords", "changed");

        assertThat(first.body().get("keywords").asText()).isEqualTo("one");
        assertThat(builder.build().body().get("keywords").asText()).isEqualTo("two");
        assertThat(first).isNotEqualTo(builder.build()).hasSameHashCodeAs(LinkedInSearch.classicPeople()
                .accountId("acc").keywords("one").build());
    }

    @Test
    void badValuesFailNamingTheField() {
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().keywords("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("accountId is required");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().limit(51))
                .hasMessage("limit must be between 0 and 50 but was 51");
        assertThatThrownBy(() -> LinkedInSearch.salesNavigatorPeople().limit(101))
                .hasMessage("limit must be between 0 and 100 but was 101");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().pastCompany("1441", "Acme"))
                .hasMessageStartingWith("pastCompany[1] must be a LinkedIn id (digits");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().location())
                .hasMessage("location needs at least one value");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().keywords(" "))
                .hasMessage("keywords must not be blank");
        assertThatThrownBy(() -> LinkedInSearch.classicPeople().profileLanguage("fra"))
                .hasMessageStartingWith("profileLanguage[0] must have 2 characters");
        assertThatThrownBy(() -> LinkedInSearch.classicCompanies().networkDistance(NetworkDistance.GROUP))
                .hasMessage("networkDistance[0] cannot be GROUP in this search");
        assertThatThrownBy(() -> LinkedInSearch.classicCompanies().headcount(SearchRange.of(12, 50)))
                .hasMessage("headcount[0].min must be one of [1, 11, 51, 201, 501, 1001, 5001, 10001] but was 12");
        assertThatThrownBy(() -> LinkedInSearch.salesNavigatorPeople()
                .location(IncludeExclude.include("1").withinArea(5)))
                .hasMessage("location.withinArea applies to postal codes only");
        assertThatThrownBy(() -> LinkedInSearch.salesNavigatorPeople().location(IncludeExclude.include("Paris")))
                .hasMessageStartingWith("location.include[0] must be a LinkedIn id");
        assertThatThrownBy(() -> LinkedInSearch.classicJobs().function("IT"))
                .hasMessageStartingWith("function[0] must be a LinkedIn id (lower-case letters");
        assertThatThrownBy(() -> MinimumSalary.usd(50))
                .hasMessage("minimumSalary.thousands must be one of [40, 60, 80, 100, 120, 140, 160, 180, 200] for "
                        + "USD but was 50");
        assertThatThrownBy(() -> LinkedInSearch.recruiterPeople().currentCompany(RecruiterCriterion.keywords("x")))
                .hasMessage("currentCompany[0] takes an id, not keywords");
        assertThatThrownBy(() -> LinkedInSearch.recruiterPeople().role(RecruiterCriterion.id("9")))
                .hasMessage("role[0].selection is required for a job title given by id");
        assertThatThrownBy(() -> LinkedInSearch.recruiterPeople()
                .company(RecruiterCriterion.id("1").scope(RecruiterScope.OPEN_TO_WORK)))
                .hasMessage("company[0].scope must be one of [CURRENT, CURRENT_OR_PAST, PAST, PAST_NOT_CURRENT] "
                        + "but was OPEN_TO_WORK");
        assertThatThrownBy(() -> LinkedInSearch.recruiterPeople().graduationYear(SearchRange.of(999, 2000)))
                .hasMessage("graduationYear must be within 1000 and 9999 but was 999");
        assertThatThrownBy(() -> LinkedInSearch.fromUrl("https://evil.example/search?x=linkedin.com"))
                .hasMessageStartingWith("url must be an https URL of linkedin.com");
        assertThatThrownBy(() -> LinkedInSearch.continueAt(""))
                .hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> SearchParametersRequest.builder("acc", SearchParameterType.LOCATION).limit(0)
                .build()).hasMessage("limit must be between 1 and 100 but was 0");
        assertThatThrownBy(() -> SearchParametersRequest.builder("acc", null).build())
                .hasMessage("type is required");
    }
}
