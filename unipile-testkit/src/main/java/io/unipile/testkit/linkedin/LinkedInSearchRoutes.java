package io.unipile.testkit.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.linkedin.JobPostingState;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.Route;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.JsonFields;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.ResourceGroup;
import io.unipile.testkit.internal.SharedState;
import io.unipile.testkit.internal.WireJson;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * LinkedIn search: {@code GET /api/v1/linkedin/search/parameters} and {@code POST /api/v1/linkedin/search}.
 *
 * <p>A search filters what the fake holds by its main criteria: members ({@link FakeSearchMember}) by keywords
 * (every word, {@code AND}/{@code OR}/{@code NOT} aside, in the name, headline or current company), location,
 * industry, current and past company, network distance, names; companies ({@link FakeCompany}) by keywords, location
 * (a location's name naming the company's city or country), industry (an industry parameter's title among the
 * company's industries), headcount and open jobs; posts ({@link FakeSearchPost}) by keywords, author, date and
 * order; jobs (active {@link FakeJobPosting}s) by keywords, location, company, job type, workplace, date and order.
 * Every other filter of the spec is accepted (its name checked against the search's shape) and does not narrow
 * the results. A URL search reads the category from the URL's path and its {@code keywords}.
 *
 * <p>Pages: {@code limit} 0 to 100 (10 by default), at most 50 for LinkedIn classic (400 otherwise). The cursor
 * carries the search and the position, so the spec's cursor body ({@code {"cursor": ..}}) or the query's
 * {@code cursor} continues it; the last page has a null cursor. Sales Navigator searches need the account's
 * {@code sales_navigator} subscription and Recruiter ones its {@code recruiter} one (403
 * {@code errors/feature_not_subscribed}).
 */
public final class LinkedInSearchRoutes implements ResourceGroup {
    /** {@code GET /api/v1/linkedin/search/parameters}: seeded parameters, locations, companies and members. */
    public static final Route PARAMETERS = Route.get("/api/v1/linkedin/search/parameters", "limit", "keywords",
            "type", "account_id");
    /** {@code POST /api/v1/linkedin/search} (JSON). */
    public static final Route SEARCH = Route.post("/api/v1/linkedin/search", "cursor", "limit", "account_id");

    /** The fields of each search shape, as the spec lists them. */
    static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("classic/people", Set.of(
                "api", "category", "keywords", "industry", "location", "profile_language", "network_distance", "company",
                "past_company", "school", "service", "connections_of", "followers_of", "open_to", "advanced_keywords")),
            Map.entry("classic/companies", Set.of(
                "api", "category", "keywords", "industry", "location", "has_job_offers", "headcount", "network_distance")),
            Map.entry("classic/posts", Set.of(
                "api", "category", "keywords", "sort_by", "date_posted", "content_type", "posted_by", "mentioning",
                "author")),
            Map.entry("classic/jobs", Set.of(
                "api", "category", "keywords", "sort_by", "date_posted", "region", "location", "location_within_area",
                "industry", "seniority", "function", "role", "job_type", "company", "presence", "easy_apply",
                "has_verifications", "under_10_applicants", "in_your_network", "fair_chance_employer", "benefits",
                "commitments", "minimum_salary")),
            Map.entry("sales_navigator/people", Set.of(
                "api", "category", "keywords", "last_viewed_at", "saved_search_id", "recent_search_id", "location",
                "location_by_postal_code", "industry", "first_name", "last_name", "tenure", "groups", "school",
                "profile_language", "company", "company_headcount", "company_type", "company_location",
                "tenure_at_company", "past_company", "function", "role", "tenure_at_role", "seniority", "past_role",
                "following_your_company", "viewed_your_profile_recently", "network_distance", "connections_of",
                "past_colleague", "shared_experiences", "changed_jobs", "posted_on_linkedin", "mentionned_in_news",
                "persona", "account_lists", "lead_lists", "viewed_profile_recently", "messaged_recently",
                "include_saved_leads", "include_saved_accounts")),
            Map.entry("sales_navigator/companies", Set.of(
                "api", "category", "keywords", "last_viewed_at", "saved_search_id", "recent_search_id", "industry",
                "location", "location_by_postal_code", "has_job_offers", "headcount", "headcount_growth",
                "department_headcount", "department_headcount_growth", "network_distance", "annual_revenue",
                "followers_count", "fortune", "technologies", "recent_activities", "saved_accounts", "account_lists")),
            Map.entry("recruiter/people", Set.of(
                "api", "category", "keywords", "saved_search", "saved_filter", "location", "location_within_area",
                "industry", "role", "skills", "company", "company_headcount", "current_company", "past_company",
                "school", "groups", "graduation_year", "tenure", "seniority", "function", "network_distance",
                "spoken_languages", "hide_previously_viewed", "profile_language", "recently_joined", "spotlights",
                "first_name", "last_name", "has_military_background", "past_applicants", "hiring_projects",
                "recruiting_activity", "notes")));
    static final Set<String> TYPES = Set.of("LOCATION", "PEOPLE", "CONNECTIONS", "COMPANY", "SCHOOL", "INDUSTRY",
            "SERVICE", "JOB_FUNCTION", "JOB_TITLE", "EMPLOYMENT_TYPE", "SKILL", "GROUPS", "SALES_INDUSTRY",
            "DEPARTMENT", "PERSONA", "ACCOUNT_LISTS", "LEAD_LISTS", "TECHNOLOGIES", "SAVED_ACCOUNTS", "SAVED_SEARCHES",
            "RECENT_SEARCHES", "POSTAL_CODE", "HIRING_PROJECTS", "SAVED_FILTERS");
    private static final Set<String> BOOLEAN_WORDS = Set.of("AND", "OR", "NOT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedInStore linkedin;
    private final LinkedInSearchStore store;

    /** The group over this state. */
    public LinkedInSearchRoutes(SharedState state) {
        this.linkedin = LinkedInStore.of(state);
        this.store = LinkedInSearchStore.of(state);
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(Endpoint.of(PARAMETERS, this::parameters), Endpoint.json(SEARCH, this::search));
    }

    // ---- parameters ----

    private Reply parameters(IncomingRequest request) {
        linkedin.linkedinAccount(required(request, "account_id"));
        String type = required(request, "type");
        if (!TYPES.contains(type)) {
            throw ApiException.invalidParameters("type must be one of " + new TreeSet<>(TYPES));
        }
        int limit = limit(request, 1, 10);
        String keywords = request.queryParam("keywords");
        ArrayNode items = WireJson.NODES.arrayNode();
        for (LinkedInSearchStore.Parameter p : catalogue(type)) {
            if (items.size() == limit) {
                break;
            }
            if (keywords == null || contains(p.title(), keywords)) {
                items.add(LinkedInSearchJson.parameter(p));
            }
        }
        ObjectNode list = WireJson.NODES.objectNode().put("object", "LinkedinSearchParametersList");
        list.set("items", items);
        list.putObject("paging").put("page_count", items.size());
        return Reply.json(200, list);
    }

    /** The parameters of a type: as seeded, with locations, companies and members named by what the fake holds. */
    private List<LinkedInSearchStore.Parameter> catalogue(String type) {
        List<LinkedInSearchStore.Parameter> all = new ArrayList<>();
        switch (type) {
            case "LOCATION" -> new TreeSet<>(linkedin.locations().keySet()).forEach(id ->
                    all.add(new LinkedInSearchStore.Parameter(type, id, linkedin.locationName(id))));
            case "COMPANY" -> linkedin.companies().forEach(c ->
                    all.add(new LinkedInSearchStore.Parameter(type, c.id(), c.name())));
            case "PEOPLE", "CONNECTIONS" -> store.members().forEach(m ->
                    all.add(new LinkedInSearchStore.Parameter(type, m.id(), m.name())));
            default -> {
            }
        }
        store.parameters().stream().filter(p -> p.type().equals(type)).forEach(all::add);
        return all;
    }

    // ---- search ----

    private Reply search(IncomingRequest request) {
        FakeAccount account = linkedin.linkedinAccount(required(request, "account_id"));
        int limit = limit(request, 0, 10);
        JsonNode body = JsonFields.object(request.jsonBody(), allFields());
        String cursor = request.queryParam("cursor");
        if (body.has("cursor")) {
            only(body, "cursor");
            cursor = JsonFields.text(body.get("cursor"), "cursor");
        }
        ObjectNode params;
        int start = 0;
        if (cursor != null) {
            JsonNode position = decode(cursor);
            params = (ObjectNode) position.get("params");
            start = position.get("start").asInt();
        } else if (body.has("url")) {
            only(body, "url");
            params = fromUrl(JsonFields.text(body.get("url"), "url"));
        } else {
            params = checked(body);
        }
        String api = params.get("api").asText();
        if (api.equals("sales_navigator") || api.equals("recruiter")) {
            linkedin.subscribed(account.id(), api);
        } else if (limit > 50) {
            throw ApiException.invalidParameters("limit must not exceed 50 for LinkedIn classic");
        }
        List<ObjectNode> results = switch (params.get("category").asText()) {
            case "people" -> people(params);
            case "companies" -> companies(params);
            case "posts" -> posts(params);
            default -> jobs(params);
        };
        List<ObjectNode> page = results.subList(Math.min(start, results.size()),
                Math.min(start + limit, results.size()));
        int next = start + limit;
        String nextCursor = limit > 0 && next < results.size() ? encode(params, next) : null;
        return Reply.json(200, LinkedInSearchJson.page(page, params, start, results.size(), nextCursor));
    }

    private static Set<String> allFields() {
        Set<String> all = new HashSet<>(Set.of("url", "cursor"));
        FIELDS.values().forEach(all::addAll);
        return all;
    }

    private static void only(JsonNode body, String field) {
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals(field)) {
                throw ApiException.invalidParameters("Unknown field " + name + " next to " + field);
            }
        });
    }

    /** The body of a filter search, its shape's fields only, its main criteria of the right types. */
    private static ObjectNode checked(JsonNode body) {
        String api = JsonFields.requiredText(body, "api");
        String category = JsonFields.requiredText(body, "category");
        Set<String> fields = FIELDS.get(api + "/" + category);
        if (fields == null) {
            throw ApiException.invalidParameters("No " + category + " search with api " + api);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw ApiException.invalidParameters("Unknown field " + name + " for a " + api + " " + category
                        + " search");
            }
        });
        JsonFields.optionalText(body, "keywords");
        for (String ids : List.of("industry", "location", "company", "past_company", "region")) {
            JsonNode value = body.get(ids);
            if (value != null && !(value.isTextual() || value.isArray() || value.isObject())) {
                throw ApiException.invalidParameters(ids + " must be ids");
            }
        }
        return (ObjectNode) body.deepCopy();
    }

    /** The search a LinkedIn search URL describes: its category from the path, its keywords. */
    private static ObjectNode fromUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw new ApiException(400, "invalid_url", "Not a URL: " + url);
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] kind = host.endsWith("linkedin.com") ? kindOf(path) : null;
        if (kind == null) {
            throw new ApiException(400, "invalid_url", "Not a LinkedIn search URL: " + url);
        }
        ObjectNode params = WireJson.NODES.objectNode().put("api", kind[0]).put("category", kind[1]);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals("keywords")) {
                    params.put("keywords", URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String[] kindOf(String path) {
        Map<String, String[]> kinds = Map.of("/search/results/people", new String[] {"classic", "people"},
                "/search/results/companies", new String[] {"classic", "companies"},
                "/search/results/content", new String[] {"classic", "posts"},
                "/jobs/search", new String[] {"classic", "jobs"},
                "/sales/search/people", new String[] {"sales_navigator", "people"},
                "/sales/search/company", new String[] {"sales_navigator", "companies"},
                "/talent/search", new String[] {"recruiter", "people"});
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return kinds.get(trimmed);
    }

    // ---- matching ----

    private List<ObjectNode> people(ObjectNode q) {
        String api = q.get("api").asText();
        List<ObjectNode> out = new ArrayList<>();
        for (FakeSearchMember m : store.members()) {
            String company = m.companyId() == null ? "" : linkedin.companyById(m.companyId()).map(FakeCompany::name)
                    .orElse("");
            boolean match = keywords(q, m.name() + " " + m.headline() + " " + company)
                    && distance(q, m.networkDistance());
            if (api.equals("classic")) {
                match &= ids(q, "location", m.locationId()) && ids(q, "industry", m.industryId())
                        && ids(q, "company", m.companyId()) && anyId(q, "past_company", m.pastCompanyIds());
                JsonNode adv = q.path("advanced_keywords");
                match &= text(adv, "first_name", m.firstName()) && text(adv, "last_name", m.lastName())
                        && text(adv, "title", m.headline()) && text(adv, "company", company);
            } else if (api.equals("sales_navigator")) {
                match &= includeExclude(q, "location", List.of(nullToEmpty(m.locationId())))
                        && includeExclude(q, "industry", List.of(nullToEmpty(m.industryId())))
                        && includeExclude(q, "company", List.of(nullToEmpty(m.companyId()), company))
                        && includeExclude(q, "past_company", m.pastCompanyIds())
                        && text(q, "first_name", m.firstName()) && text(q, "last_name", m.lastName());
            } else {
                match &= criteria(q, "location", m.locationId(), "")
                        && criteria(q, "company", m.companyId(), company)
                        && criteria(q, "current_company", m.companyId(), "")
                        && anyText(q, "first_name", m.firstName()) && anyText(q, "last_name", m.lastName());
            }
            if (match) {
                out.add(LinkedInSearchJson.person(m, api, linkedin.locationNameOrNull(m.locationId()),
                        parameterTitle("INDUSTRY", m.industryId()), company));
            }
        }
        return out;
    }

    private List<ObjectNode> companies(ObjectNode q) {
        boolean classic = q.get("api").asText().equals("classic");
        Set<String> hiring = new HashSet<>();
        linkedin.allJobs().stream().filter(j -> j.state() == JobPostingState.ACTIVE && j.companyId() != null)
                .forEach(j -> hiring.add(j.companyId()));
        List<ObjectNode> out = new ArrayList<>();
        for (FakeCompany c : linkedin.companies()) {
            Predicate<String> locatedIn = id -> {
                String name = linkedin.locationName(id).toLowerCase(Locale.ROOT);
                return name.contains(c.city().toLowerCase(Locale.ROOT)) || name.equals(c.country().toLowerCase(
                        Locale.ROOT));
            };
            Predicate<String> inIndustry = id -> c.industries().stream().anyMatch(i ->
                    i.equals(parameterTitle("INDUSTRY", id)) || i.equals(parameterTitle("SALES_INDUSTRY", id)));
            boolean match = keywords(q, c.name() + " " + c.description() + " " + nullToEmpty(c.tagline()))
                    && headcount(q.get("headcount"), c.employeeCount());
            if (q.has("has_job_offers")) {
                match &= hiring.contains(c.id()) == q.get("has_job_offers").asBoolean();
            }
            if (classic) {
                match &= matchesAny(q.get("location"), locatedIn) && matchesAny(q.get("industry"), inIndustry);
            } else {
                match &= includeExclude(q.get("location"), locatedIn) && includeExclude(q.get("industry"), inIndustry);
            }
            if (match) {
                out.add(LinkedInSearchJson.company(c, hiring.contains(c.id())));
            }
        }
        return out;
    }

    private List<ObjectNode> posts(ObjectNode q) {
        List<FakeSearchPost> posts = new ArrayList<>(store.posts());
        if (q.path("sort_by").asText().equals("date")) {
            posts.sort(Comparator.comparing(FakeSearchPost::postedAt).reversed());
        }
        Instant since = switch (q.path("date_posted").asText()) {
            case "past_day" -> Instant.now().minus(Duration.ofDays(1));
            case "past_week" -> Instant.now().minus(Duration.ofDays(7));
            case "past_month" -> Instant.now().minus(Duration.ofDays(30));
            default -> Instant.MIN;
        };
        JsonNode by = q.path("posted_by");
        List<ObjectNode> out = new ArrayList<>();
        for (FakeSearchPost p : posts) {
            String side = p.authorIsCompany() ? "company" : "member";
            boolean byAuthor = !(by.has("member") || by.has("company")) || by.has(side) && ids(by, side, p.authorId());
            boolean match = keywords(q, p.text()) && !p.postedAt().isBefore(since) && byAuthor;
            if (match) {
                out.add(author(p));
            }
        }
        return out;
    }

    private ObjectNode author(FakeSearchPost p) {
        if (p.authorIsCompany()) {
            FakeCompany c = linkedin.companyById(p.authorId()).orElse(null);
            return LinkedInSearchJson.post(p, c == null ? null : c.publicIdentifier(), c == null ? null : c.name(),
                    null);
        }
        FakeSearchMember m = store.members().stream().filter(x -> x.id().equals(p.authorId())).findFirst()
                .orElse(null);
        return LinkedInSearchJson.post(p, m == null ? null : m.publicIdentifier(), m == null ? null : m.name(),
                m == null ? null : m.headline());
    }

    private List<ObjectNode> jobs(ObjectNode q) {
        List<FakeJobPosting> jobs = new ArrayList<>(linkedin.allJobs().stream()
                .filter(j -> j.state() == JobPostingState.ACTIVE).toList());
        if (q.path("sort_by").asText().equals("date")) {
            jobs.sort(Comparator.comparing(LinkedInSearchRoutes::postedAt).reversed());
        }
        Instant since = q.has("date_posted") ? Instant.now().minus(Duration.ofDays(q.get("date_posted").asLong()))
                : Instant.MIN;
        List<ObjectNode> out = new ArrayList<>();
        for (FakeJobPosting j : jobs) {
            Predicate<String> at = id -> linkedin.locationName(id).equalsIgnoreCase(j.location())
                    || id.equals(j.location());
            boolean match = keywords(q, j.title() + " " + j.description() + " " + j.company())
                    && matchesAny(q.get("location"), at)
                    && (!q.has("region") || at.test(q.get("region").asText()))
                    && ids(q, "company", j.companyId())
                    && values(q, "job_type", j.employmentStatus() == null ? null : j.employmentStatus().value())
                    && values(q, "presence", j.workplace() == null ? null : j.workplace().value())
                    && !postedAt(j).isBefore(since);
            if (match) {
                FakeCompany company = j.companyId() == null ? null : linkedin.companyById(j.companyId()).orElse(null);
                out.add(LinkedInSearchJson.job(j, postedAt(j), company));
            }
        }
        return out;
    }

    private static Instant postedAt(FakeJobPosting j) {
        return j.publishedAt() == null ? j.createdAt() : j.publishedAt();
    }

    /** Every word of the keywords (boolean operators aside) is in the text. */
    private static boolean keywords(JsonNode q, String text) {
        if (!q.has("keywords")) {
            return true;
        }
        for (String word : q.get("keywords").asText().split("[\\s()\"]+")) {
            if (!word.isEmpty() && !BOOLEAN_WORDS.contains(word) && !contains(text, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean text(JsonNode q, String field, String value) {
        return !q.has(field) || contains(value, q.get(field).asText());
    }

    private static boolean anyText(JsonNode q, String field, String value) {
        if (!q.has(field)) {
            return true;
        }
        for (JsonNode v : q.get(field)) {
            if (contains(value, v.asText())) {
                return true;
            }
        }
        return false;
    }

    /** An id filter: absent, or listing the value. */
    private static boolean ids(JsonNode q, String field, String value) {
        return matchesAny(q.get(field), v -> v.equals(value));
    }

    private static boolean anyId(JsonNode q, String field, List<String> values) {
        return matchesAny(q.get(field), values::contains);
    }

    private static boolean values(JsonNode q, String field, String value) {
        return matchesAny(q.get(field), v -> v.equalsIgnoreCase(value));
    }

    private static boolean matchesAny(JsonNode filter, Predicate<String> test) {
        if (filter == null) {
            return true;
        }
        for (JsonNode v : filter) {
            if (test.test(v.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean includeExclude(JsonNode q, String field, List<String> values) {
        return includeExclude(q.get(field), v -> values.stream().anyMatch(x -> x.equalsIgnoreCase(v)));
    }

    /** A Sales Navigator filter: one of the included values if any, none of the excluded. */
    private static boolean includeExclude(JsonNode filter, Predicate<String> test) {
        if (filter == null) {
            return true;
        }
        return (!filter.has("include") || matchesAny(filter.get("include"), test))
                && !(filter.has("exclude") && matchesAny(filter.get("exclude"), test));
    }

    /** A Recruiter criteria list: a MUST_HAVE or CAN_HAVE criterion matches if any; no DOESNT_HAVE one does. */
    private static boolean criteria(JsonNode q, String field, String id, String text) {
        if (!q.has(field)) {
            return true;
        }
        boolean wanted = false;
        boolean included = false;
        for (JsonNode c : q.get(field)) {
            boolean hit = c.has("id") ? c.get("id").asText().equals(id) : contains(text, c.path("keywords").asText());
            if (c.path("priority").asText().equals("DOESNT_HAVE")) {
                if (hit) {
                    return false;
                }
            } else {
                wanted = true;
                included |= hit;
            }
        }
        return !wanted || included;
    }

    private static boolean distance(JsonNode q, int degree) {
        return matchesAny(q.get("network_distance"), v -> v.equals(String.valueOf(degree)));
    }

    private static boolean headcount(JsonNode ranges, Integer employees) {
        if (ranges == null) {
            return true;
        }
        for (JsonNode r : ranges) {
            if (employees != null && employees >= r.path("min").asInt(0)
                    && employees <= r.path("max").asInt(Integer.MAX_VALUE)) {
                return true;
            }
        }
        return false;
    }

    private String parameterTitle(String type, String id) {
        if (id == null) {
            return null;
        }
        return store.parameters().stream().filter(p -> p.type().equals(type) && p.id().equals(id))
                .map(LinkedInSearchStore.Parameter::title).findFirst().orElse(null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- query and cursor ----

    private static String required(IncomingRequest request, String name) {
        String value = request.queryParam(name);
        if (value == null || value.isEmpty()) {
            throw ApiException.missingParameters(name + " is required");
        }
        return value;
    }

    private static int limit(IncomingRequest request, int min, int byDefault) {
        String value = request.queryParam("limit");
        if (value == null) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= min && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters("limit must be an integer from " + min + " to 100");
    }

    private static String encode(ObjectNode params, int start) {
        ObjectNode position = WireJson.NODES.objectNode().put("start", start);
        position.set("params", params);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(WireJson.bytes(position));
    }

    private static JsonNode decode(String cursor) {
        try {
            JsonNode position = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (position != null && position.path("params").isObject() && position.path("start").isInt()) {
                return position;
            }
        } catch (Exception e) {
            // reported below
        }
        throw ApiException.invalidParameters("The cursor is not a cursor of a search");
    }
}
