package io.unipile;

import io.unipile.accounts.AccountType;
import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.CustomHeader;
import io.unipile.emails.DraftCreated;
import io.unipile.emails.Email;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.EmailKind;
import io.unipile.emails.EmailOrigin;
import io.unipile.emails.EmailSent;
import io.unipile.emails.EmailsClient;
import io.unipile.emails.Folder;
import io.unipile.emails.FolderRole;
import io.unipile.emails.GetEmailRequest;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.TrackingOptions;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.errors.UnipileTransportException;
import io.unipile.files.FileInput;
import io.unipile.http.TransportRequest;
import io.unipile.internal.Json;
import io.unipile.pagination.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Emails group before the transport: bad input fails naming the field and nothing is sent; query, JSON and
 * multipart are written as the spec says; the writes that create are never repeated by a retry; the three shapes of
 * an e-mail parse into one record, unknown fields and values kept. The wire format is proven over real HTTP by the
 * conformance module's {@code EmailsWireSuite}.
 */
class EmailsCallTest {
    private final RecordingProvider transport = new RecordingProvider();
    private final UnipileClient client = UnipileClient.builder().baseUrl("api1.unipile.com:13153").apiKey("k")
            .transport(transport).disableRetries().disableCircuitBreaker().build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(UnipileTransportException.class);
        assertThat(transport.requests).hasSize(1);
        return transport.requests.remove(0);
    }

    private static String body(TransportRequest request) throws Exception {
        try (InputStream in = request.body().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void requestsNameTheMissingOrMalformedFieldWhenBuilt() {
        assertThatThrownBy(() -> SendEmailRequest.builder().addTo("b@x.com").body("b").build())
                .hasMessage("accountId is required");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").body("b").build())
                .hasMessage("to must name at least one recipient");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").addTo("b@x.com").build()).hasMessage("body is required");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").to(Arrays.asList((EmailAddress) null)).body("b").build())
                .hasMessage("to[0] is required");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").addTo("b@x.com").body("b").subject("Hi\r\nBcc: e@x")
                .build()).hasMessage("subject must not contain line breaks");
        assertThatThrownBy(() -> SendEmailRequest.builder("a").addTo("b@x.com").body("b").replyTo(" ").build())
                .hasMessage("replyTo must not be blank");
        assertThatThrownBy(() -> EmailAddress.of("not-an-address")).hasMessage(
                "identifier must be an e-mail address but was not-an-address");
        assertThatThrownBy(() -> EmailAddress.of("b@x.com", "Bob\nBcc: e@x"))
                .hasMessage("displayName must not contain line breaks");
        assertThatThrownBy(() -> CustomHeader.of("Subject", "x")).hasMessageStartingWith("name must start with X-");
        assertThatThrownBy(() -> CustomHeader.of("X-Id", "1\r\nBcc: e@x")).hasMessage(
                "value must not contain line breaks");
        assertThat(CustomHeader.of("List-Unsubscribe", "<mailto:u@x.com>").name()).isEqualTo("List-Unsubscribe");
        assertThat(CustomHeader.of("x-campaign", "secret-token")).hasToString("CustomHeader[name=x-campaign, value=***]");
        assertThatThrownBy(() -> new TrackingOptions(true, true, " ", null)).hasMessage("label must not be blank");
        assertThatThrownBy(() -> ListEmailsRequest.builder().build()).hasMessage("accountId is required");
        assertThatThrownBy(() -> ListEmailsRequest.builder("a").addAnyEmail("a@x.com,b@x.com").build())
                .hasMessage("anyEmail[0] must be one address, without a comma");
        assertThatThrownBy(() -> ListEmailsRequest.builder("a").metaOnly(true).includeHeaders(true).build())
                .hasMessage("includeHeaders needs metaOnly to be false");
        assertThatThrownBy(() -> new UpdateEmailRequest(null, null, null)).hasMessage("unread or folders is required");
        assertThatThrownBy(() -> UpdateEmailRequest.moveTo()).hasMessage("folders must name at least one folder");
        assertThatThrownBy(() -> UpdateEmailRequest.moveTo("INBOX", " ")).hasMessage("folders[1] must not be blank");
        assertThatThrownBy(() -> UpdateEmailRequest.markRead().inAccount("")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> GetEmailRequest.inAccount(null)).hasMessage("accountId is required");
        assertThatThrownBy(() -> CreateDraftRequest.builder("a").body("b").build())
                .hasMessage("to must name at least one recipient");
    }

    @Test
    void requestsRoundTripThroughTheirBuildersAndHideBodiesAndHeaderValues() {
        SendEmailRequest send = SendEmailRequest.builder("a").from(EmailAddress.of("me@x.com", "Me"))
                .addTo(EmailAddress.of("b@x.com", "Bob")).addCc(EmailAddress.of("c@x.com"))
                .addBcc(EmailAddress.of("d@x.com")).subject("Hi").body("<p>secret body</p>").replyTo("e1")
                .addCustomHeader("X-Token", "s3cr3t").trackingOptions(TrackingOptions.opensAndLinks().withLabel("l"))
                .addAttachment(FileInput.of(new byte[3], "a.pdf")).build();
        CreateDraftRequest draft = CreateDraftRequest.builder("a").addTo("b@x.com").body("b").subject("s").build();
        ListEmailsRequest list = ListEmailsRequest.builder("a").folder("INBOX").from("f@x.com").to("t@x.com")
                .addAnyEmail("a@x.com", "b@x.com").messageId("<m@x>").threadId("t").before(Instant.EPOCH)
                .after(Instant.EPOCH).metaOnly(false).includeHeaders(true).limit(5).cursor("c").build();

        assertThat(send.toBuilder().build()).isEqualTo(send).hasSameHashCodeAs(send);
        assertThat(draft.toBuilder().build()).isEqualTo(draft);
        assertThat(list.toBuilder().build()).isEqualTo(list).hasSameHashCodeAs(list);
        assertThat(send.toString()).doesNotContain("secret body").doesNotContain("s3cr3t").contains("18 chars");
        UpdateEmailRequest update = UpdateEmailRequest.builder().accountId("a").unread(true).folders(List.of("INBOX"))
                .build();
        assertThat(update.toBuilder().build()).isEqualTo(update);
        assertThatThrownBy(() -> UpdateEmailRequest.builder().accountId("a").build())
                .hasMessage("unread or folders is required");
        assertThat(GetEmailRequest.builder().includeHeaders(true).build().toBuilder().build())
                .isEqualTo(new GetEmailRequest(null, true));
        assertThat(FolderRole.of("inbox")).isSameAs(FolderRole.INBOX);
        assertThat(FolderRole.of("newsletters").isKnown()).isFalse();
    }

    @Test
    void callsCheckTheirValuesBeforeAnythingIsSent() {
        EmailsClient emails = client.emails();
        assertThatThrownBy(() -> emails.list(null)).hasMessage("request is required");
        assertThatThrownBy(() -> emails.list(ListEmailsRequest.builder("a").limit(251).build()))
                .hasMessage("limit must be between 1 and 250 but was 251");
        assertThatThrownBy(() -> emails.listAll(ListEmailsRequest.builder("a").cursor("").build()))
                .hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> emails.send(null)).hasMessage("request is required");
        assertThatThrownBy(() -> emails.get(" ")).hasMessage("emailId must not be blank");
        assertThatThrownBy(() -> emails.update(null, UpdateEmailRequest.markRead())).hasMessage("emailId is required");
        assertThatThrownBy(() -> emails.update("e", null)).hasMessage("request is required");
        assertThatThrownBy(() -> emails.delete("")).hasMessage("emailId must not be blank");
        assertThatThrownBy(() -> emails.delete("e", " ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> emails.downloadAttachment("e", null)).hasMessage("attachmentId is required");
        assertThatThrownBy(() -> emails.listFolders(" ")).hasMessage("accountId must not be blank");
        assertThatThrownBy(() -> emails.getFolder("", null)).hasMessage("folderId must not be blank");
        assertThatThrownBy(() -> emails.createDraftAsync(null)).hasMessage("request is required");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void filtersAreEncodedInTheQuery() {
        TransportRequest r = sent(() -> client.emails().list(ListEmailsRequest.builder("acc 1").folder("[Gmail]/Sent")
                .from("ann+news@x.com").addAnyEmail("a@x.com", "b@x.com").before(Instant.parse("2026-01-02T03:04:05Z"))
                .metaOnly(true).limit(10).build()));

        assertThat(r.uri().getRawPath()).isEqualTo("/api/v1/emails");
        assertThat(r.uri().getRawQuery()).contains("account_id=acc%201", "folder=%5BGmail%5D%2FSent",
                "from=ann%2Bnews%40x.com", "any_email=a%40x.com%2Cb%40x.com", "before=2026-01-02T03%3A04%3A05.000Z",
                "meta_only=true", "limit=10").doesNotContain("include_headers", "cursor");
        TransportRequest get = sent(() -> client.emails().get("<m/1>", GetEmailRequest.inAccount("a").withHeaders()));
        assertThat(get.uri().getRawPath()).isEqualTo("/api/v1/emails/%3Cm%2F1%3E");
        assertThat(get.uri().getRawQuery()).isEqualTo("account_id=a&include_headers=true");
        assertThat(sent(() -> client.emails().get("e1")).uri().getRawQuery()).isNull();
        assertThat(sent(() -> client.emails().listFolders(null)).uri().getRawQuery()).isNull();
    }

    @Test
    void anUpdateIsJsonNotText() throws Exception {
        TransportRequest r = sent(() -> client.emails().update("e1", UpdateEmailRequest.moveTo("Archive")
                .withUnread(false).inAccount("acc")));

        assertThat(r.method().name()).isEqualTo("PUT");
        assertThat(r.uri().getRawQuery()).isEqualTo("account_id=acc");
        assertThat(r.body().contentType()).startsWith("application/json");
        assertThat(Json.mapper().readTree(body(r))).isEqualTo(Json.mapper().readTree(
                "{\"unread\":false,\"folders\":[\"Archive\"]}"));
        assertThat(body(r)).doesNotContain("[object Object]");
        assertThat(r.idempotent()).as("a PUT of the wanted state").isTrue();
    }

    @Test
    void aSendIsMultipartWithJsonPartsAndADraftIsJson() throws Exception {
        TransportRequest r = sent(() -> client.emails().send(SendEmailRequest.builder("acc")
                .addTo(EmailAddress.of("bob@x.com", "Bob \"B\" Émile")).subject("Hi").body("<p>Hé</p>")
                .addCustomHeader("X-Campaign", "42").trackingOptions(new TrackingOptions(true, false, null, null))
                .addAttachment(FileInput.of("%PDF".getBytes(StandardCharsets.US_ASCII), "cv.pdf")).build()));
        String form = body(r);

        assertThat(r.body().contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(form).contains("name=\"account_id\"\r\n\r\nacc\r\n",
                "name=\"to\"\r\n\r\n[{\"display_name\":\"Bob \\\"B\\\" Émile\",\"identifier\":\"bob@x.com\"}]\r\n",
                "name=\"subject\"\r\n\r\nHi\r\n", "name=\"body\"\r\n\r\n<p>Hé</p>\r\n",
                "name=\"custom_headers\"\r\n\r\n[{\"name\":\"X-Campaign\",\"value\":\"42\"}]\r\n",
                "name=\"tracking_options\"\r\n\r\n{\"opens\":true,\"links\":false}\r\n",
                "name=\"attachments\"; filename=\"cv.pdf\"", "Content-Type: application/pdf", "%PDF")
                .doesNotContain("name=\"cc\"", "name=\"from\"", "name=\"reply_to\"");
        assertThat(r.idempotent()).as("a send is never repeated").isFalse();

        TransportRequest d = sent(() -> client.emails().createDraft(CreateDraftRequest.builder("acc")
                .addTo("bob@x.com").body("<p>Draft</p>").replyTo("e1").build()));
        assertThat(d.body().contentType()).startsWith("application/json");
        assertThat(Json.mapper().readTree(body(d))).isEqualTo(Json.mapper().readTree("{\"account_id\":\"acc\","
                + "\"to\":[{\"identifier\":\"bob@x.com\"}],\"body\":\"<p>Draft</p>\",\"reply_to\":\"e1\"}"));
        assertThat(d.idempotent()).isFalse();
        assertThat(sent(() -> client.emails().delete("e1")).idempotent()).isTrue();
        assertThat(sent(() -> client.emails().downloadAttachment("e1", "a1", "acc")).uri().getRawPath())
                .isEqualTo("/api/v1/emails/e1/attachments/a1");
    }

    @Test
    void theThreeShapesOfAnEmailParseIntoOneRecordKeepingTheUnknown() throws Exception {
        String ref = "{\"object\":\"Email\",\"id\":\"e1\",\"deprecated_id\":\"d1\",\"kind\":\"0_ref\","
                + "\"account_id\":\"a\",\"type\":\"GOOGLE\",\"date\":\"2026-11-27T10:00:00.000Z\",\"role\":\"inbox\","
                + "\"folders\":[\"INBOX\"],\"folderIds\":[\"f1\"],\"read_date\":null,\"message_id\":\"<m@x>\","
                + "\"provider_id\":\"p1\"";
        Email reference = Json.mapper().readValue(ref + "}", Email.class);
        Email full = Json.mapper().readValue(ref.replace("0_ref", "2_full") + ",\"from_attendee\":{\"identifier\":"
                + "\"ann@x.com\",\"identifier_type\":\"EMAIL_ADDRESS\"},\"subject\":\"Hi\",\"has_attachments\":true,"
                + "\"origin\":\"sorted\",\"attachments\":[{\"id\":\"a1\",\"name\":\"cv.pdf\",\"size\":3.0,"
                + "\"extension\":\"pdf\",\"mime\":\"application/pdf\"}],\"body\":\"<p>Hi</p>\",\"body_plain\":\"Hi\","
                + "\"headers\":[{\"name\":\"X-A\",\"value\":\"1\"}],\"parent_mail\":{\"id\":\"e0\"},\"later\":1}",
                Email.class);

        assertThat(reference.kind()).isSameAs(EmailKind.REFERENCE);
        assertThat(reference.type().value()).isEqualTo("GOOGLE");
        assertThat(reference.isUnread()).isTrue();
        assertThat(reference.toAttendees()).isEmpty();
        assertThat(full.kind()).isSameAs(EmailKind.FULL);
        assertThat(full.type()).isNotEqualTo(AccountType.GOOGLE_OAUTH);
        assertThat(full.origin()).isEqualTo(EmailOrigin.of("sorted"));
        assertThat(full.attachments().get(0).size()).isEqualTo(3L);
        assertThat(full.headers().get(0).name()).isEqualTo("X-A");
        assertThat(full.parentMail().get("id").asText()).isEqualTo("e0");
        assertThat(full.extra()).containsOnlyKeys("later");
        assertThatThrownBy(() -> Json.mapper().readValue(ref.replace("\"id\":\"e1\",", "") + "}", Email.class))
                .hasMessageContaining("id");
        Page<?> folders = Json.mapper().readValue("{\"object\":\"FolderList\",\"items\":[{\"object\":\"Folder\","
                + "\"id\":\"f\",\"name\":\"Inbox\",\"account_id\":\"a\",\"role\":\"inbox\",\"provider_id\":\"INBOX\","
                + "\"nb_mails\":4}]}", Json.mapper().getTypeFactory().constructParametricType(Page.class,
                Folder.class));
        assertThat(((Folder) folders.items().get(0)).nbMails()).isEqualTo(4L);
        assertThat(folders.nextCursor()).isEmpty();
    }

    @Test
    void theEmailsClientCanBeMocked() {
        EmailsClient emails = mock(EmailsClient.class);
        UnipileClient unipile = mock(UnipileClient.class);
        when(unipile.emails()).thenReturn(emails);
        SendEmailRequest request = SendEmailRequest.builder("a").addTo("b@x.com").body("b").build();
        EmailSent sentReply = new EmailSent("EmailSent", "t", "e", null, null);
        when(emails.send(request)).thenReturn(sentReply);
        when(emails.createDraft(CreateDraftRequest.builder("a").addTo("b@x.com").body("b").build()))
                .thenReturn(new DraftCreated("DraftCreated", "d", null));

        assertThat(unipile.emails().send(SendEmailRequest.builder("a").addTo("b@x.com").body("b").build()))
                .isSameAs(sentReply);
        assertThat(unipile.emails().createDraft(CreateDraftRequest.builder("a").addTo("b@x.com").body("b").build())
                .draftId()).isEqualTo("d");
        assertThat(List.of(unipile.emails())).hasSize(1);
    }
}
