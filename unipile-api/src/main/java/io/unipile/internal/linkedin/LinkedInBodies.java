package io.unipile.internal.linkedin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Json;
import io.unipile.linkedin.ApplyMethod;
import io.unipile.linkedin.CreateJobPostingRequest;
import io.unipile.linkedin.EditJobPostingRequest;
import io.unipile.linkedin.EndorseSkillRequest;
import io.unipile.linkedin.JobBudget;
import io.unipile.linkedin.JobCompany;
import io.unipile.linkedin.JobTitle;
import io.unipile.linkedin.LinkedInRawRequest;
import io.unipile.linkedin.MemberActionRequest;
import io.unipile.linkedin.PublishJobPostingRequest;
import io.unipile.linkedin.RecruiterJobChanges;
import io.unipile.linkedin.RecruiterJobOptions;
import io.unipile.linkedin.ScreeningQuestion;
import io.unipile.linkedin.SolveJobCheckpointRequest;
import io.unipile.StringEnum;

import java.util.List;

/**
 * The JSON bodies of the LinkedIn writes, in the spec's names. Written field by field so that only what the caller
 * set goes out: an unset option takes Unipile's default rather than a value this library would guess.
 */
final class LinkedInBodies {
    private LinkedInBodies() {
    }

    static ObjectNode raw(LinkedInRawRequest r) {
        ObjectNode body = object().put("account_id", r.accountId()).put("request_url", r.requestUrl());
        if (r.method() != null) {
            body.put("method", r.method().name());
        }
        if (!r.headers().isEmpty()) {
            ObjectNode headers = body.putObject("headers");
            r.headers().forEach(headers::put);
        }
        if (r.body() != null) {
            body.set("body", r.body());
        }
        if (r.queryParams() != null) {
            body.set("query_params", r.queryParams());
        }
        if (r.encoding() != null) {
            body.put("encoding", r.encoding());
        }
        return body;
    }

    static ObjectNode memberAction(MemberActionRequest r) {
        ObjectNode body = object().put("account_id", r.accountId()).put("api", r.api().value())
                .put("action", r.action().value());
        putIfSet(body, "hiring_project_id", r.hiringProjectId());
        putIfSet(body, "stage", r.stage());
        putIfSet(body, "list_id", r.listId());
        return body;
    }

    static ObjectNode endorse(EndorseSkillRequest r) {
        return object().put("account_id", r.accountId()).put("profile_id", r.profileId())
                .put("skill_endorsement_id", r.skillEndorsementId());
    }

    static ObjectNode createJob(CreateJobPostingRequest r) {
        ObjectNode body = object().put("account_id", r.accountId());
        body.set("job_title", idOrText(r.jobTitle().id(), r.jobTitle().text()));
        body.set("company", idOrText(r.company().id(), r.company().text()));
        body.put("workplace", r.workplace().value());
        body.put("location", r.location());
        putIfSet(body, "employment_status", r.employmentStatus());
        body.put("description", r.description());
        putIfSet(body, "auto_rejection_template", r.autoRejectionTemplate());
        putQuestions(body, r.screeningQuestions());
        if (r.recruiter() != null) {
            body.set("recruiter", recruiter(r.recruiter()));
        }
        return body;
    }

    static ObjectNode editJob(EditJobPostingRequest r) {
        ObjectNode body = object();
        JobTitle title = r.jobTitle();
        if (title != null) {
            body.set("job_title", idOrText(title.id(), title.text()));
        }
        JobCompany company = r.company();
        if (company != null) {
            body.set("company", idOrText(company.id(), company.text()));
        }
        putIfSet(body, "workplace", r.workplace());
        putIfSet(body, "location", r.location());
        putIfSet(body, "employment_status", r.employmentStatus());
        putIfSet(body, "description", r.description());
        putIfSet(body, "auto_rejection_template", r.autoRejectionTemplate());
        putQuestions(body, r.screeningQuestions());
        body.put("account_id", r.accountId());
        if (r.recruiter() != null) {
            body.set("recruiter", recruiterChanges(r.recruiter()));
        }
        return body;
    }

    static ObjectNode publish(PublishJobPostingRequest r) {
        ObjectNode body = object().put("account_id", r.accountId());
        putIfSet(body, "service", r.service());
        if (r.hiringPhotoFrame() != null) {
            body.put("hiring_photo_frame", r.hiringPhotoFrame());
        }
        body.put("mode", r.mode().value());
        JobBudget budget = r.budget();
        if (budget != null) {
            ObjectNode amount = body.putObject("budget")
                    .putObject(budget.period() == JobBudget.Period.DAILY ? "daily" : "monthly");
            amount.put("currency", budget.currency());
            putNumber(amount, "amount", budget.amount());
        }
        return body;
    }

    static ObjectNode solveCheckpoint(SolveJobCheckpointRequest r) {
        return object().put("account_id", r.accountId()).put("input", r.input());
    }

    private static ObjectNode recruiter(RecruiterJobOptions r) {
        ObjectNode node = object();
        node.set("project", r.projectId() != null ? object().put("id", r.projectId())
                : object().put("name", r.projectName()));
        putStrings(node, "functions", r.functions());
        putStrings(node, "industries", r.industries());
        node.put("seniority", r.seniority().value());
        putRecruiterExtras(node, r.includePosterInfo(), r.trackingPixelUrl(), r.companyJobId());
        node.set("apply_method", applyMethod(r.applyMethod()));
        return node;
    }

    private static ObjectNode recruiterChanges(RecruiterJobChanges r) {
        ObjectNode node = object();
        putStrings(node, "functions", r.functions());
        putStrings(node, "industries", r.industries());
        putIfSet(node, "seniority", r.seniority());
        putRecruiterExtras(node, r.includePosterInfo(), r.trackingPixelUrl(), r.companyJobId());
        if (r.applyMethod() != null) {
            node.set("apply_method", applyMethod(r.applyMethod()));
        }
        node.put("project_id", r.projectId());
        return node;
    }

    private static void putRecruiterExtras(ObjectNode node, Boolean includePosterInfo, String trackingPixelUrl,
                                           String companyJobId) {
        if (includePosterInfo != null) {
            node.put("include_poster_info", includePosterInfo);
        }
        putIfSet(node, "tracking_pixel_url", trackingPixelUrl);
        putIfSet(node, "company_job_id", companyJobId);
    }

    private static ObjectNode applyMethod(ApplyMethod m) {
        ObjectNode node = object().put("type", m.type());
        if (m.url() != null) {
            return node.put("url", m.url());
        }
        return node.put("notification_email", m.notificationEmail()).put("resume_required", m.resumeRequired());
    }

    private static void putQuestions(ObjectNode body, List<ScreeningQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        ArrayNode array = body.putArray("screening_questions");
        for (ScreeningQuestion q : questions) {
            ObjectNode node = array.addObject().put("question", q.question());
            if (q.position() != null) {
                node.put("position", q.position());
            }
            if (q.mustMatch() != null) {
                node.put("must_match", q.mustMatch());
            }
            node.put("answer_type", q.answerType().value());
            if (q.answerType() == ScreeningQuestion.AnswerType.NUMERIC) {
                if (q.minExpectation() != null) {
                    putNumber(node, "min_expectation", q.minExpectation());
                }
                if (q.maxExpectation() != null) {
                    putNumber(node, "max_expectation", q.maxExpectation());
                }
            } else {
                putStrings(node, "choices", q.choices());
                putStrings(node, "expected_choices", q.expectedChoices());
            }
        }
    }

    private static ObjectNode idOrText(String id, String text) {
        return id != null ? object().put("id", id) : object().put("text", text);
    }

    // Whole numbers go out without a fraction (3, not 3.0): what a person typing the JSON would send.
    private static void putNumber(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    private static void putStrings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode node, String field, StringEnum value) {
        if (value != null) {
            node.put(field, value.value());
        }
    }

    private static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }
}
