package io.unipile.testkit.linkedin;

import static io.unipile.testkit.internal.WireJson.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.internal.WireJson;
import java.time.Instant;
import java.util.List;

/** How Unipile renders LinkedIn search: parameters, pages and their PEOPLE, COMPANY, POST and JOB results. */
final class LinkedInSearchJson {
    private LinkedInSearchJson() {
    }

    static ObjectNode parameter(LinkedInSearchStore.Parameter p) {
        return NODES.objectNode().put("object", "LinkedinSearchParameter").put("id", p.id()).put("title", p.title());
    }

    static ObjectNode page(List<ObjectNode> items, ObjectNode params, int start, int total, String cursor) {
        ObjectNode page = NODES.objectNode().put("object", "LinkedinSearch");
        page.putArray("items").addAll(items);
        page.putObject("config").set("params", params);
        page.putObject("paging").put("start", start).put("page_count", items.size()).put("total_count", total);
        page.put("cursor", cursor);
        return page;
    }

    static ObjectNode person(FakeSearchMember m, String api, String location, String industry, String company) {
        ObjectNode o = result("PEOPLE").put("id", m.id()).put("public_identifier", m.publicIdentifier())
                .put("public_profile_url", "https://www.linkedin.com/in/" + m.publicIdentifier())
                .put("profile_url", profileUrl(m, api))
                .putNull("profile_picture_url").putNull("profile_picture_url_large")
                .put("member_urn", "urn:li:member:" + Math.abs(m.id().hashCode()))
                .put("name", m.name()).put("first_name", m.firstName()).put("last_name", m.lastName())
                .put("network_distance", "DISTANCE_" + m.networkDistance())
                .put("location", location).put("industry", industry).put("headline", m.headline());
        if (m.companyId() != null) {
            ObjectNode position = o.putArray("current_positions").addObject().put("company", company)
                    .put("company_id", m.companyId()).putNull("description").put("role", m.headline())
                    .put("location", location);
            position.putArray("industry");
            position.putNull("skills");
        }
        return o;
    }

    private static String profileUrl(FakeSearchMember m, String api) {
        return switch (api) {
            case "sales_navigator" -> "https://www.linkedin.com/sales/lead/" + m.id();
            case "recruiter" -> "https://www.linkedin.com/talent/profile/" + m.id();
            default -> "https://www.linkedin.com/in/" + m.publicIdentifier();
        };
    }

    static ObjectNode company(FakeCompany c, boolean hiring) {
        ObjectNode o = result("COMPANY").put("id", c.id()).put("name", c.name())
                .put("location", c.city() + ", " + c.country()).put("profile_url", c.profileUrl())
                .put("industry", c.industries().isEmpty() ? "" : c.industries().get(0))
                .put("summary", c.description()).put("followers_count", c.followersCount());
        o.put("job_offers_count", hiring ? 1 : 0);
        if (c.employeeCount() != null) {
            o.put("headcount", bracket(c.employeeCount()));
        }
        return o;
    }

    private static String bracket(int employees) {
        int[][] brackets = {{1, 10}, {11, 50}, {51, 200}, {201, 500}, {501, 1000}, {1001, 5000}, {5001, 10000}};
        for (int[] b : brackets) {
            if (employees <= b[1]) {
                return b[0] + "-" + b[1];
            }
        }
        return "10001+";
    }

    static ObjectNode post(FakeSearchPost p, String publicIdentifier, String name, String headline) {
        ObjectNode o = result("POST").put("provider", "LINKEDIN").put("id", p.id())
                .put("social_id", "urn:li:activity:" + p.id())
                .put("share_url", "https://www.linkedin.com/feed/update/urn:li:activity:" + p.id())
                .put("text", p.text()).put("date", WireJson.timestamp(p.postedAt()))
                .put("parsed_datetime", WireJson.timestamp(p.postedAt())).put("reaction_counter", p.reactions())
                .put("comment_counter", p.comments()).put("repost_counter", 0).put("impressions_counter", 0);
        ObjectNode author = o.putObject("author").put("public_identifier", publicIdentifier).put("id", p.authorId())
                .put("name", name).put("is_company", p.authorIsCompany());
        if (headline != null) {
            author.put("headline", headline);
        }
        o.putObject("permissions").put("can_react", true).put("can_share", true).put("can_post_comments", true);
        o.put("is_repost", false);
        o.putArray("attachments");
        return o;
    }

    static ObjectNode job(FakeJobPosting j, Instant postedAt, FakeCompany company) {
        ObjectNode o = result("JOB").put("id", j.id()).put("reference_id", j.id()).put("title", j.title())
                .put("location", j.location()).put("posted_at", WireJson.timestamp(postedAt)).put("reposted", false)
                .put("url", "https://www.linkedin.com/jobs/view/" + j.id() + "/")
                .put("promoted", j.publishMode() != null && !j.publishMode().value().equals("FREE"));
        o.putArray("benefits");
        o.put("easy_apply", j.externalApplyUrl() == null);
        ObjectNode c = o.putObject("company").put("id", j.companyId())
                .put("public_identifier", company == null ? null : company.publicIdentifier()).put("name", j.company())
                .put("profile_url", company == null ? null : company.profileUrl());
        c.putNull("profile_picture_url");
        return o;
    }

    private static ObjectNode result(String type) {
        return NODES.objectNode().put("object", "SearchResult").put("type", type);
    }
}
