package io.unipile.testkit.linkedin;

import io.unipile.linkedin.ApplicantRating;
import io.unipile.linkedin.EmploymentStatus;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.JobSeniority;
import io.unipile.linkedin.JobWorkplace;
import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeUnipileState;
import io.unipile.testkit.FileContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The LinkedIn part of {@link io.unipile.testkit.DemoData}, with stable ids: the demo LinkedIn account (Alice) also
 * subscribes to Recruiter; two companies; a hiring project whose active Recruiter posting has three applicants (Bob,
 * whose chat with Alice the messaging demo holds, and Grace with a resume each; Frank without); a classic draft, whose
 * publishing asks for a one-time password ({@link #CHECKPOINT_CODE}); a closed classic posting with one applicant;
 * LinkedIn's raw answer to {@code GET https://www.linkedin.com/voyager/api/me}. For search: three members (Bob in
 * Lyon, Grace at Acme in Paris, Hiro at Globex in London), two posts, two industries and three locations as search
 * parameters. Every LinkedIn route answers with it.
 */
public final class LinkedInDemoData {
    /** Acme Robotics, public identifier {@code acme-robotics}. */
    public static final String ACME_COMPANY_ID = "1000001";
    /** Globex, public identifier {@code globex}. */
    public static final String GLOBEX_COMPANY_ID = "1000002";
    /** The location id of Paris, as the demo names it. */
    public static final String PARIS_LOCATION_ID = "100000001";
    /** The hiring project "Backend engineers". */
    public static final String BACKEND_PROJECT_ID = "demoHiringProject001";
    /** The active Recruiter posting of {@link #BACKEND_PROJECT_ID}, with three applicants. */
    public static final String BACKEND_JOB_ID = "4000000001";
    /** A classic draft; publishing it asks for the one-time password {@link #CHECKPOINT_CODE}. */
    public static final String DATA_DRAFT_ID = "4000000002";
    /** A closed classic posting, with one applicant. */
    public static final String CLOSED_JOB_ID = "4000000003";
    /** Bob's application to {@link #BACKEND_JOB_ID}; his profile id is the one of his chat with Alice. */
    public static final String BOB_APPLICANT_ID = "500000000001";
    /** Grace's application to {@link #BACKEND_JOB_ID}. */
    public static final String GRACE_APPLICANT_ID = "500000000002";
    /** Frank's application to {@link #BACKEND_JOB_ID}, without a resume. */
    public static final String FRANK_APPLICANT_ID = "500000000003";
    /** The answer to the checkpoint of the account's next publish. */
    public static final String CHECKPOINT_CODE = "123456";
    /** The URL whose raw answer is seeded, for {@code GET}. */
    public static final String RAW_ME_URL = "https://www.linkedin.com/voyager/api/me";

    /** The location id of London. */
    public static final String LONDON_LOCATION_ID = "100000002";
    /** The location id of Lyon. */
    public static final String LYON_LOCATION_ID = "100000003";
    /** The industry parameter "Software Development". */
    public static final String SOFTWARE_INDUSTRY_ID = "4";
    /** The industry parameter "Automation Machinery Manufacturing", Acme's. */
    public static final String AUTOMATION_INDUSTRY_ID = "147";
    /** Grace Lee, the member search finds at Acme. */
    public static final String GRACE_MEMBER_ID = "ACoAAGraceDemo000000000000000000000000000";

    private static final String BOB = "ACoAABobDemo0000000000000000000000000000";

    private LinkedInDemoData() {
    }

    /** Adds the LinkedIn demo data; the demo LinkedIn account must be there already. */
    public static void load(FakeUnipileState state, String linkedinAccountId) {
        LinkedInState linkedin = state.linkedin();
        FakeAccount alice = state.account(linkedinAccountId).orElseThrow();
        FakeConnectionParams.Linkedin im = (FakeConnectionParams.Linkedin) alice.connectionParams();
        // The messaging demo's account, upgraded in place (same id, same place in listings) to a Recruiter seat.
        state.addAccount(alice.toBuilder().connectionParams(new FakeConnectionParams.Linkedin(im.id(),
                im.publicIdentifier(), im.username(), im.premiumId(), im.premiumContractId(),
                List.of("premium", "recruiter"), im.organizations(), im.proxy())).build());
        Instant base = Instant.parse("2025-05-20T08:00:00.000Z");

        FakeCompany acme = linkedin.addCompany(FakeCompany.builder("Acme Robotics").id(ACME_COMPANY_ID)
                .description("Acme Robotics builds warehouse robots.").tagline("Robots that lift")
                .website("https://acme-robotics.example").industries("Automation Machinery Manufacturing")
                .employeeCount(180).followersCount(12_400).build());
        linkedin.addCompany(FakeCompany.builder("Globex").id(GLOBEX_COMPANY_ID).description("Globex sells everything.")
                .organizationType("PUBLIC_COMPANY").headquarters("London", "GB").employeeCount(52_000)
                .followersCount(880_000).build());
        linkedin.addLocation(PARIS_LOCATION_ID, "Paris, Île-de-France, France");

        linkedin.addProject(new FakeHiringProject(BACKEND_PROJECT_ID, linkedinAccountId, "Backend engineers", null,
                null, base));
        linkedin.addJobPosting(FakeJobPosting.builder(linkedinAccountId, "Senior backend engineer")
                .id(BACKEND_JOB_ID).recruiter(BACKEND_PROJECT_ID).company(acme)
                .location("Paris, Île-de-France, France").workplace(JobWorkplace.HYBRID)
                .employmentStatus(EmploymentStatus.FULL_TIME).seniority(JobSeniority.MID_SENIOR_LEVEL)
                .functions(List.of("eng")).industries(List.of("4")).skills("Java", "PostgreSQL")
                .description("<p>Build the services our robots talk to.</p>")
                .screeningQuestions(List.of(new FakeJobPosting.ScreeningCriterion("Years of Java?", List.of("5"))))
                .viewsCounter(412).createdAt(base.plusSeconds(600))
                .published(JobPublishMode.FREE, base.plusSeconds(3_600)).build());
        linkedin.addApplicant(FakeApplicant.builder(BACKEND_JOB_ID, "Bob Durand").id(BOB_APPLICANT_ID)
                .profileId(BOB).publicIdentifier("bob-durand").headline("Backend engineer, Java and Kotlin")
                .location("Lyon, France").contact("bob.durand@example.com", "+33 6 12 34 56 78")
                .rating(ApplicantRating.GOOD_FIT).appliedAt(base.plusSeconds(86_400))
                .positions(new FakeApplicant.Position("Initech", "Backend engineer", 2020, 3, null, null),
                        new FakeApplicant.Position("Hooli", "Developer", 2016, 9, 2020, 2))
                .schools(new FakeApplicant.School("INSA Lyon", "Master", "Computer science", 2011, 9, 2016, 6))
                .answers(new FakeApplicant.Answer("Years of Java?", List.of("8"), true))
                .resume(resume("bob-durand-resume.pdf", "Bob Durand")).build());
        linkedin.addApplicant(FakeApplicant.builder(BACKEND_JOB_ID, "Grace Lee").id(GRACE_APPLICANT_ID)
                .publicIdentifier("grace-lee").headline("Staff engineer").location("Paris, France")
                .rating(ApplicantRating.MAYBE).appliedAt(base.plusSeconds(2 * 86_400))
                .answers(new FakeApplicant.Answer("Years of Java?", List.of("12"), true))
                .resume(resume("grace-lee-cv.pdf", "Grace Lee")).build());
        linkedin.addApplicant(FakeApplicant.builder(BACKEND_JOB_ID, "Frank Morel").id(FRANK_APPLICANT_ID)
                .publicIdentifier("frank-morel").headline("Student").location("Nantes, France")
                .appliedAt(base.plusSeconds(3 * 86_400))
                .answers(new FakeApplicant.Answer("Years of Java?", List.of("1"), false)).build());

        linkedin.addJobPosting(FakeJobPosting.builder(linkedinAccountId, "Data engineer").id(DATA_DRAFT_ID)
                .company(acme).location("Paris, Île-de-France, France").workplace(JobWorkplace.REMOTE)
                .createdAt(base.plusSeconds(4 * 86_400)).build());
        linkedin.addJobPosting(FakeJobPosting.builder(linkedinAccountId, "Frontend developer").id(CLOSED_JOB_ID)
                .company("Acme Robotics").createdAt(base.minusSeconds(40 * 86_400))
                .published(JobPublishMode.FREE, base.minusSeconds(39 * 86_400))
                .closed(base.minusSeconds(10 * 86_400)).build());
        linkedin.addApplicant(FakeApplicant.builder(CLOSED_JOB_ID, "Heidi Klein").id("500000000004")
                .publicIdentifier("heidi-klein").headline("Frontend developer")
                .appliedAt(base.minusSeconds(20 * 86_400)).build());

        search(linkedin);

        linkedin.requireCheckpointOnNextPublish(linkedinAccountId, JobCheckpointType.OTP, CHECKPOINT_CODE);
        linkedin.setInMailBalance(linkedinAccountId, 8, 27, null);
        linkedin.addRawData("GET", RAW_ME_URL, "{\"firstName\": \"Alice\", \"lastName\": \"Martin\","
                + " \"publicIdentifier\": \"alice-martin\"}");
    }

    private static void search(LinkedInState linkedin) {
        linkedin.addLocation(LONDON_LOCATION_ID, "London, England, United Kingdom");
        linkedin.addLocation(LYON_LOCATION_ID, "Lyon, Auvergne-Rhône-Alpes, France");
        LinkedInSearchState search = linkedin.search();
        search.addParameter(SearchParameterType.INDUSTRY, SOFTWARE_INDUSTRY_ID, "Software Development");
        search.addParameter(SearchParameterType.INDUSTRY, AUTOMATION_INDUSTRY_ID, "Automation Machinery Manufacturing");
        search.addMember(FakeSearchMember.builder("Bob", "Durand").id(BOB).publicIdentifier("bob-durand")
                .headline("Backend engineer, Java and Kotlin").location(LYON_LOCATION_ID)
                .industry(SOFTWARE_INDUSTRY_ID).networkDistance(1).build());
        FakeSearchMember grace = search.addMember(FakeSearchMember.builder("Grace", "Lee").id(GRACE_MEMBER_ID)
                .publicIdentifier("grace-lee").headline("Staff engineer, Java").location(PARIS_LOCATION_ID)
                .industry(AUTOMATION_INDUSTRY_ID).company(ACME_COMPANY_ID).pastCompanies(GLOBEX_COMPANY_ID)
                .networkDistance(2).build());
        search.addMember(FakeSearchMember.builder("Hiro", "Tanaka").publicIdentifier("hiro-tanaka")
                .headline("Java architect").location(LONDON_LOCATION_ID).industry(SOFTWARE_INDUSTRY_ID)
                .company(GLOBEX_COMPANY_ID).networkDistance(3).build());
        Instant posted = Instant.parse("2025-05-22T09:30:00.000Z");
        search.addPost(FakeSearchPost.byMember("7300000000000000001", grace,
                "We are hiring Java engineers in Paris at Acme Robotics!", posted));
        search.addPost(new FakeSearchPost("7300000000000000002", ACME_COMPANY_ID, true,
                "Meet our new warehouse robot.", posted.plusSeconds(86_400), 42, 5));
    }

    private static FakeApplicant.Resume resume(String fileName, String name) {
        return new FakeApplicant.Resume(fileName, "application/pdf", FileContent.of(("%PDF-1.4\n% resume of " + name
                + "\n").getBytes(StandardCharsets.US_ASCII)));
    }
}
