package io.unipile.testkit.linkedin;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.linkedin.JobCheckpointType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.internal.Paging;
import io.unipile.testkit.internal.WireJson;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Unipile's JSON for LinkedIn companies, hiring projects, job postings and applicants, and the LinkedIn writes'
 * answers. Times of postings and applications are epoch milliseconds, as the spec types them (numbers).
 */
final class LinkedInJson {
    /** The 34 flags the spec requires in {@code viewer_permissions}; the fake's members administer no page. */
    private static final List<String> VIEWER_PERMISSIONS = List.of("canMembersInviteToFollow",
            "canReadContentSuggestions", "canReadMessages", "canUpdateOrganizationProfile", "canCreateOrganicShare",
            "canReadAdminDashboard", "canReadOrganizationActivity", "canEditCurators",
            "canManageOrganizationalPageFollow", "canReadOrganizationFollowerAnalytics", "canInviteMemberToFollow",
            "canReadOrganizationLeadsAnalytics", "canEditPendingAdministrators", "canManageMessagingAccess",
            "canSeeEmployeeExperienceAsMember", "canEmployeesInviteToFollow", "canSeeOrganizationAdministrativePage",
            "canManageAdminRoles", "canEditOrganizationDetails", "canApproveContent", "canViewTeamPerformance",
            "canManageOrganizationSettings", "canAccessAdvancedAnalytics", "canModerateComments", "canCreateAds",
            "canManageAdBudgets", "canEditPageTheme", "canPublishNewsletters", "canEditCustomTabs",
            "canManageIntegrations", "canAssignRoles", "canApprovePendingMembers", "canEditCareerPageSettings",
            "canViewBillingInformation");

    private LinkedInJson() {
    }

    static ObjectNode company(FakeCompany c) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "CompanyProfile");
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("description", c.description());
        node.put("entity_urn", c.entityUrn());
        node.put("public_identifier", c.publicIdentifier());
        node.put("profile_url", c.profileUrl());
        putIfPresent(node, "tagline", c.tagline());
        node.put("followers_count", c.followersCount());
        node.put("is_following", false);
        node.put("is_employee", false);
        node.putArray("hashtags");
        node.putObject("messaging").put("is_enabled", c.messagingEnabled());
        node.put("claimed", true);
        ObjectNode permissions = node.putObject("viewer_permissions");
        VIEWER_PERMISSIONS.forEach(p -> permissions.put(p, false));
        node.put("organization_type", c.organizationType());
        node.putArray("locations").addObject().put("is_headquarter", true).put("country", c.country())
                .put("city", c.city()).putArray("street");
        ArrayNode industries = node.putArray("industry");
        c.industries().forEach(industries::add);
        if (c.employeeCount() != null) {
            node.put("employee_count", c.employeeCount());
        }
        putIfPresent(node, "website", c.website());
        return node;
    }

    static ObjectNode inMailBalance(LinkedInStore.InMailBalance b) {
        ObjectNode node = WireJson.object("LinkedinInmailBalance");
        node.put("premium", b.premium());
        node.put("recruiter", b.recruiter());
        node.put("sales_navigator", b.salesNavigator());
        return node;
    }

    static ObjectNode rawData(JsonNode data) {
        ObjectNode node = WireJson.object("LinkedinRawData");
        node.set("data", data);
        return node;
    }

    /** A project, with its posting when it has one (without {@code object}: the spec's nested posting has none). */
    static ObjectNode project(FakeHiringProject p, FakeAccount account, PostingView posting) {
        ObjectNode node = WireJson.object("RecruiterHiringProject");
        node.put("id", p.id());
        node.put("name", p.name());
        node.put("owner_name", p.ownerName() != null ? p.ownerName() : account.name());
        node.put("owner_id", p.ownerId() != null ? p.ownerId() : account.providerId());
        node.put("created_at", WireJson.timestamp(p.createdAt()));
        if (posting != null) {
            node.set("job_posting", job(posting, false));
        }
        return node;
    }

    /** A posting as its JSON needs it: with its applicant count and the account that posted it. */
    record PostingView(FakeJobPosting job, int applicants, FakeAccount account) {
    }

    static ObjectNode job(PostingView view, boolean withObject) {
        FakeJobPosting j = view.job();
        ObjectNode node = NODES.objectNode();
        if (withObject) {
            node.put("object", "LinkedinJobPosting");
        }
        node.put("id", j.id());
        node.put("state", j.state().value());
        node.put("title", j.title());
        node.put("description", j.description());
        node.put("company", j.company());
        putIfPresent(node, "company_id", j.companyId());
        node.put("location", j.location());
        node.put("applicants_counter", view.applicants());
        node.put("views_counter", j.viewsCounter());
        node.put("cost", j.cost());
        node.put("created_at", j.createdAt().toEpochMilli());
        putTime(node, "published_at", j.publishedAt());
        putTime(node, "closed_at", j.closedAt());
        node.put("apply_url", j.applyUrl());
        ArrayNode questions = node.putArray("screening_questions");
        for (FakeJobPosting.ScreeningCriterion q : j.screeningQuestions()) {
            strings(questions.addObject().put("question", q.question()), "favorableAnswers", q.favorableAnswers());
        }
        node.putArray("hiring_team").add(hiringTeamMember(view.account()));
        node.put("workplace", j.workplace().value());
        if (j.seniority() != null) {
            node.put("seniority", j.seniority().value());
        }
        strings(node, "skills", j.skills());
        strings(node, "functions", j.functions());
        strings(node, "industries", j.industries());
        return node;
    }

    private static ObjectNode hiringTeamMember(FakeAccount account) {
        String handle = account.connectionParams() instanceof FakeConnectionParams.Linkedin l
                ? l.publicIdentifier() : null;
        ObjectNode node = NODES.objectNode();
        node.put("name", account.name());
        node.put("provider_id", account.providerId());
        node.put("public_identifier", handle);
        node.put("profile_url", "https://www.linkedin.com/in/" + (handle != null ? handle : account.providerId()));
        node.put("can_send_free_inmail", LinkedInStore.hasFeature(account, "recruiter"));
        return node;
    }

    static ObjectNode draftCreated(FakeJobPosting job, String freeIneligibility) {
        ObjectNode node = WireJson.object("LinkedinJobPostingDraftCreated");
        node.put("job_id", job.id());
        ObjectNode options = node.putObject("publish_options");
        options.putObject("free").put("eligible", freeIneligibility == null)
                .put("ineligible_reason", freeIneligibility).put("estimated_monthly_applicants", 25);
        ObjectNode promoted = options.putObject("promoted");
        promoted.put("estimated_monthly_applicants", 120);
        promoted.put("currency", "EUR");
        promoted.putObject("daily_budget").put("min", 5).put("max", 100).put("recommended", 15);
        promoted.putObject("monthly_budget").put("min", 150).put("max", 3000).put("recommended", 450);
        return node;
    }

    static ObjectNode jobId(String object, String jobId) {
        return WireJson.object(object).put("job_id", jobId);
    }

    static ObjectNode publication(LinkedInStore.Publication p) {
        JobCheckpointType checkpoint = p.checkpoint();
        if (checkpoint != null) {
            return WireJson.object("LinkedinJobPostingPublishCheckpoint").put("type", checkpoint.value())
                    .put("job_id", p.job().id());
        }
        return WireJson.object("LinkedinJobPostingPublished").put("job_state", p.job().state().value())
                .put("job_id", p.job().id());
    }

    static ObjectNode applicant(FakeApplicant a) {
        ObjectNode node = WireJson.object("LinkedinJobApplicant");
        node.put("id", a.id());
        node.put("profile_id", a.profileId());
        node.put("public_identifier", a.publicIdentifier());
        node.put("public_profile_url", a.publicProfileUrl());
        node.put("name", a.name());
        node.put("location", a.location());
        node.put("headline", a.headline());
        node.put("applied_at", a.appliedAt().toEpochMilli());
        node.put("rating", a.rating().value());
        putIfPresent(node, "email_address", a.emailAddress());
        putIfPresent(node, "phone_number", a.phoneNumber());
        if (a.emailAddress() != null || a.phoneNumber() != null) {
            ObjectNode contact = node.putObject("contact_info");
            strings(contact, "email_addresses", a.emailAddress() == null ? List.of() : List.of(a.emailAddress()));
            strings(contact, "phone_numbers", a.phoneNumber() == null ? List.of() : List.of(a.phoneNumber()));
        }
        ArrayNode work = node.putArray("work_experience");
        for (FakeApplicant.Position p : a.positions()) {
            ObjectNode w = work.addObject().put("company", p.company()).put("position", p.position());
            w.set("start", yearMonth(p.startYear(), p.startMonth()));
            w.set("end", p.endYear() == null ? NODES.nullNode() : yearMonth(p.endYear(), p.endMonth()));
        }
        ArrayNode education = node.putArray("education");
        for (FakeApplicant.School s : a.schools()) {
            ObjectNode e = education.addObject().put("school", s.school());
            putIfPresent(e, "degree", s.degree());
            putIfPresent(e, "field_of_study", s.fieldOfStudy());
            e.set("start", yearMonth(s.startYear(), s.startMonth()));
            e.set("end", yearMonth(s.endYear(), s.endMonth()));
        }
        ArrayNode answers = node.putArray("screening_questions");
        for (FakeApplicant.Answer answer : a.answers()) {
            ObjectNode q = answers.addObject().put("question", answer.question());
            strings(q, "answers", answer.answers());
            q.put("success", answer.success());
        }
        return node;
    }

    /** A list with Unipile's {@code paging}: the items of this page and of the whole filtered list. */
    static <T> ObjectNode pagedList(String object, Paging.Slice<T> page, int total, Function<T, ObjectNode> item) {
        ObjectNode node = WireJson.list(object, page, item);
        node.putObject("paging").put("page_count", page.items().size()).put("total_count", total);
        return node;
    }

    private static ObjectNode yearMonth(int year, int month) {
        return NODES.objectNode().put("year", year).put("month", month);
    }

    private static void putTime(ObjectNode node, String field, Instant time) {
        if (time != null) {
            node.put(field, time.toEpochMilli());
        }
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }
}
