package io.unipile.testkit.emails;

import static io.unipile.testkit.internal.WireJson.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.internal.WireJson;
import java.util.List;
import java.util.Locale;

/** How Unipile renders e-mails and folders. */
public final class EmailJson {
    /** {@code kind} of a reference, metadata, a full e-mail. */
    static final String REF = "0_ref";
    static final String META = "1_meta";
    static final String FULL = "2_full";

    private EmailJson() {
    }

    /** An e-mail of this kind, with its headers when asked. */
    static ObjectNode email(FakeEmail e, FakeAccount account, List<FakeFolder> folders, String kind,
                            boolean headers) {
        ObjectNode node = WireJson.object("Email");
        node.put("id", e.id());
        node.put("deprecated_id", e.id());
        node.put("kind", kind);
        node.put("account_id", e.accountId());
        node.put("type", account.type().value());
        node.put("date", WireJson.timestamp(e.date()));
        node.put("role", role(e, folders));
        ArrayNode names = node.putArray("folders");
        ArrayNode ids = node.putArray("folderIds");
        for (String f : e.folders()) {
            names.add(f);
            folders.stream().filter(x -> x.providerId().equals(f)).findFirst().ifPresent(x -> ids.add(x.id()));
        }
        if (e.readDate() == null) {
            node.putNull("read_date");
        } else {
            node.put("read_date", WireJson.timestamp(e.readDate()));
        }
        node.put("message_id", e.messageId());
        node.put("provider_id", e.providerId());
        if (kind.equals(REF)) {
            return node;
        }
        metadata(node, e);
        boolean full = kind.equals(FULL);
        node.put("body_plain", full ? plain(e.body()) : "");
        node.put("body", full ? e.body() : "");
        if (full && headers) {
            ArrayNode list = node.putArray("headers");
            list.addObject().put("name", "Message-ID").put("value", e.messageId());
            list.addObject().put("name", "Subject").put("value", e.subject());
            e.headers().forEach(h -> list.addObject().put("name", h.name()).put("value", h.value()));
        }
        return node;
    }

    /** The fields of the metadata shape, also those of an {@code email} webhook's payload. */
    static void metadata(ObjectNode node, FakeEmail e) {
        node.set("from_attendee", attendee(e.from()));
        node.set("to_attendees", attendees(e.to()));
        node.set("cc_attendees", attendees(e.cc()));
        node.set("bcc_attendees", attendees(e.bcc()));
        node.set("reply_to_attendees", attendees(e.replyTo()));
        node.put("subject", e.subject());
        node.put("has_attachments", !e.attachments().isEmpty());
        node.put("origin", e.origin());
        if (e.inReplyTo() != null) {
            node.putObject("in_reply_to").put("message_id", e.inReplyTo().messageId()).put("id", e.inReplyTo().id());
        }
        if (e.tracking() != null) {
            node.put("tracking_id", e.tracking().trackingId());
        }
        node.put("thread_id", e.threadId());
        ArrayNode files = node.putArray("attachments");
        for (FakeEmail.Attachment a : e.attachments()) {
            int dot = a.name().lastIndexOf('.');
            files.addObject().put("id", a.id()).put("name", a.name()).put("size", a.content().size())
                    .put("extension", dot < 0 ? "" : a.name().substring(dot + 1).toLowerCase(Locale.ROOT))
                    .put("mime", a.contentType());
        }
    }

    /** The role of the e-mail's first folder. */
    static String role(FakeEmail e, List<FakeFolder> folders) {
        return folders.stream().filter(f -> f.providerId().equals(e.folders().get(0))).findFirst()
                .map(FakeFolder::role).orElse("unknown");
    }

    /** A folder. */
    static ObjectNode folder(FakeFolder f, long count) {
        return WireJson.object("Folder").put("id", f.id()).put("name", f.name()).put("account_id", f.accountId())
                .put("role", f.role()).put("nb_mails", count).put("provider_id", f.providerId());
    }

    static ObjectNode attendee(FakeEmail.Address a) {
        ObjectNode node = NODES.objectNode();
        if (a.displayName() != null) {
            node.put("display_name", a.displayName());
        }
        return node.put("identifier", a.identifier()).put("identifier_type", "EMAIL_ADDRESS");
    }

    static ArrayNode attendees(List<FakeEmail.Address> list) {
        ArrayNode array = NODES.arrayNode();
        list.forEach(a -> array.add(attendee(a)));
        return array;
    }

    /**
     * An {@code email} webhook's payload: the fields its {@code data} keys name ({@code email_id}, ...), before any
     * renaming.
     */
    public static ObjectNode webhookPayload(String event, FakeEmail e, List<FakeFolder> folders) {
        ObjectNode node = NODES.objectNode();
        node.put("event", event);
        node.put("email_id", e.id());
        node.put("account_id", e.accountId());
        node.put("date", WireJson.timestamp(e.date()));
        metadata(node, e);
        node.put("body", e.body());
        node.put("body_plain", plain(e.body()));
        node.put("message_id", e.messageId());
        node.put("provider_id", e.providerId());
        if (e.readDate() == null) {
            node.putNull("read_date");
        } else {
            node.put("read_date", WireJson.timestamp(e.readDate()));
        }
        node.put("is_complete", true);
        ArrayNode names = node.putArray("folders");
        e.folders().forEach(names::add);
        node.put("role", role(e, folders));
        node.put("deprecated_id", e.id());
        return node;
    }

    /** The HTML body as plain text: tags dropped, the common entities decoded. */
    static String plain(String html) {
        return html.replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]*>", "").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();
    }
}
