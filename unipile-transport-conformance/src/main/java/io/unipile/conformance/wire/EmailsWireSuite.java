package io.unipile.conformance.wire;

import io.unipile.conformance.MultipartParser.Part;
import io.unipile.conformance.RecordingServer.Recorded;
import io.unipile.conformance.RecordingServer.Reply;
import io.unipile.conformance.WireSuiteBase;
import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.CustomHeader;
import io.unipile.emails.DraftCreated;
import io.unipile.emails.Email;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.EmailDeleted;
import io.unipile.emails.EmailKind;
import io.unipile.emails.EmailSent;
import io.unipile.emails.EmailUpdated;
import io.unipile.emails.Folder;
import io.unipile.emails.FolderRole;
import io.unipile.emails.GetEmailRequest;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.TrackingOptions;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.errors.ServerException;
import io.unipile.files.FileDownload;
import io.unipile.files.FileInput;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every transport must put on the wire for the 9 operations of the Emails group, and how it reads back each
 * reply over real loopback HTTP: multipart field names and their JSON values, the streamed attachment upload and
 * download, the JSON of an update (not the Node SDK's {@code text/plain [object Object]}), the query encoding of the
 * filters, and input refused before anything is sent.
 */
public abstract class EmailsWireSuite extends WireSuiteBase {
    private static final String EMAIL = "{\"object\":\"Email\",\"id\":\"e1\",\"deprecated_id\":\"d1\",\"kind\":\"2_full\","
            + "\"account_id\":\"acc_1\",\"type\":\"GOOGLE_OAUTH\",\"date\":\"2026-11-27T10:00:00.000Z\",\"role\":\"inbox\","
            + "\"folders\":[\"INBOX\"],\"folderIds\":[\"f1\"],\"read_date\":null,\"message_id\":\"<m1@x.test>\","
            + "\"provider_id\":\"p1\",\"from_attendee\":{\"display_name\":\"Ann\",\"identifier\":\"ann@x.test\","
            + "\"identifier_type\":\"EMAIL_ADDRESS\"},\"to_attendees\":[],\"subject\":\"Hi\",\"has_attachments\":true,"
            + "\"origin\":\"external\",\"attachments\":[{\"id\":\"a1\",\"name\":\"cv.pdf\",\"size\":3,\"extension\":\"pdf\","
            + "\"mime\":\"application/pdf\"}],\"body_plain\":\"Hi\",\"body\":\"<p>Hi</p>\",\"thread_id\":\"t1\"}";
    private static final String FOLDER = "{\"object\":\"Folder\",\"id\":\"f1\",\"name\":\"Inbox\",\"account_id\":\"acc_1\","
            + "\"role\":\"inbox\",\"nb_mails\":2,\"provider_id\":\"INBOX\"}";

    @Test
    void listEncodesEveryFilterAndPages() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"EmailList\",\"items\":[" + EMAIL + "],\"cursor\":\"c2\"}"),
                Reply.json(200, "{\"object\":\"EmailList\",\"items\":[" + EMAIL + "],\"cursor\":null}"));

        List<Email> all = client.emails().listAll(ListEmailsRequest.builder("acc 1").folder("[Gmail]/Sent Mail")
                .from("ann+x@x.test").to("bob@x.test").addAnyEmail("a@x.test", "b&c@x.test").messageId("<m1@x.test>")
                .threadId("t 1").before(Instant.parse("2026-11-27T10:00:00Z")).after(Instant.parse("2026-01-01T00:00:00Z"))
                .metaOnly(false).includeHeaders(true).limit(250).build()).stream().collect(Collectors.toList());

        Recorded first = server.takeRequest();
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.rawPath()).isEqualTo("/api/v1/emails");
        assertThat(first.rawQuery()).isEqualTo("account_id=acc%201&folder=%5BGmail%5D%2FSent%20Mail"
                + "&from=ann%2Bx%40x.test&to=bob%40x.test&any_email=a%40x.test%2Cb%26c%40x.test"
                + "&message_id=%3Cm1%40x.test%3E&thread_id=t%201&before=2026-11-27T10%3A00%3A00.000Z"
                + "&after=2026-01-01T00%3A00%3A00.000Z&meta_only=false&include_headers=true&limit=250");
        assertCommonHeaders(first);
        assertThat(server.takeRequest().rawQuery()).contains("cursor=c2").startsWith("account_id=acc%201");
        assertThat(all).hasSize(2).allSatisfy(e -> {
            assertThat(e.kind()).isSameAs(EmailKind.FULL);
            assertThat(e.attachments().get(0).size()).isEqualTo(3L);
        });
    }

    @Test
    void sendWritesEveryPartByNameWithJsonValuesAndStreamsTheAttachments() throws Exception {
        server.enqueue(Reply.json(201, "{\"object\":\"EmailSent\",\"tracking_id\":\"tr1\",\"id\":\"e9\","
                + "\"provider_id\":null,\"later\":1}"));
        byte[] big = new byte[512 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }

        EmailSent sent = client.emails().send(SendEmailRequest.builder("acc_1")
                .from(EmailAddress.of("ann@x.test", "Ann Éclair")).addTo(EmailAddress.of("bob@x.test", "Bob \"B\""))
                .addTo(EmailAddress.of("carl@x.test")).addCc(EmailAddress.of("cc@x.test"))
                .addBcc(EmailAddress.of("bcc@x.test")).subject("Offre spéciale").body("<p>Hé &amp; <b>ho</b></p>")
                .replyTo("e0").addCustomHeader(CustomHeader.of("X-Campaign", "7"))
                .trackingOptions(TrackingOptions.opensAndLinks().withLabel("l1").withCustomDomain("t.x.test"))
                .addAttachment(FileInput.of(new ByteArrayInputStream(big), big.length, "big.bin"))
                .addAttachment(FileInput.of("%PDF".getBytes(StandardCharsets.US_ASCII), "cv.pdf")).build());

        Recorded r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/api/v1/emails");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertCommonHeaders(r);
        List<Part> parts = multipart(r);
        assertThat(names(parts)).containsExactly("account_id", "from", "to", "cc", "bcc", "subject", "body",
                "reply_to", "custom_headers", "tracking_options", "attachments", "attachments");
        assertThat(only(parts, "account_id").text()).isEqualTo("acc_1");
        assertThat(Json.mapper().readTree(only(parts, "from").text())).isEqualTo(Json.mapper().readTree(
                "{\"display_name\":\"Ann Éclair\",\"identifier\":\"ann@x.test\"}"));
        assertThat(Json.mapper().readTree(only(parts, "to").text())).isEqualTo(Json.mapper().readTree(
                "[{\"display_name\":\"Bob \\\"B\\\"\",\"identifier\":\"bob@x.test\"},{\"identifier\":\"carl@x.test\"}]"));
        assertThat(only(parts, "cc").text()).isEqualTo("[{\"identifier\":\"cc@x.test\"}]");
        assertThat(only(parts, "bcc").text()).isEqualTo("[{\"identifier\":\"bcc@x.test\"}]");
        assertThat(only(parts, "subject").text()).isEqualTo("Offre spéciale");
        assertThat(only(parts, "body").text()).isEqualTo("<p>Hé &amp; <b>ho</b></p>");
        assertThat(only(parts, "reply_to").text()).isEqualTo("e0");
        assertThat(only(parts, "custom_headers").text()).isEqualTo("[{\"name\":\"X-Campaign\",\"value\":\"7\"}]");
        assertThat(Json.mapper().readTree(only(parts, "tracking_options").text())).isEqualTo(Json.mapper().readTree(
                "{\"opens\":true,\"links\":true,\"label\":\"l1\",\"custom_domain\":\"t.x.test\"}"));
        List<Part> files = parts.stream().filter(p -> p.name().equals("attachments")).collect(Collectors.toList());
        assertThat(files.get(0).fileName()).isEqualTo("big.bin");
        assertThat(files.get(0).content()).isEqualTo(big);
        assertThat(files.get(1).fileName()).isEqualTo("cv.pdf");
        assertThat(files.get(1).contentType()).isEqualTo("application/pdf");
        assertThat(sent.trackingId()).isEqualTo("tr1");
        assertThat(sent.providerId()).isNull();
        assertThat(sent.extra()).containsKey("later");
    }

    @Test
    void aFailedSendIsNotRepeated() {
        server.enqueue(Reply.json(503, "{\"title\":\"Unavailable\",\"type\":\"errors/service_unavailable\","
                + "\"status\":503}"));

        assertThatThrownBy(() -> client.emails().send(SendEmailRequest.builder("acc_1").addTo("b@x.test").body("x")
                .build())).isInstanceOf(ServerException.class);
        assertThat(server.drain()).hasSize(1);
    }

    @Test
    void getUpdateAndDeleteNameTheEmailAsOneSegmentAndTheUpdateIsJson() throws Exception {
        server.enqueue(Reply.json(200, EMAIL), Reply.json(200, "{\"object\":\"EmailUpdated\"}"),
                Reply.json(200, "{\"object\":\"EmailDeleted\"}"));

        Email read = client.emails().get("<p1/..?x>", GetEmailRequest.inAccount("acc_1").withHeaders());
        EmailUpdated updated = client.emails().updateAsync("e 1", UpdateEmailRequest.moveTo("INBOX", "Label/1")
                .withUnread(true)).get();
        EmailDeleted deleted = client.emails().delete("p1", "acc_1");

        Recorded get = server.takeRequest();
        assertThat(get.rawPath()).isEqualTo("/api/v1/emails/%3Cp1%2F..%3Fx%3E");
        assertThat(get.rawQuery()).isEqualTo("account_id=acc_1&include_headers=true");
        Recorded put = server.takeRequest();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/api/v1/emails/e%201");
        assertThat(put.rawQuery()).isNull();
        assertThat(put.header("Content-Type")).startsWith("application/json");
        assertThat(put.bodyText()).isEqualTo("{\"unread\":true,\"folders\":[\"INBOX\",\"Label/1\"]}");
        Recorded delete = server.takeRequest();
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(delete.bodyLength()).isZero();
        assertThat(read.role()).isSameAs(FolderRole.INBOX);
        assertThat(updated.object()).isEqualTo("EmailUpdated");
        assertThat(deleted.object()).isEqualTo("EmailDeleted");
    }

    @Test
    void anAttachmentIsStreamedToTheCaller() throws Exception {
        long size = 8L * 1024 * 1024;
        server.enqueue(Reply.generated(200, "application/pdf", size));

        long read = 0;
        try (FileDownload file = client.emails().downloadAttachment("e1", "a/1", "acc_1");
             InputStream in = file.stream()) {
            assertThat(file.contentType()).contains("application/pdf");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
            }
        }

        assertThat(read).isEqualTo(size);
        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/emails/e1/attachments/a%2F1");
        assertThat(r.rawQuery()).isEqualTo("account_id=acc_1");
    }

    @Test
    void foldersAndDraftsGoWhereTheSpecSays() throws Exception {
        server.enqueue(Reply.json(200, "{\"object\":\"FolderList\",\"items\":[" + FOLDER + "]}"),
                Reply.json(200, FOLDER), Reply.json(200, "{\"object\":\"DraftCreated\",\"draft_id\":\"d1\"}"));

        Page<Folder> folders = client.emails().listFolders("acc_1");
        Folder folder = client.emails().getFolder("INBOX", "acc_1");
        DraftCreated draft = client.emails().createDraft(CreateDraftRequest.builder("acc_1")
                .addTo(EmailAddress.of("bob@x.test", "Bob")).subject("S").body("<p>B</p>").build());

        assertThat(server.takeRequest().rawQuery()).isEqualTo("account_id=acc_1");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/api/v1/folders/INBOX");
        Recorded r = server.takeRequest();
        assertThat(r.rawPath()).isEqualTo("/api/v1/drafts");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(Json.mapper().readTree(r.bodyText())).isEqualTo(Json.mapper().readTree("{\"account_id\":\"acc_1\","
                + "\"to\":[{\"display_name\":\"Bob\",\"identifier\":\"bob@x.test\"}],\"subject\":\"S\","
                + "\"body\":\"<p>B</p>\"}"));
        assertThat(folders.items()).singleElement().satisfies(f -> assertThat(f.nbMails()).isEqualTo(2L));
        assertThat(folder.providerId()).isEqualTo("INBOX");
        assertThat(draft.draftId()).isEqualTo("d1");
    }

    @Test
    void invalidInputFailsBeforeTheNetworkNamingTheField() {
        assertThatThrownBy(() -> client.emails().list(ListEmailsRequest.builder("a").limit(0).build()))
                .hasMessage("limit must be between 1 and 250 but was 0");
        assertThatThrownBy(() -> client.emails().get("")).hasMessage("emailId must not be blank");
        assertThatThrownBy(() -> client.emails().downloadAttachment("e", " ")).hasMessage(
                "attachmentId must not be blank");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").addTo("b@x.test").body("x")
                .addCustomHeader("Bcc", "e@x.test").build()).hasMessageStartingWith("name must start with X-");
        assertThatThrownBy(() -> client.emails().getFolder(null, "a")).hasMessage("folderId is required");
        assertThat(server.pendingRequests()).isZero();
    }
}
