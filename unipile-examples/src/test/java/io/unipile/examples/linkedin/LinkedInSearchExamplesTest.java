package io.unipile.examples.linkedin;

import io.unipile.UnipileClient;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.linkedin.LinkedInDemoData;
import io.unipile.linkedin.search.SearchParameterType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search examples against the fake's demo data: each category finds what the demo seeds. */
@FakeUnipile(seed = FakeUnipile.Seed.DEMO)
class LinkedInSearchExamplesTest {
    FakeUnipileServer server;
    UnipileClient client;

    private LinkedInSearchExamples alice() {
        return new LinkedInSearchExamples(client, DemoData.LINKEDIN_ACCOUNT_ID);
    }

    @Test
    void classicSearchesFindTheDemosMembersCompaniesPostsAndJobs() {
        LinkedInSearchExamples examples = alice();

        assertThat(examples.locationId("paris")).isEqualTo(LinkedInDemoData.PARIS_LOCATION_ID);
        assertThat(examples.javaEngineersIn("Lyon")).containsExactly("Bob Durand");
        assertThat(examples.midSizeCompanies("robots")).containsExactly("Acme Robotics");
        assertThat(examples.latestPostsAbout("acme")).containsExactly(
                "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001");
        assertThat(examples.remoteJobs("engineer")).containsExactly("Senior backend engineer");
        assertThat(examples.fromBrowser("https://www.linkedin.com/search/results/people/?keywords=architect"))
                .hasSize(1);
    }

    @Test
    void recruiterAndSalesNavigatorSearches() {
        assertThat(alice().candidates("java", LinkedInDemoData.ACME_COMPANY_ID))
                .containsExactly("Bob Durand", "Hiro Tanaka");

        FakeAccount sales = server.state().linkedin().addLinkedInAccount("sales_navigator");
        server.state().linkedin().search().addParameter(SearchParameterType.SALES_INDUSTRY, "96", "Software");
        server.state().linkedin().addCompany(io.unipile.testkit.linkedin.FakeCompany.builder("Initech")
                .id("1000003").industries("Software").build());
        LinkedInSearchExamples examples = new LinkedInSearchExamples(client, sales.id());
        assertThat(examples.leadsAt("Globex", LinkedInDemoData.PARIS_LOCATION_ID)).containsExactly("Hiro Tanaka");
        assertThat(examples.accountsIn("96")).containsExactly("Initech");
    }
}
