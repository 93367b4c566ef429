package io.unipile.internal.emails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.CustomHeader;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.TrackingOptions;
import io.unipile.files.FileInput;
import io.unipile.internal.Json;
import io.unipile.internal.MultipartBody;

import java.util.List;

/**
 * The bodies of the e-mail writes. {@code POST /emails} is multipart, and its structured fields ({@code from},
 * {@code to}, {@code cc}, {@code bcc}, {@code custom_headers}, {@code tracking_options}) each travel as one part whose
 * value is their JSON, as Unipile's own send-email guide and SDK write them; files repeat {@code attachments}.
 * {@code POST /drafts} is the same fields as one JSON object.
 */
final class EmailForms {
    /** Every field {@link #send} may write. */
    static final List<String> SEND_FIELDS = List.of("account_id", "from", "to", "cc", "bcc", "subject", "body",
            "reply_to", "custom_headers", "tracking_options", "attachments");

    /** Every field {@link #draft} may write; no {@code attachments}: binary files have no encoding in JSON. */
    static final String[] DRAFT_FIELDS = {"account_id", "from", "to", "cc", "bcc", "subject", "body", "reply_to",
            "custom_headers", "tracking_options"};

    private EmailForms() {
    }

    /** The body of {@code POST /emails}. */
    static void send(SendEmailRequest r, MultipartBody.Builder b) {
        b.field("account_id", r.accountId());
        b.field("from", r.from() == null ? null : address(r.from()).toString());
        b.field("to", addresses(r.to()).toString());
        b.field("cc", r.cc().isEmpty() ? null : addresses(r.cc()).toString());
        b.field("bcc", r.bcc().isEmpty() ? null : addresses(r.bcc()).toString());
        b.field("subject", r.subject()).field("body", r.body()).field("reply_to", r.replyTo());
        b.field("custom_headers", r.customHeaders().isEmpty() ? null : headers(r.customHeaders()).toString());
        b.field("tracking_options", r.trackingOptions() == null ? null : tracking(r.trackingOptions()).toString());
        for (FileInput f : r.attachments()) {
            b.file("attachments", f);
        }
    }

    /** The body of {@code POST /drafts}. */
    static ObjectNode draft(CreateDraftRequest r) {
        ObjectNode body = Json.mapper().createObjectNode().put("account_id", r.accountId());
        if (r.from() != null) {
            body.set("from", address(r.from()));
        }
        body.set("to", addresses(r.to()));
        if (!r.cc().isEmpty()) {
            body.set("cc", addresses(r.cc()));
        }
        if (!r.bcc().isEmpty()) {
            body.set("bcc", addresses(r.bcc()));
        }
        if (r.subject() != null) {
            body.put("subject", r.subject());
        }
        body.put("body", r.body());
        if (r.replyTo() != null) {
            body.put("reply_to", r.replyTo());
        }
        if (!r.customHeaders().isEmpty()) {
            body.set("custom_headers", headers(r.customHeaders()));
        }
        if (r.trackingOptions() != null) {
            body.set("tracking_options", tracking(r.trackingOptions()));
        }
        return body;
    }

    private static ObjectNode address(EmailAddress a) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (a.displayName() != null) {
            node.put("display_name", a.displayName());
        }
        return node.put("identifier", a.identifier());
    }

    private static ArrayNode addresses(List<EmailAddress> list) {
        ArrayNode array = Json.mapper().createArrayNode();
        list.forEach(a -> array.add(address(a)));
        return array;
    }

    private static ArrayNode headers(List<CustomHeader> list) {
        ArrayNode array = Json.mapper().createArrayNode();
        list.forEach(h -> array.addObject().put("name", h.name()).put("value", h.value()));
        return array;
    }

    private static JsonNode tracking(TrackingOptions t) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (t.opens() != null) {
            node.put("opens", t.opens());
        }
        if (t.links() != null) {
            node.put("links", t.links());
        }
        if (t.label() != null) {
            node.put("label", t.label());
        }
        if (t.customDomain() != null) {
            node.put("custom_domain", t.customDomain());
        }
        return node;
    }
}
