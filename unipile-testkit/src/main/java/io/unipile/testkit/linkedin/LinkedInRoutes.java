package io.unipile.testkit.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.linkedin.EmploymentStatus;
import io.unipile.linkedin.JobPostingService;
import io.unipile.linkedin.JobPostingState;
import io.unipile.linkedin.JobPublishMode;
import io.unipile.linkedin.JobSeniority;
import io.unipile.linkedin.JobWorkplace;
import io.unipile.linkedin.PipelineStage;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.Route;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The LinkedIn group: {@code /api/v1/linkedin} but its search. Every route acts from a LinkedIn account
 * ({@code account_id}, in the query or the body: 404 when unknown, 422 {@code errors/invalid_account} for another
 * type); Recruiter routes need the account's {@code recruiter} subscription and Sales Navigator ones its
 * {@code sales_navigator} one (403 {@code errors/feature_not_subscribed}). Bodies are read strictly, as the other
 * groups read theirs: unknown fields, wrong types and values outside the spec's enums are 400.
 */
public final class LinkedInRoutes implements ResourceGroup {
    /** {@code GET /api/v1/linkedin/company/{identifier}}: by id, public identifier or URN. */
    public static final Route GET_COMPANY = Route.get("/api/v1/linkedin/company/{identifier}", "account_id");
    /** {@code GET /api/v1/linkedin/inmail_balance}. */
    public static final Route GET_INMAIL_BALANCE = Route.get("/api/v1/linkedin/inmail_balance", "account_id");
    /** {@code POST /api/v1/linkedin} (JSON): LinkedIn's answer as seeded for the method and URL. */
    public static final Route RAW_DATA = Route.post("/api/v1/linkedin");
    /** {@code POST /api/v1/linkedin/user/{user_id}} (JSON): add to a Recruiter pipeline, save a lead. */
    public static final Route PERFORM_ACTION = Route.post("/api/v1/linkedin/user/{user_id}");
    /** {@code POST /api/v1/linkedin/profile/endorse} (JSON). */
    public static final Route ENDORSE = Route.post("/api/v1/linkedin/profile/endorse");
    /** {@code GET /api/v1/linkedin/projects}: the account's hiring projects, in the order made. */
    public static final Route LIST_PROJECTS = Route.get("/api/v1/linkedin/projects", "limit", "cursor",
            "account_id");
    /** {@code GET /api/v1/linkedin/projects/{id}}. */
    public static final Route GET_PROJECT = Route.get("/api/v1/linkedin/projects/{id}", "account_id");
    /** {@code GET /api/v1/linkedin/jobs}: the account's postings of a category, newest first. */
    public static final Route LIST_JOBS = Route.get("/api/v1/linkedin/jobs", "limit", "category", "cursor",
            "account_id");
    /** {@code POST /api/v1/linkedin/jobs} (JSON): a draft. */
    public static final Route CREATE_JOB = Route.post("/api/v1/linkedin/jobs");
    /** {@code GET /api/v1/linkedin/jobs/{job_id}}. */
    public static final Route GET_JOB = Route.get("/api/v1/linkedin/jobs/{job_id}", "service", "account_id");
    /** {@code PATCH /api/v1/linkedin/jobs/{job_id}} (JSON). */
    public static final Route EDIT_JOB = Route.patch("/api/v1/linkedin/jobs/{job_id}");
    /** {@code POST /api/v1/linkedin/jobs/{draft_id}/publish} (JSON): published, or a checkpoint first. */
    public static final Route PUBLISH_JOB = Route.post("/api/v1/linkedin/jobs/{draft_id}/publish");
    /** {@code POST /api/v1/linkedin/jobs/{draft_id}/checkpoint} (JSON). */
    public static final Route SOLVE_JOB_CHECKPOINT = Route.post("/api/v1/linkedin/jobs/{draft_id}/checkpoint");
    /** {@code POST /api/v1/linkedin/jobs/{id}/close}: its parameters are in the query. */
    public static final Route CLOSE_JOB = Route.post("/api/v1/linkedin/jobs/{id}/close", "service", "account_id");
    /** {@code GET /api/v1/linkedin/jobs/{id}/applicants}: the latest applicants first. */
    public static final Route LIST_APPLICANTS = Route.get("/api/v1/linkedin/jobs/{id}/applicants", "ratings",
            "keywords", "service", "limit", "cursor", "account_id");
    /** {@code GET /api/v1/linkedin/jobs/applicants/{applicant_id}}. */
    public static final Route GET_APPLICANT = Route.get("/api/v1/linkedin/jobs/applicants/{applicant_id}",
            "account_id");
    /** {@code GET /api/v1/linkedin/jobs/applicants/{applicant_id}/resume}: the seeded file's bytes. */
    public static final Route DOWNLOAD_RESUME = Route.get("/api/v1/linkedin/jobs/applicants/{applicant_id}/resume",
            "service", "account_id");

    private static final Pattern LINKEDIN_URL = Pattern.compile("^https://www.linkedin.com/.*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LOWER_CASE = Pattern.compile("[a-z]+");
    private static final Set<String> SERVICES = Set.of("CLASSIC", "RECRUITER");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> WORKPLACES = Set.of("ON_SITE", "HYBRID", "REMOTE");
    private static final Set<String> EMPLOYMENT = Set.of("FULL_TIME", "PART_TIME", "CONTRACT", "TEMPORARY", "OTHER",
            "VOLUNTEER", "INTERNSHIP");
    private static final Set<String> SENIORITY = Set.of("INTERNSHIP", "ENTRY_LEVEL", "ASSOCIATE", "MID_SENIOR_LEVEL",
            "DIRECTOR", "EXECUTIVE", "NOT_APPLICABLE");
    private static final Set<String> RATINGS = Set.of("UNRATED", "GOOD_FIT", "MAYBE", "NOT_A_FIT");
    private static final Set<String> STAGES = Set.of("UNCONTACTED", "CONTACTED", "REPLIED");
    private static final Set<String> JOB_FIELDS = Set.of("account_id", "job_title", "company", "workplace",
            "location", "employment_status", "description", "auto_rejection_template", "screening_questions",
            "recruiter");

    private final LinkedInStore store;

    /** The group over this state. */
    public LinkedInRoutes(SharedState state) {
        this.store = LinkedInStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.of(LIST_PROJECTS, this::listProjects),
                Endpoint.of(GET_PROJECT, this::getProject),
                Endpoint.json(PERFORM_ACTION, this::performAction),
                Endpoint.of(GET_COMPANY, this::getCompany),
                Endpoint.json(RAW_DATA, this::rawData),
                Endpoint.of(GET_INMAIL_BALANCE, this::inMailBalance),
                Endpoint.of(LIST_JOBS, this::listJobs),
                Endpoint.json(CREATE_JOB, this::createJob),
                Endpoint.of(GET_JOB, this::getJob),
                Endpoint.json(EDIT_JOB, this::editJob),
                Endpoint.json(PUBLISH_JOB, this::publish),
                Endpoint.json(SOLVE_JOB_CHECKPOINT, this::solveCheckpoint),
                Endpoint.of(CLOSE_JOB, this::close),
                Endpoint.of(LIST_APPLICANTS, this::listApplicants),
                Endpoint.of(GET_APPLICANT, this::getApplicant),
                Endpoint.of(DOWNLOAD_RESUME, this::downloadResume),
                Endpoint.json(ENDORSE, this::endorse));
    }

    // ---- company, balance, raw data, member actions, endorsements ----

    private Reply getCompany(IncomingRequest request) {
        store.linkedinAccount(accountParam(request));
        return Reply.json(200, LinkedInJson.company(store.company(request.pathParam("identifier"))));
    }

    private Reply inMailBalance(IncomingRequest request) {
        return Reply.json(200, LinkedInJson.inMailBalance(store.balance(store.linkedinAccount(accountParam(request)))));
    }

    /** Answers what a test seeded for the method and URL; LinkedIn's own answer cannot be guessed. */
    private Reply rawData(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("account_id", "request_url", "method",
                "headers", "body", "query_params", "encoding"));
        store.linkedinAccount(JsonFields.requiredText(body, "account_id"));
        String url = JsonFields.requiredText(body, "request_url");
        if (!LINKEDIN_URL.matcher(url).matches()) {
            throw new ApiException(400, "invalid_url", "request_url must be a https://www.linkedin.com/ URL");
        }
        String method = oneOf(body, "method", METHODS, false);
        JsonNode headers = optionalObject(body, "headers");
        if (headers != null) {
            headers.properties().forEach(h -> JsonFields.text(h.getValue(), "headers." + h.getKey()));
        }
        optionalObject(body, "body");
        optionalObject(body, "query_params");
        JsonFields.optionalBoolean(body, "encoding");
        return Reply.json(200, LinkedInJson.rawData(store.rawAnswer(method != null ? method : "GET", url)));
    }

    private Reply performAction(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("account_id", "api", "action",
                "hiring_project_id", "stage", "list_id"));
        String accountId = JsonFields.requiredText(body, "account_id");
        String api = oneOf(body, "api", Set.of("recruiter", "sales_navigator"), true);
        String action = JsonFields.requiredText(body, "action");
        String userId = request.pathParam("user_id");
        if (api.equals("recruiter")) {
            expect(action, "addCandidateToPipeline", api);
            forbid(body, "list_id", action);
            String stage = oneOf(body, "stage", STAGES, false);
            store.addToPipeline(accountId, userId, JsonFields.requiredText(body, "hiring_project_id"),
                    PipelineStage.of(stage != null ? stage : "UNCONTACTED"));
        } else {
            expect(action, "saveLead", api);
            forbid(body, "hiring_project_id", action);
            forbid(body, "stage", action);
            store.saveLead(accountId, userId, JsonFields.optionalText(body, "list_id"));
        }
        return Reply.write(200, WireJson.object("LinkedinPerformActionOnUser").put("success", true), List.of());
    }

    private Reply endorse(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("account_id", "profile_id",
                "skill_endorsement_id"));
        String accountId = JsonFields.requiredText(body, "account_id");
        String profileId = JsonFields.requiredText(body, "profile_id");
        JsonNode skill = body.get("skill_endorsement_id");
        if (skill == null) {
            throw ApiException.missingParameters("skill_endorsement_id is required");
        }
        if (!skill.isIntegralNumber()) {
            throw ApiException.invalidParameters("skill_endorsement_id must be a number");
        }
        store.endorse(accountId, profileId, skill.longValue());
        return Reply.write(200, WireJson.object("LinkedinProfileEndorse").put("endorsed", true), List.of());
    }

    // ---- hiring projects ----

    private Reply listProjects(IncomingRequest request) {
        FakeAccount account = store.subscribed(accountParam(request), "recruiter");
        return Reply.page("RecruiterHiringProjectList", "linkedin-projects", store.projects(account.id()),
                p -> true, request, p -> project(p, account));
    }

    private Reply getProject(IncomingRequest request) {
        FakeAccount account = store.subscribed(accountParam(request), "recruiter");
        return Reply.json(200, project(store.project(account.id(), request.pathParam("id")), account));
    }

    private ObjectNode project(FakeHiringProject p, FakeAccount account) {
        LinkedInJson.PostingView posting = store.jobOf(p).map(j -> view(j, account)).orElse(null);
        return LinkedInJson.project(p, account, posting);
    }

    private LinkedInJson.PostingView view(FakeJobPosting job, FakeAccount account) {
        return new LinkedInJson.PostingView(job, store.applicantCount(job.id()), account);
    }

    // ---- job postings ----

    /** {@code category}: active (the default) lists postings open to applicants, those in review included. */
    private Reply listJobs(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        String category = queryOneOf(request, "category", Set.of("active", "draft", "closed"));
        Predicate<FakeJobPosting> filter = category == null || category.equals("active") ? FakeJobPosting::isOpen
                : j -> j.state().value().equals(category);
        List<Paging.Entry<FakeJobPosting>> entries = store.jobs(account.id(), filter);
        Paging.Slice<FakeJobPosting> page = Paging.page("linkedin-jobs", entries, j -> true, request);
        return Reply.json(200, LinkedInJson.pagedList("LinkedinJobPostingList", page, entries.size(),
                j -> LinkedInJson.job(view(j, account), true)));
    }

    private Reply getJob(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        JobPostingService service = service(request, true);
        return Reply.json(200, LinkedInJson.job(view(store.job(account.id(), request.pathParam("job_id"), service),
                account), true));
    }

    private Reply createJob(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), JOB_FIELDS);
        FakeAccount account = store.linkedinAccount(JsonFields.requiredText(body, "account_id"));
        FakeJobPosting.Builder draft = FakeJobPosting.builder(account.id(),
                title(requiredObject(body, "job_title")));
        company(draft, requiredObject(body, "company"));
        draft.workplace(JobWorkplace.of(oneOf(body, "workplace", WORKPLACES, true)));
        draft.location(store.locationName(digits(body, "location", true)));
        String employment = oneOf(body, "employment_status", EMPLOYMENT, false);
        if (employment != null) {
            draft.employmentStatus(EmploymentStatus.of(employment));
        }
        draft.description(JsonFields.requiredText(body, "description"));
        JsonFields.optionalText(body, "auto_rejection_template");
        draft.screeningQuestions(screeningQuestions(body));
        String projectId = null;
        String newProject = null;
        JsonNode recruiter = optionalObject(body, "recruiter");
        if (recruiter != null) {
            store.subscribed(account.id(), "recruiter");
            JsonNode r = JsonFields.object(recruiter.toString(), Set.of("project", "functions", "industries",
                    "seniority", "include_poster_info", "tracking_pixel_url", "company_job_id", "apply_method"));
            JsonNode project = requiredObject(r, "recruiter.project", r.get("project"));
            if (project.size() != 1 || !(project.has("id") || project.has("name"))) {
                throw ApiException.invalidParameters("recruiter.project is {\"id\": ...} or {\"name\": ...}");
            }
            projectId = project.has("id") ? JsonFields.text(project.get("id"), "recruiter.project.id") : null;
            newProject = project.has("name") ? JsonFields.text(project.get("name"), "recruiter.project.name") : null;
            recruiterFields(draft, r, false);
        }
        Instant now = WireJson.now();
        FakeJobPosting job = store.createDraft(draft, projectId, newProject, account, now);
        return Reply.write(200, LinkedInJson.draftCreated(job, store.freeIneligibility(account.id(), job.id())),
                List.of());
    }

    /** Only what the body names changes; a closed posting cannot be edited. */
    private Reply editJob(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), JOB_FIELDS);
        FakeAccount account = store.linkedinAccount(JsonFields.requiredText(body, "account_id"));
        FakeJobPosting job = store.job(account.id(), request.pathParam("job_id"));
        FakeJobPosting.Builder changed = job.toBuilder();
        if (body.has("job_title")) {
            changed.title(title(requiredObject(body, "job_title")));
        }
        if (body.has("company")) {
            company(changed, requiredObject(body, "company"));
        }
        String workplace = oneOf(body, "workplace", WORKPLACES, false);
        if (workplace != null) {
            changed.workplace(JobWorkplace.of(workplace));
        }
        String location = digits(body, "location", false);
        if (location != null) {
            changed.location(store.locationName(location));
        }
        String employment = oneOf(body, "employment_status", EMPLOYMENT, false);
        if (employment != null) {
            changed.employmentStatus(EmploymentStatus.of(employment));
        }
        String description = JsonFields.optionalText(body, "description");
        if (description != null) {
            changed.description(description);
        }
        JsonFields.optionalText(body, "auto_rejection_template");
        if (body.has("screening_questions")) {
            changed.screeningQuestions(screeningQuestions(body));
        }
        JsonNode recruiter = optionalObject(body, "recruiter");
        if (recruiter != null) {
            JsonNode r = JsonFields.object(recruiter.toString(), Set.of("project_id", "functions", "industries",
                    "seniority", "include_poster_info", "tracking_pixel_url", "company_job_id", "apply_method"));
            String projectId = JsonFields.requiredText(r, "project_id");
            if (job.projectId() == null) {
                throw new ApiException(422, "unprocessable_entity", "Job posting " + job.id()
                        + " is a CLASSIC posting: it has no Recruiter options");
            }
            if (!projectId.equals(job.projectId())) {
                throw new ApiException(422, "unprocessable_entity", "Job posting " + job.id()
                        + " is linked to project " + job.projectId() + ", not " + projectId);
            }
            recruiterFields(changed, r, true);
        }
        if (job.state().equals(JobPostingState.CLOSED)) {
            throw new ApiException(422, "unprocessable_entity", "Job posting " + job.id() + " is closed");
        }
        store.update(changed.build());
        return Reply.write(200, LinkedInJson.jobId("LinkedinJobPostingEdited", job.id()), List.of());
    }

    private Reply publish(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("account_id", "service", "hiring_photo_frame",
                "mode", "budget"));
        FakeAccount account = store.linkedinAccount(JsonFields.requiredText(body, "account_id"));
        String service = oneOf(body, "service", SERVICES, false);
        JsonFields.optionalBoolean(body, "hiring_photo_frame");
        String mode = oneOf(body, "mode", Set.of("FREE", "PROMOTED", "PROMOTED_PLUS"), true);
        JsonNode budget = optionalObject(body, "budget");
        if (budget != null) {
            if (mode.equals("FREE")) {
                throw ApiException.invalidParameters("budget applies to PROMOTED and PROMOTED_PLUS postings");
            }
            budget(budget);
        }
        if (mode.equals("PROMOTED_PLUS") && "RECRUITER".equals(service)) {
            throw ApiException.invalidParameters("PROMOTED_PLUS is specific to LinkedIn (CLASSIC)");
        }
        JobPostingService jobService = JobPostingService.of(service != null ? service : "CLASSIC");
        if (jobService.equals(JobPostingService.RECRUITER)) {
            store.subscribed(account.id(), "recruiter");
        }
        try {
            LinkedInStore.Publication p = store.publish(account.id(), request.pathParam("draft_id"), jobService,
                    JobPublishMode.of(mode), WireJson.now());
            return Reply.write(200, LinkedInJson.publication(p), List.of());
        } catch (LinkedInStore.NotEligibleForFree e) {
            return notEligibleForFree(e);
        }
    }

    private Reply solveCheckpoint(IncomingRequest request) {
        JsonNode body = JsonFields.object(request.jsonBody(), Set.of("account_id", "input"));
        FakeAccount account = store.linkedinAccount(JsonFields.requiredText(body, "account_id"));
        String input = JsonFields.requiredText(body, "input");
        try {
            LinkedInStore.Publication p = store.solveCheckpoint(account.id(), request.pathParam("draft_id"), input,
                    WireJson.now());
            return Reply.write(200, LinkedInJson.publication(p), List.of());
        } catch (LinkedInStore.NotEligibleForFree e) {
            return notEligibleForFree(e);
        }
    }

    /** As the spec documents it: HTTP 502 carrying a 400 body, and nothing changed. */
    private static Reply notEligibleForFree(LinkedInStore.NotEligibleForFree e) {
        return Reply.json(502, WireJson.error(400, "errors/invalid_parameters", "Invalid parameters",
                e.getMessage()));
    }

    private Reply close(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        FakeJobPosting closed = store.close(account.id(), request.pathParam("id"), service(request, false),
                WireJson.now());
        return Reply.write(200, LinkedInJson.jobId("LinkedinJobPostingClosed", closed.id()), List.of());
    }

    // ---- applicants ----

    private Reply listApplicants(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        FakeJobPosting job = store.job(account.id(), request.pathParam("id"), service(request, false));
        Set<String> ratings = ratings(request);
        String keywords = request.queryParam("keywords");
        Predicate<FakeApplicant> filter = a -> (ratings.isEmpty() || ratings.contains(a.rating().value()))
                && (keywords == null || matches(a, keywords));
        List<Paging.Entry<FakeApplicant>> entries = store.applicants(job.id(), filter);
        Paging.Slice<FakeApplicant> page = Paging.page("linkedin-applicants", entries, a -> true, request);
        ObjectNode list = LinkedInJson.pagedList("LinkedinJobApplicantList", page,
                entries.size(), LinkedInJson::applicant);
        list.put("job_posting_id", job.id());
        return Reply.json(200, list);
    }

    private Reply getApplicant(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        return Reply.json(200, LinkedInJson.applicant(store.applicant(account.id(),
                request.pathParam("applicant_id"))));
    }

    private Reply downloadResume(IncomingRequest request) {
        FakeAccount account = store.linkedinAccount(accountParam(request));
        JobPostingService service = service(request, false);
        FakeApplicant applicant = store.applicant(account.id(), request.pathParam("applicant_id"));
        store.job(account.id(), applicant.jobId(), service);
        if (applicant.resume() == null) {
            throw ApiException.notFound("Job applicant " + applicant.id() + " sent no resume");
        }
        return Reply.bytes(applicant.resume().contentType(), applicant.resume().content());
    }

    // ---- reading requests ----

    private static String accountParam(IncomingRequest request) {
        String accountId = request.queryParam("account_id");
        if (accountId == null) {
            throw ApiException.missingParameters("account_id is required");
        }
        return accountId;
    }

    /** {@code service}: CLASSIC or RECRUITER; when optional and absent, CLASSIC, Unipile's default. */
    private static JobPostingService service(IncomingRequest request, boolean required) {
        String service = queryOneOf(request, "service", SERVICES);
        if (service == null && required) {
            throw ApiException.missingParameters("service is required");
        }
        return JobPostingService.of(service != null ? service : "CLASSIC");
    }

    private static String queryOneOf(IncomingRequest request, String name, Set<String> allowed) {
        String value = request.queryParam(name);
        if (value != null && !allowed.contains(value)) {
            throw ApiException.invalidParameters(name + " must be one of " + sorted(allowed) + ", not " + value);
        }
        return value;
    }

    private static Set<String> ratings(IncomingRequest request) {
        Set<String> ratings = new LinkedHashSet<>();
        String value = request.queryParam("ratings");
        if (value != null) {
            for (String r : value.split(",", -1)) {
                if (!RATINGS.contains(r)) {
                    throw ApiException.invalidParameters("ratings must be among " + sorted(RATINGS)
                            + " separated by commas, not " + value);
                }
                ratings.add(r);
            }
        }
        return ratings;
    }

    private static boolean matches(FakeApplicant a, String keywords) {
        StringBuilder text = new StringBuilder().append(a.name()).append(' ').append(a.headline()).append(' ')
                .append(a.location());
        a.positions().forEach(p -> text.append(' ').append(p.company()).append(' ').append(p.position()));
        String haystack = text.toString().toLowerCase(Locale.ROOT);
        for (String word : keywords.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String oneOf(JsonNode body, String field, Set<String> allowed, boolean required) {
        String value = required ? JsonFields.requiredText(body, field) : JsonFields.optionalText(body, field);
        if (value != null && !allowed.contains(value)) {
            throw ApiException.invalidParameters(field + " must be one of " + sorted(allowed) + ", not " + value);
        }
        return value;
    }

    private static String digits(JsonNode body, String field, boolean required) {
        String value = required ? JsonFields.requiredText(body, field) : JsonFields.optionalText(body, field);
        if (value != null && !DIGITS.matcher(value).matches()) {
            throw ApiException.invalidParameters(field + " must be a LinkedIn id of digits, not " + value);
        }
        return value;
    }

    private static JsonNode requiredObject(JsonNode body, String field) {
        return requiredObject(body, field, body.get(field));
    }

    private static JsonNode requiredObject(JsonNode body, String field, JsonNode value) {
        if (value == null) {
            throw ApiException.missingParameters(field + " is required");
        }
        if (!value.isObject()) {
            throw ApiException.invalidParameters(field + " must be an object");
        }
        return value;
    }

    private static JsonNode optionalObject(JsonNode body, String field) {
        return body.has(field) ? requiredObject(body, field) : null;
    }

    private static void expect(String action, String expected, String api) {
        if (!action.equals(expected)) {
            throw ApiException.invalidParameters("action must be " + expected + " with api " + api + ", not "
                    + action);
        }
    }

    private static void forbid(JsonNode body, String field, String action) {
        if (body.has(field)) {
            throw ApiException.invalidParameters(field + " does not apply to " + action);
        }
    }

    /** {@code {"id": digits}} or {@code {"text": ...}}: an id stands for the title as LinkedIn names it. */
    private static String title(JsonNode title) {
        JsonNode t = idOrText(title, "job_title");
        return t.has("id") ? "Job title " + t.get("id").textValue() : t.get("text").textValue();
    }

    private void company(FakeJobPosting.Builder job, JsonNode company) {
        JsonNode c = idOrText(company, "company");
        if (c.has("text")) {
            job.company(c.get("text").textValue());
            return;
        }
        String id = c.get("id").textValue();
        job.company(store.companyById(id).orElseThrow(() -> ApiException.notFound("Company " + id + " not found")));
    }

    private static JsonNode idOrText(JsonNode node, String field) {
        JsonNode value = JsonFields.object(node.toString(), Set.of("id", "text"));
        if (value.size() != 1) {
            throw ApiException.invalidParameters(field + " is {\"id\": ...} or {\"text\": ...}");
        }
        if (value.has("id")) {
            digits(value, "id", true);
        } else {
            JsonFields.requiredText(value, "text");
        }
        return value;
    }

    private static List<FakeJobPosting.ScreeningCriterion> screeningQuestions(JsonNode body) {
        List<FakeJobPosting.ScreeningCriterion> questions = new ArrayList<>();
        if (!body.has("screening_questions")) {
            return questions;
        }
        JsonNode array = body.get("screening_questions");
        if (!array.isArray()) {
            throw ApiException.invalidParameters("screening_questions must be an array");
        }
        for (JsonNode node : array) {
            if (!node.isObject()) {
                throw ApiException.invalidParameters("screening_questions holds objects");
            }
            String type = oneOf(node, "answer_type", Set.of("numeric", "multiple_choices"), true);
            boolean numeric = type.equals("numeric");
            JsonNode q = JsonFields.object(node.toString(), numeric
                    ? Set.of("question", "position", "must_match", "answer_type", "min_expectation", "max_expectation")
                    : Set.of("question", "position", "must_match", "answer_type", "choices", "expected_choices"));
            String question = JsonFields.requiredText(q, "question");
            optionalNumber(q, "position");
            JsonFields.optionalBoolean(q, "must_match");
            if (numeric) {
                Double min = optionalNumber(q, "min_expectation");
                optionalNumber(q, "max_expectation");
                questions.add(new FakeJobPosting.ScreeningCriterion(question,
                        min == null ? List.of() : List.of(number(min))));
            } else {
                List<String> choices = strings(q, "choices", true, null, null, 0);
                List<String> expected = strings(q, "expected_choices", true, null, null, 0);
                if (!choices.containsAll(expected)) {
                    throw ApiException.invalidParameters("expected_choices must be among the choices");
                }
                questions.add(new FakeJobPosting.ScreeningCriterion(question, expected));
            }
        }
        return questions;
    }

    private void recruiterFields(FakeJobPosting.Builder job, JsonNode r, boolean edit) {
        List<String> functions = strings(r, "functions", !edit, LOWER_CASE, "lower-case letters", 3);
        if (!functions.isEmpty() || !edit) {
            job.functions(functions);
        }
        List<String> industries = strings(r, "industries", !edit, DIGITS, "digits", 3);
        if (!industries.isEmpty() || !edit) {
            job.industries(industries);
        }
        String seniority = oneOf(r, "seniority", SENIORITY, !edit);
        if (seniority != null) {
            job.seniority(JobSeniority.of(seniority));
        }
        JsonFields.optionalBoolean(r, "include_poster_info");
        JsonFields.optionalText(r, "tracking_pixel_url");
        JsonFields.optionalText(r, "company_job_id");
        JsonNode apply = edit ? optionalObject(r, "apply_method") : requiredObject(r, "recruiter.apply_method",
                r.get("apply_method"));
        if (apply != null) {
            String type = oneOf(apply, "type", Set.of("linkedin", "external"), true);
            if (type.equals("linkedin")) {
                JsonNode m = JsonFields.object(apply.toString(), Set.of("type", "notification_email",
                        "resume_required"));
                JsonFields.requiredText(m, "notification_email");
                JsonFields.requiredBoolean(m, "resume_required");
                job.externalApplyUrl(null);
            } else {
                JsonNode m = JsonFields.object(apply.toString(), Set.of("type", "url"));
                job.externalApplyUrl(JsonFields.requiredText(m, "url"));
            }
        }
    }

    private static void budget(JsonNode budget) {
        if (budget.size() != 1 || !(budget.has("daily") || budget.has("monthly"))) {
            throw ApiException.invalidParameters("budget is {\"daily\": {...}} or {\"monthly\": {...}}");
        }
        String period = budget.has("daily") ? "daily" : "monthly";
        JsonNode amount = JsonFields.object(requiredObject(budget, period).toString(), Set.of("currency", "amount"));
        JsonFields.requiredText(amount, "currency");
        if (!amount.has("amount")) {
            throw ApiException.missingParameters("budget." + period + ".amount is required");
        }
        Double value = optionalNumber(amount, "amount");
        if (value <= 0) {
            throw ApiException.invalidParameters("budget." + period + ".amount must be positive");
        }
    }

    private static List<String> strings(JsonNode body, String field, boolean required, Pattern pattern, String what,
                                        int max) {
        JsonNode array = body.get(field);
        if (array == null) {
            if (required) {
                throw ApiException.missingParameters(field + " is required");
            }
            return List.of();
        }
        if (!array.isArray() || (max > 0 && (array.size() < 1 || array.size() > max))) {
            throw ApiException.invalidParameters(field + " must be an array" + (max > 0 ? " of 1 to " + max : ""));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : array) {
            String s = JsonFields.text(v, field + "[]");
            if (pattern != null && !pattern.matcher(s).matches()) {
                throw ApiException.invalidParameters(field + " holds " + what + " only, not " + s);
            }
            values.add(s);
        }
        return values;
    }

    private static Double optionalNumber(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiException.invalidParameters(field + " must be a number");
        }
        return value.doubleValue();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
