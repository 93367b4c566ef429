package io.unipile.internal.users;

import io.unipile.StringEnum;
import io.unipile.internal.MultipartBody;
import io.unipile.users.EditProfileRequest;
import io.unipile.users.EducationUpdate;
import io.unipile.users.ExperienceUpdate;
import io.unipile.users.PictureSettings;
import io.unipile.users.ProfileAttachment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multipart encoding of {@code PATCH /users/me/edit}, as Unipile reads it: nested objects as bracketed names
 * ({@code picture_settings[layout][bottomLeft][x]}), arrays as one field per value ({@code skills=a},
 * {@code skills=b}).
 */
final class UserForms {
    private static final List<String> CORNERS = List.of("bottomLeft", "bottomRight", "topLeft", "topRight");

    /** Every field {@link #editProfile} may write. */
    static final List<String> EDIT_PROFILE_FIELDS = editProfileFields();

    private UserForms() {
    }

    private static List<String> editProfileFields() {
        List<String> fields = new ArrayList<>(List.of("type", "account_id", "location[id]", "location[postal_code]",
                "headline", "summary", "picture", "cover_picture", "skills", "skills_follow"));
        for (String settings : List.of("picture_settings", "cover_picture_settings")) {
            fields.add(settings + "[filter]");
            for (String corner : CORNERS) {
                fields.add(settings + "[layout][" + corner + "][x]");
                fields.add(settings + "[layout][" + corner + "][y]");
            }
            for (String adjustment : List.of("contrast", "vignette", "saturation", "brightness")) {
                fields.add(settings + "[" + adjustment + "]");
            }
        }
        for (String name : List.of("id", "notify_network", "role", "employment_type", "company", "location",
                "presence", "seniority][start_date][month", "seniority][start_date][year",
                "seniority][end_date][month", "seniority][end_date][year", "description", "source_of_hire", "skills")) {
            fields.add("experience[" + name + "]");
        }
        for (String name : List.of("id", "notify_network", "school", "degree", "grade", "field_of_study",
                "activities", "description", "start_date][month", "start_date][year", "end_date][month",
                "end_date][year", "skills")) {
            fields.add("education[" + name + "]");
        }
        for (String section : List.of("experience", "education")) {
            for (String name : List.of("type", "title", "description", "url", "thumbnail", "file")) {
                fields.add(section + "[attachment][" + name + "]");
            }
        }
        return List.copyOf(fields);
    }

    /** The body of {@code PATCH /users/me/edit}. */
    static void editProfile(EditProfileRequest r, MultipartBody.Builder b) {
        // The only profile type the operation takes.
        b.field("type", "LINKEDIN").field("account_id", r.accountId());
        if (r.location() != null) {
            b.field("location[id]", r.location().id()).field("location[postal_code]", r.location().postalCode());
        }
        b.field("headline", r.headline()).field("summary", r.summary());
        b.file("picture", r.picture());
        pictureSettings(b, "picture_settings", r.pictureSettings());
        b.file("cover_picture", r.coverPicture());
        pictureSettings(b, "cover_picture_settings", r.coverPictureSettings());
        if (r.experience() != null) {
            experience(b, r.experience());
        }
        if (r.education() != null) {
            education(b, r.education());
        }
        r.skills().forEach(skill -> b.field("skills", skill));
        b.field("skills_follow", text(r.skillsFollow()));
    }

    private static void pictureSettings(MultipartBody.Builder b, String prefix, PictureSettings s) {
        if (s == null) {
            return;
        }
        b.field(prefix + "[filter]", text(s.filter()));
        List<PictureSettings.Point> points = Arrays.asList(s.bottomLeft(), s.bottomRight(), s.topLeft(),
                s.topRight());
        for (int i = 0; i < CORNERS.size(); i++) {
            PictureSettings.Point p = points.get(i);
            if (p != null) {
                String corner = prefix + "[layout][" + CORNERS.get(i) + "]";
                b.field(corner + "[x]", number(p.x())).field(corner + "[y]", number(p.y()));
            }
        }
        b.field(prefix + "[contrast]", number(s.contrast())).field(prefix + "[vignette]", number(s.vignette()))
                .field(prefix + "[saturation]", number(s.saturation()))
                .field(prefix + "[brightness]", number(s.brightness()));
    }

    private static void experience(MultipartBody.Builder b, ExperienceUpdate e) {
        String p = "experience";
        b.field(p + "[id]", e.id()).field(p + "[notify_network]", text(e.notifyNetwork()))
                .field(p + "[role]", e.role()).field(p + "[employment_type]", e.employmentType())
                .field(p + "[company]", e.company()).field(p + "[location]", e.location())
                .field(p + "[presence]", text(e.presence()));
        month(b, p + "[seniority][start_date]", e.start());
        month(b, p + "[seniority][end_date]", e.end());
        b.field(p + "[description]", e.description()).field(p + "[source_of_hire]", text(e.sourceOfHire()));
        e.skills().forEach(skill -> b.field(p + "[skills]", skill));
        attachment(b, p, e.attachment());
    }

    private static void education(MultipartBody.Builder b, EducationUpdate e) {
        String p = "education";
        b.field(p + "[id]", e.id()).field(p + "[notify_network]", text(e.notifyNetwork()))
                .field(p + "[school]", e.school()).field(p + "[degree]", e.degree()).field(p + "[grade]", e.grade())
                .field(p + "[field_of_study]", e.fieldOfStudy()).field(p + "[activities]", e.activities())
                .field(p + "[description]", e.description());
        month(b, p + "[start_date]", e.start());
        month(b, p + "[end_date]", e.end());
        e.skills().forEach(skill -> b.field(p + "[skills]", skill));
        attachment(b, p, e.attachment());
    }

    private static void month(MultipartBody.Builder b, String prefix, YearMonth month) {
        if (month != null) {
            b.field(prefix + "[month]", Integer.toString(month.getMonthValue()))
                    .field(prefix + "[year]", Integer.toString(month.getYear()));
        }
    }

    private static void attachment(MultipartBody.Builder b, String section, ProfileAttachment a) {
        if (a == null) {
            return;
        }
        String p = section + "[attachment]";
        b.field(p + "[type]", a.type()).field(p + "[title]", a.title()).field(p + "[description]", a.description())
                .field(p + "[url]", a.url());
        b.file(p + "[thumbnail]", a.thumbnail()).file(p + "[file]", a.file());
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof StringEnum e ? e.value() : value.toString();
    }

    // A form field takes the number as typed: 1.25, not 1.25E0; 2, not 2.0.
    private static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
