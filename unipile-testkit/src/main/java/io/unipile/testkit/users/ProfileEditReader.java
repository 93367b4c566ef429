package io.unipile.testkit.users;

import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeUserProfile;
import io.unipile.testkit.FormFile;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.WireJson;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code PATCH /users/me/edit} strictly (the fields of the document only, files where it takes files, values
 * in range) and applies it to the account user's profile, so that the next read shows the change. Attachments and
 * picture settings are checked and then dropped: no profile route shows them.
 */
final class ProfileEditReader {
    private static final Set<String> FILES = Set.of("picture", "cover_picture", "experience[attachment][thumbnail]",
            "experience[attachment][file]", "education[attachment][thumbnail]", "education[attachment][file]");
    private static final Set<String> FIELDS = fields();
    private static final Set<String> FILTERS = Set.of("ORIGINAL", "STUDIO", "SPOTLIGHT", "PRIME", "CLASSIC", "EDGE",
            "LUMINATE");
    private static final Set<String> PRESENCES = Set.of("ON_SITE", "HYBRID", "REMOTE");
    private static final Set<String> SOURCES = Set.of("INDEED", "LINKEDIN", "COMPANY_WEBSITE", "OTHER_JOB_SITES",
            "REFERRAL", "CONTACTED_BY_RECRUITER", "STAFFING_AGENCY", "OTHER");
    /** A few LinkedIn location ids; others show as their id. */
    private static final Map<String, String> LOCATIONS = Map.of("105015875", "France", "103644278", "United States",
            "101165590", "United Kingdom", "101282230", "Germany");

    private ProfileEditReader() {
    }

    private static Set<String> fields() {
        Set<String> names = new HashSet<>(Set.of("type", "account_id", "location[id]", "location[postal_code]",
                "headline", "summary", "skills", "skills_follow"));
        for (String settings : List.of("picture_settings", "cover_picture_settings")) {
            names.add(settings + "[filter]");
            for (String corner : List.of("bottomLeft", "bottomRight", "topLeft", "topRight")) {
                names.add(settings + "[layout][" + corner + "][x]");
                names.add(settings + "[layout][" + corner + "][y]");
            }
            for (String adjustment : List.of("contrast", "vignette", "saturation", "brightness")) {
                names.add(settings + "[" + adjustment + "]");
            }
        }
        for (String name : List.of("id", "notify_network", "role", "employment_type", "company", "location",
                "presence", "seniority][start_date][month", "seniority][start_date][year",
                "seniority][end_date][month", "seniority][end_date][year", "description", "source_of_hire", "skills",
                "attachment][type", "attachment][title", "attachment][description", "attachment][url")) {
            names.add("experience[" + name + "]");
        }
        for (String name : List.of("id", "notify_network", "school", "degree", "grade", "field_of_study",
                "activities", "description", "start_date][month", "start_date][year", "end_date][month",
                "end_date][year", "skills", "attachment][type", "attachment][title", "attachment][description",
                "attachment][url")) {
            names.add("education[" + name + "]");
        }
        return Set.copyOf(names);
    }

    static Reply apply(IncomingRequest request, UserRoutes routes) {
        requireKnownFields(request);
        String type = request.formField("type");
        if (type == null) {
            throw ApiException.missingParameters("type is required");
        }
        if (!type.equals("LINKEDIN")) {
            throw ApiException.invalidParameters("type must be LINKEDIN, not " + type);
        }
        FakeAccount account = UserRoutes.linkedin(routes.account(request.formField("account_id")));
        Set<String> changes = new HashSet<>(request.formFields().keySet());
        request.files().forEach(f -> changes.add(f.fieldName()));
        changes.removeAll(Set.of("type", "account_id"));
        if (changes.isEmpty()) {
            throw ApiException.missingParameters("Nothing to edit: send headline, summary, location, a picture, "
                    + "experience, education or skills");
        }
        synchronized (routes.lock()) {
            FakeUserProfile profile = routes.users().holder(account);
            FakeUserProfile.Builder b = profile.toBuilder();
            String headline = request.formField("headline");
            if (headline != null) {
                b.headline(headline);
            }
            String summary = request.formField("summary");
            if (summary != null) {
                b.summary(summary);
            }
            String locationId = request.formField("location[id]");
            String postalCode = request.formField("location[postal_code]");
            if (postalCode != null && (locationId == null || postalCode.length() != 5)) {
                throw ApiException.invalidParameters("location[postal_code] takes 5 characters, with location[id]");
            }
            if (locationId != null) {
                b.location(LOCATIONS.getOrDefault(locationId, "LinkedIn location " + locationId));
            }
            String picture = picture(request, "picture", "picture_settings");
            if (picture != null) {
                b.profilePictureUrl(picture + profile.providerId() + "/" + Ids.random(8) + ".jpg");
            }
            String cover = picture(request, "cover_picture", "cover_picture_settings");
            if (cover != null) {
                b.backgroundPictureUrl(cover + profile.providerId() + "/cover-" + Ids.random(8) + ".jpg");
            }
            List<FakeUserProfile.Position> positions = new ArrayList<>(profile.positions());
            if (has(request, "experience[")) {
                experience(request, positions);
            }
            List<FakeUserProfile.School> schools = new ArrayList<>(profile.schools());
            if (has(request, "education[")) {
                education(request, schools);
            }
            Set<String> skills = new LinkedHashSet<>(profile.skills());
            skills.addAll(nonEmpty(request, "skills"));
            bool(request, "skills_follow");
            routes.users().replace(b.positions(positions.toArray(FakeUserProfile.Position[]::new))
                    .schools(schools.toArray(FakeUserProfile.School[]::new)).skills(skills.toArray(String[]::new))
                    .build());
        }
        return Reply.write(200, WireJson.object("ProfileEdited"), List.of());
    }

    private static void requireKnownFields(IncomingRequest request) {
        for (String name : request.formFields().keySet()) {
            if (!FIELDS.contains(name)) {
                throw ApiException.invalidParameters(FILES.contains(name) ? name + " must be sent as a file part"
                        : "Unknown field " + name);
            }
            if (!name.equals("skills") && !name.endsWith("[skills]") && request.formFields().get(name).size() > 1) {
                throw ApiException.invalidParameters("The field " + name + " must be given once");
            }
        }
        for (FormFile file : request.files()) {
            if (!FILES.contains(file.fieldName())) {
                throw ApiException.invalidParameters(FIELDS.contains(file.fieldName())
                        ? file.fieldName() + " must be sent as a text field, not a file"
                        : "Unknown file field " + file.fieldName());
            }
        }
    }

    /** Checks a new picture and its settings; the URL prefix of the stored picture, or null when none. */
    private static String picture(IncomingRequest request, String field, String settings) {
        FormFile file = request.singleFile(field);
        boolean hasSettings = has(request, settings + "[");
        if (file == null) {
            if (hasSettings) {
                throw ApiException.invalidParameters(settings + " apply to a new " + field + "; send it too");
            }
            return null;
        }
        if (file.contentType() == null || !file.contentType().startsWith("image/")) {
            throw ApiException.invalidParameters(field + " must be an image, not " + file.contentType());
        }
        String filter = request.formField(settings + "[filter]");
        if (filter != null && !FILTERS.contains(filter)) {
            throw ApiException.invalidParameters(settings + "[filter] must be one of " + FILTERS + ", not " + filter);
        }
        for (String name : request.formFields().keySet()) {
            if (name.startsWith(settings + "[") && !name.endsWith("[filter]")) {
                number(request, name);
            }
        }
        for (String corner : List.of("bottomLeft", "bottomRight", "topLeft", "topRight")) {
            String prefix = settings + "[layout][" + corner + "]";
            if ((request.formField(prefix + "[x]") == null) != (request.formField(prefix + "[y]") == null)) {
                throw ApiException.missingParameters(prefix + " takes both [x] and [y]");
            }
        }
        return "https://media.example.com/profile/";
    }

    private static void experience(IncomingRequest request, List<FakeUserProfile.Position> positions) {
        String p = "experience";
        String id = request.formField(p + "[id]");
        FakeUserProfile.Position old = null;
        if (id != null) {
            old = positions.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("No experience " + id + " on the profile"));
        }
        String role = request.formField(p + "[role]");
        String company = request.formField(p + "[company]");
        if (old == null && (role == null || company == null)) {
            throw ApiException.missingParameters("A new experience needs experience[role] and experience[company]");
        }
        enumField(request, p + "[presence]", PRESENCES);
        enumField(request, p + "[source_of_hire]", SOURCES);
        bool(request, p + "[notify_network]");
        YearMonth start = month(request, p + "[seniority][start_date]");
        YearMonth end = month(request, p + "[seniority][end_date]");
        if (end != null && start == null) {
            throw ApiException.missingParameters(p + "[seniority][start_date] is required with an end date");
        }
        attachment(request, p);
        List<String> skills = nonEmpty(request, p + "[skills]");
        FakeUserProfile.Position changed = new FakeUserProfile.Position(
                old != null ? old.id() : Ids.random(12),
                role != null ? role : old.role(),
                company != null ? company : old.company(),
                or(request.formField(p + "[location]"), old == null ? null : old.location()),
                or(request.formField(p + "[description]"), old == null ? null : old.description()),
                start != null ? start : old == null ? null : old.start(),
                end != null ? end : old == null ? null : old.end(),
                !skills.isEmpty() ? skills : old == null ? List.of() : old.skills());
        if (old == null) {
            positions.add(0, changed);
        } else {
            positions.set(positions.indexOf(old), changed);
        }
    }

    private static void education(IncomingRequest request, List<FakeUserProfile.School> schools) {
        String p = "education";
        String id = request.formField(p + "[id]");
        FakeUserProfile.School old = null;
        if (id != null) {
            old = schools.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("No education " + id + " on the profile"));
        }
        String school = request.formField(p + "[school]");
        if (old == null && school == null) {
            throw ApiException.missingParameters("A new education needs education[school]");
        }
        bool(request, p + "[notify_network]");
        YearMonth start = month(request, p + "[start_date]");
        YearMonth end = month(request, p + "[end_date]");
        attachment(request, p);
        nonEmpty(request, p + "[skills]");
        FakeUserProfile.School changed = new FakeUserProfile.School(
                old != null ? old.id() : Ids.random(12),
                school != null ? school : old.school(),
                or(request.formField(p + "[degree]"), old == null ? null : old.degree()),
                or(request.formField(p + "[field_of_study]"), old == null ? null : old.fieldOfStudy()),
                start != null ? start : old == null ? null : old.start(),
                end != null ? end : old == null ? null : old.end());
        if (old == null) {
            schools.add(0, changed);
        } else {
            schools.set(schools.indexOf(old), changed);
        }
    }

    private static void attachment(IncomingRequest request, String section) {
        String p = section + "[attachment]";
        if (!has(request, p + "[")) {
            return;
        }
        String type = request.formField(p + "[type]");
        if (type == null || request.formField(p + "[title]") == null) {
            throw ApiException.missingParameters(p + " takes [type] and [title]");
        }
        if (type.equals("link")) {
            if (request.formField(p + "[url]") == null || request.singleFile(p + "[file]") != null) {
                throw ApiException.invalidParameters("A link attachment takes [url] (and a [thumbnail]), no [file]");
            }
        } else if (type.equals("media")) {
            if (request.formField(p + "[url]") != null || request.singleFile(p + "[thumbnail]") != null) {
                throw ApiException.invalidParameters("A media attachment takes a [file], no [url] nor [thumbnail]");
            }
        } else {
            throw ApiException.invalidParameters(p + "[type] must be link or media, not " + type);
        }
    }

    /** A month from {@code prefix[month]} and {@code prefix[year]}, both or neither; null for neither. */
    private static YearMonth month(IncomingRequest request, String prefix) {
        String month = request.formField(prefix + "[month]");
        String year = request.formField(prefix + "[year]");
        if (month == null && year == null) {
            return null;
        }
        if (month == null || year == null) {
            throw ApiException.missingParameters(prefix + " takes [month] and [year]");
        }
        try {
            int m = Integer.parseInt(month);
            int y = Integer.parseInt(year);
            if (m >= 1 && m <= 12 && y >= 1900 && y <= 2100) {
                return YearMonth.of(y, m);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters(prefix + " must be a month from 1 to 12 and a year, not " + month + "/"
                + year);
    }

    private static void number(IncomingRequest request, String name) {
        String value = request.formField(name);
        try {
            if (Double.isFinite(Double.parseDouble(value)) && !value.contains("Infinity") && !value.contains("NaN")) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameters(name + " must be a number, not " + value);
    }

    private static void bool(IncomingRequest request, String name) {
        String value = request.formField(name);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidParameters(name + " must be true or false, not " + value);
        }
    }

    private static void enumField(IncomingRequest request, String name, Set<String> values) {
        String value = request.formField(name);
        if (value != null && !values.contains(value)) {
            throw ApiException.invalidParameters(name + " must be one of " + values + ", not " + value);
        }
    }

    private static List<String> nonEmpty(IncomingRequest request, String name) {
        List<String> values = request.formFields().getOrDefault(name, List.of());
        if (values.stream().anyMatch(String::isEmpty)) {
            throw ApiException.invalidParameters(name + " must not hold empty values");
        }
        return List.copyOf(values);
    }

    private static boolean has(IncomingRequest request, String prefix) {
        return request.formFields().keySet().stream().anyMatch(n -> n.startsWith(prefix))
                || request.files().stream().anyMatch(f -> f.fieldName().startsWith(prefix));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
