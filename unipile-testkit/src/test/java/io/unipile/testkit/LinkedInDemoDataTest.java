package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.testkit.linkedin.LinkedInDemoData;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo seed answers every LinkedIn route with data, the Recruiter flow included. */
class LinkedInDemoDataTest {
    private static final String ALICE = DemoData.LINKEDIN_ACCOUNT_ID;

    private final FakeUnipileServer server = FakeUnipileServer.builder().build().start();
    private final Http http = new Http(server);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void everyLinkedInRouteAnswersWithTheDemoData() {
        DemoData.load(server.state());
        String acc = "account_id=" + ALICE;
        String body = "{\"account_id\":\"" + ALICE + "\"";
        String jobs = "/api/v1/linkedin/jobs";

        JsonNode company = ok(http.get("/api/v1/linkedin/company/acme-robotics?" + acc));
        assertThat(company.get("id").asText()).isEqualTo(LinkedInDemoData.ACME_COMPANY_ID);
        assertThat(ok(http.get("/api/v1/linkedin/inmail_balance?" + acc)).get("recruiter").asInt()).isEqualTo(27);
        assertThat(ok(http.postJson("/api/v1/linkedin", body + ",\"request_url\":\"" + LinkedInDemoData.RAW_ME_URL
                + "\"}")).get("data").get("firstName").asText()).isEqualTo("Alice");

        JsonNode projects = ok(http.get("/api/v1/linkedin/projects?" + acc));
        assertThat(projects.get("items").get(0).get("job_posting").get("id").asText())
                .isEqualTo(LinkedInDemoData.BACKEND_JOB_ID);
        ok(http.get("/api/v1/linkedin/projects/" + LinkedInDemoData.BACKEND_PROJECT_ID + "?" + acc));
        assertThat(ok(http.get(jobs + "?" + acc)).get("items")).extracting(j -> j.get("id").asText())
                .containsExactly(LinkedInDemoData.BACKEND_JOB_ID);
        assertThat(ok(http.get(jobs + "?category=closed&" + acc)).get("items")).hasSize(1);
        JsonNode backend = ok(http.get(jobs + "/" + LinkedInDemoData.BACKEND_JOB_ID + "?service=RECRUITER&" + acc));
        assertThat(backend.get("applicants_counter").asInt()).isEqualTo(3);

        JsonNode applicants = ok(http.get(jobs + "/" + LinkedInDemoData.BACKEND_JOB_ID
                + "/applicants?service=RECRUITER&ratings=GOOD_FIT&" + acc));
        JsonNode bob = applicants.get("items").get(0);
        assertThat(bob.get("id").asText()).isEqualTo(LinkedInDemoData.BOB_APPLICANT_ID);
        assertThat(server.state().chats()).as("Bob applied with the profile Alice already chats with")
                .anyMatch(c -> c.attendeeProviderIds().contains(bob.get("profile_id").asText()));
        ok(http.get(jobs + "/applicants/" + LinkedInDemoData.GRACE_APPLICANT_ID + "?" + acc));
        HttpResponse<byte[]> resume = http.getBytes(jobs + "/applicants/" + LinkedInDemoData.BOB_APPLICANT_ID
                + "/resume?service=RECRUITER&" + acc);
        assertThat(resume.statusCode()).isEqualTo(200);
        assertThat(new String(resume.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");

        ok(http.postJson("/api/v1/linkedin/user/AEMAAfrank", body + ",\"api\":\"recruiter\",\"action\":"
                + "\"addCandidateToPipeline\",\"hiring_project_id\":\"" + LinkedInDemoData.BACKEND_PROJECT_ID + "\"}"));
        ok(http.postJson("/api/v1/linkedin/profile/endorse", body + ",\"profile_id\":\"ACoAABob\","
                + "\"skill_endorsement_id\":7}"));

        String draft = jobs + "/" + LinkedInDemoData.DATA_DRAFT_ID;
        ok(http.patchJson(draft, body + ",\"description\":\"<p>Remote data engineer</p>\"}"));
        JsonNode checkpoint = ok(http.postJson(draft + "/publish", body + ",\"mode\":\"PROMOTED\"}"));
        assertThat(checkpoint.get("type").asText()).isEqualTo("OTP");
        assertThat(ok(http.postJson(draft + "/checkpoint", body + ",\"input\":\"" + LinkedInDemoData.CHECKPOINT_CODE
                + "\"}")).get("job_state").asText()).isEqualTo("active");
        JsonNode created = ok(http.postJson(jobs, body + ",\"job_title\":{\"text\":\"QA engineer\"},\"company\":"
                + "{\"id\":\"" + LinkedInDemoData.GLOBEX_COMPANY_ID + "\"},\"workplace\":\"ON_SITE\",\"location\":\""
                + LinkedInDemoData.PARIS_LOCATION_ID + "\",\"description\":\"<p>Test all the things</p>\"}"));
        assertThat(created.get("publish_options").get("free").get("eligible").asBoolean())
                .as("the Recruiter posting went out for free").isFalse();
        ok(http.send(http.request(draft + "/close?" + acc).POST(HttpRequest.BodyPublishers.noBody()).build()));

        // The search: a location id looked up, then members found by keywords in that location.
        JsonNode places = ok(http.get("/api/v1/linkedin/search/parameters?type=LOCATION&keywords=Paris&" + acc));
        assertThat(places.get("items")).isNotEmpty();
        JsonNode found = ok(http.postJson("/api/v1/linkedin/search?" + acc, "{\"api\":\"classic\","
                + "\"category\":\"people\",\"keywords\":\"engineer\"}"));
        assertThat(found.get("items")).isNotEmpty();

        Set<Route> answered = new HashSet<>();
        server.journal().requests().stream().filter(r -> r.responseStatus() / 100 == 2)
                .forEach(r -> r.route().ifPresent(answered::add));
        assertThat(answered).containsAll(Routes.all().stream()
                .filter(r -> r.template().startsWith("/api/v1/linkedin")).toList()).hasSize(19);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
