package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.emails.CreateDraftRequest;
import io.unipile.emails.DraftCreated;
import io.unipile.emails.Email;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.EmailKind;
import io.unipile.emails.EmailOrigin;
import io.unipile.emails.EmailSent;
import io.unipile.emails.Folder;
import io.unipile.emails.FolderRole;
import io.unipile.emails.GetEmailRequest;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.emails.TrackingOptions;
import io.unipile.emails.UpdateEmailRequest;
import io.unipile.errors.BadRequestException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.UnprocessableEntityException;
import io.unipile.files.FileDownload;
import io.unipile.files.FileInput;
import io.unipile.pagination.Page;
import io.unipile.testkit.emails.EmailRoutes;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.EmailEvent;
import io.unipile.webhooks.EmailTrackingEvent;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Emails routes through the library's own client: what a send, a move, a read flag, a delete or a draft does
 * shows on the next read, in the sender's and the recipient's mailboxes, and on {@code email} and
 * {@code email_tracking} webhooks.
 */
@FakeUnipile
class EmailRoutesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final WebhookReceiver receiver = new WebhookReceiver();
    private FakeUnipileServer server;
    private FakeUnipileState state;
    private UnipileClient client;
    private FakeAccount gmail;
    private FakeAccount outlook;
    private FakeAccount linkedin;

    @BeforeEach
    void seed(FakeUnipileServer server, UnipileClient client) {
        this.server = server;
        this.state = server.state();
        this.client = client;
        gmail = state.addAccount(FakeAccount.builder(AccountType.GOOGLE_OAUTH).name("alice@gmail.test")
                .connectionParams(new FakeConnectionParams.OAuth("g1", "alice@gmail.test", "g1", "alice@gmail.test"))
                .build());
        outlook = state.addAccount(FakeAccount.builder(AccountType.OUTLOOK).name("bob@outlook.test")
                .connectionParams(new FakeConnectionParams.OAuth("o1", "bob@outlook.test", "o1", "bob@outlook.test"))
                .build());
        linkedin = state.addAccount(AccountType.LINKEDIN);
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    void aSentEmailIsInTheSendersSentFolderAndTheRecipientsInboxWithItsAttachment() throws Exception {
        byte[] pdf = "%PDF-1.4 offer".getBytes(StandardCharsets.US_ASCII);
        EmailSent sent = client.emails().send(SendEmailRequest.builder(gmail.id())
                .addTo(EmailAddress.of("bob@outlook.test", "Bob")).addCc(EmailAddress.of("carol@elsewhere.test"))
                .subject("Offer").body("<p>See the <b>offer</b>.</p>").addCustomHeader("X-Deal", "42")
                .addAttachment(FileInput.of(pdf, "offer.pdf")).build());

        assertThat(sent.object()).isEqualTo("EmailSent");
        assertThat(sent.trackingId()).isNotBlank();
        Email mine = client.emails().get(sent.id());
        assertThat(mine.kind()).isSameAs(EmailKind.FULL);
        assertThat(mine.role()).isSameAs(FolderRole.SENT);
        assertThat(mine.folders()).containsExactly("SENT");
        assertThat(mine.origin()).isSameAs(EmailOrigin.UNIPILE);
        assertThat(mine.fromAttendee().identifier()).isEqualTo("alice@gmail.test");
        assertThat(mine.toAttendees()).extracting(a -> a.displayName()).containsExactly("Bob");
        assertThat(mine.bodyPlain()).isEqualTo("See the offer.");
        assertThat(mine.providerId()).isEqualTo(sent.providerId());

        Email theirs = client.emails().list(ListEmailsRequest.builder(outlook.id()).build()).items().get(0);
        assertThat(theirs.role()).isSameAs(FolderRole.INBOX);
        assertThat(theirs.isUnread()).isTrue();
        assertThat(theirs.messageId()).isEqualTo(mine.messageId());
        assertThat(theirs.origin()).isSameAs(EmailOrigin.EXTERNAL);
        assertThat(theirs.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("offer.pdf");
            assertThat(a.mime()).isEqualTo("application/pdf");
            assertThat(a.size()).isEqualTo((long) pdf.length);
            assertThat(a.extension()).isEqualTo("pdf");
        });
        try (FileDownload file = client.emails().downloadAttachment(theirs.id(), theirs.attachments().get(0).id())) {
            assertThat(file.contentType()).contains("application/pdf");
            assertThat(file.stream().readAllBytes()).isEqualTo(pdf);
        }
        Email withHeaders = client.emails().get(theirs.id(), new GetEmailRequest(null, true));
        assertThat(withHeaders.headers()).anySatisfy(h -> assertThat(h.name()).isEqualTo("X-Deal"));
        assertThat(client.emails().get(theirs.id()).headers()).isEmpty();

        RecordedRequest wire = server.journal().requests(EmailRoutes.SEND_EMAIL).get(0);
        assertThat(wire.header("Content-Type").orElseThrow()).startsWith("multipart/form-data");
    }

    @Test
    void aReplyThreadsInBothMailboxesAndAnEmailIsFoundByProviderIdWithItsAccount() {
        EmailSent first = client.emails().send(SendEmailRequest.builder(gmail.id()).addTo("bob@outlook.test")
                .subject("Lunch?").body("<p>Lunch?</p>").build());
        Email received = client.emails().list(ListEmailsRequest.of(outlook.id())).items().get(0);

        EmailSent answer = client.emails().send(SendEmailRequest.builder(outlook.id()).addTo("alice@gmail.test")
                .body("<p>Yes</p>").replyTo(received.providerId()).build());

        Email reply = client.emails().get(answer.id());
        assertThat(reply.subject()).isEqualTo("Re: Lunch?");
        assertThat(reply.inReplyTo().id()).isEqualTo(received.id());
        assertThat(reply.threadId()).isEqualTo(received.threadId());
        Email arrived = client.emails().list(ListEmailsRequest.builder(gmail.id()).folder("INBOX").build()).items()
                .get(0);
        assertThat(arrived.inReplyTo().id()).isEqualTo(first.id());
        assertThat(arrived.threadId()).isEqualTo(client.emails().get(first.id()).threadId());
        assertThat(client.emails().get(arrived.providerId(), GetEmailRequest.inAccount(gmail.id())).id())
                .isEqualTo(arrived.id());
        assertThatThrownBy(() -> client.emails().get(arrived.providerId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.emails().get(arrived.id(), GetEmailRequest.inAccount(outlook.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesReadFlagsAndDeletesShowOnTheNextRead() {
        FakeEmail seeded = state.emails().addEmail(FakeEmail.builder(gmail.id()).from("news@shop.test", "Shop")
                .to("alice@gmail.test").subject("Sale").body("<p>50%</p>").build());

        client.emails().update(seeded.id(), UpdateEmailRequest.markRead());
        assertThat(client.emails().get(seeded.id()).readDate()).isNotNull();
        client.emails().update(seeded.providerId(), UpdateEmailRequest.markUnread().inAccount(gmail.id()));
        assertThat(client.emails().get(seeded.id()).isUnread()).isTrue();

        client.emails().update(seeded.id(), UpdateEmailRequest.moveTo("SPAM"));
        Email moved = client.emails().get(seeded.id());
        assertThat(moved.folders()).containsExactly("SPAM");
        assertThat(moved.role()).isSameAs(FolderRole.SPAM);
        assertThat(client.emails().list(ListEmailsRequest.builder(gmail.id()).folder("INBOX").build()).items())
                .isEmpty();
        assertThatThrownBy(() -> client.emails().update(seeded.id(), UpdateEmailRequest.moveTo("NOPE")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("NOPE");

        assertThat(client.emails().delete(seeded.id()).object()).isEqualTo("EmailDeleted");
        assertThat(client.emails().get(seeded.id()).role()).isSameAs(FolderRole.TRASH);
        client.emails().delete(seeded.id());
        assertThatThrownBy(() -> client.emails().get(seeded.id())).isInstanceOf(NotFoundException.class);
        assertThat(state.emails().email(seeded.id())).isEmpty();
    }

    @Test
    void everyFilterAndThePagesWork() {
        Instant t0 = Instant.parse("2026-03-01T10:00:00.000Z");
        for (int i = 0; i < 5; i++) {
            state.emails().addEmail(FakeEmail.builder(gmail.id()).from(i % 2 == 0 ? "ann@x.test" : "ben@x.test", null)
                    .to("alice@gmail.test").cc(i == 3 ? "carol@x.test" : "dan@x.test").subject("Mail " + i)
                    .body("<p>" + i + "</p>").date(t0.plusSeconds(60L * i)).threadId(i < 2 ? "thr-a" : "thr-b")
                    .folder(i == 4 ? "STARRED" : "INBOX").build());
        }
        String acc = gmail.id();

        assertThat(subjects(ListEmailsRequest.builder(acc).from("ANN@x.test").build()))
                .containsExactly("Mail 4", "Mail 2", "Mail 0");
        assertThat(subjects(ListEmailsRequest.builder(acc).to("carol@x.test").build())).containsExactly("Mail 3");
        assertThat(subjects(ListEmailsRequest.builder(acc).addAnyEmail("carol@x.test", "ben@x.test").build()))
                .containsExactly("Mail 3", "Mail 1");
        assertThat(subjects(ListEmailsRequest.builder(acc).threadId("thr-a").build()))
                .containsExactly("Mail 1", "Mail 0");
        assertThat(subjects(ListEmailsRequest.builder(acc).folder("STARRED").build())).containsExactly("Mail 4");
        assertThat(subjects(ListEmailsRequest.builder(acc).after(t0.plusSeconds(60)).before(t0.plusSeconds(240))
                .build())).containsExactly("Mail 3", "Mail 2");
        String messageId = state.emails().emails(acc).get(0).messageId();
        assertThat(subjects(ListEmailsRequest.builder(acc).messageId(messageId).build())).containsExactly("Mail 4");
        Page<Email> meta = client.emails().list(ListEmailsRequest.builder(acc).metaOnly(true).limit(2).build());
        assertThat(meta.items()).allSatisfy(e -> {
            assertThat(e.kind()).isSameAs(EmailKind.METADATA);
            assertThat(e.body()).isEmpty();
            assertThat(e.subject()).startsWith("Mail");
        });
        assertThat(meta.nextCursor()).isPresent();
        List<String> all = StreamSupport.stream(client.emails().listAll(ListEmailsRequest.builder(acc).limit(2)
                .build()).spliterator(), false).map(Email::subject).toList();
        assertThat(all).containsExactly("Mail 4", "Mail 3", "Mail 2", "Mail 1", "Mail 0");
        assertThatThrownBy(() -> client.emails().list(ListEmailsRequest.of(linkedin.id())))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> client.emails().list(ListEmailsRequest.of("unknown")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void foldersAreListedWithTheirCountsAndFoundByIdOrProviderId() {
        state.emails().addEmail(FakeEmail.builder(outlook.id()).folder(state.emails().folder(outlook.id(), "inbox")
                .providerId()).subject("x").build());

        List<Folder> mine = client.emails().listFolders(outlook.id()).items();
        assertThat(mine).extracting(Folder::name).contains("Inbox", "Sent Items", "Drafts", "Deleted Items");
        Folder inbox = mine.stream().filter(f -> f.role().equals(FolderRole.INBOX)).findFirst().orElseThrow();
        assertThat(inbox.nbMails()).isEqualTo(1L);
        assertThat(client.emails().listFolders(null).items()).extracting(Folder::accountId)
                .contains(gmail.id(), outlook.id());
        assertThat(client.emails().getFolder(inbox.id(), null)).isEqualTo(inbox);
        assertThat(client.emails().getFolder(inbox.providerId(), outlook.id())).isEqualTo(inbox);
        assertThatThrownBy(() -> client.emails().getFolder(inbox.providerId(), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsInTheDraftsFolder() {
        DraftCreated draft = client.emails().createDraft(CreateDraftRequest.builder(gmail.id())
                .addTo("bob@outlook.test").subject("Later").body("<p>Draft</p>").build());

        Email read = client.emails().get(draft.draftId());
        assertThat(read.role()).isSameAs(FolderRole.DRAFTS);
        assertThat(read.folders()).containsExactly("DRAFT");
        assertThat(state.emails().emails(outlook.id())).as("a draft is not delivered").isEmpty();
    }

    @Test
    void emailWebhooksHearSentReceivedAndMovedAndTrackingWebhooksOpensAndClicks() throws Exception {
        state.addWebhook(CreateWebhookRequest.builder(receiver.url("/mail"), WebhookSource.EMAIL).name("mail")
                .events(WebhookEventType.MAIL_SENT, WebhookEventType.MAIL_RECEIVED, WebhookEventType.MAIL_MOVED)
                .build());
        state.addWebhook(CreateWebhookRequest.builder(receiver.url("/track"), WebhookSource.EMAIL_TRACKING)
                .name("track").events(WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED).build());

        EmailSent sent = client.emails().send(SendEmailRequest.builder(gmail.id()).addTo("bob@outlook.test")
                .subject("Tracked").body("<p><a href=\"https://x.test\">x</a></p>")
                .trackingOptions(TrackingOptions.opensAndLinks().withLabel("campaign-7")).build());
        List<EmailEvent> mail = receiver.await(2, WAIT).stream().map(r -> (EmailEvent) WebhookEvents.parse(r.body()))
                .toList();
        assertThat(mail).extracting(EmailEvent::event)
                .containsExactlyInAnyOrder(WebhookEventType.MAIL_SENT, WebhookEventType.MAIL_RECEIVED);
        EmailEvent received = mail.stream().filter(e -> e.event().equals(WebhookEventType.MAIL_RECEIVED))
                .findFirst().orElseThrow();
        assertThat(received.accountId()).isEqualTo(outlook.id());
        assertThat(received.subject()).isEqualTo("Tracked");
        assertThat(received.webhookName()).isEqualTo("mail");
        assertThat(received.role()).isSameAs(FolderRole.INBOX);
        assertThat(received.extra()).isEmpty();

        server.simulateEmailOpened(sent.id());
        server.simulateEmailLinkClicked(sent.id(), "https://x.test");
        List<EmailTrackingEvent> tracking = receiver.await(4, WAIT).subList(2, 4).stream()
                .map(r -> (EmailTrackingEvent) WebhookEvents.parse(r.body())).toList();
        assertThat(tracking).extracting(EmailTrackingEvent::event)
                .containsExactlyInAnyOrder(WebhookEventType.MAIL_OPENED, WebhookEventType.MAIL_LINK_CLICKED);
        assertThat(tracking).allSatisfy(t -> {
            assertThat(t.trackingId()).isEqualTo(sent.trackingId());
            assertThat(t.emailId()).isEqualTo(sent.id());
            assertThat(t.label()).isEqualTo("campaign-7");
            assertThat(t.extra()).isEmpty();
        });

        FakeEmail incoming = server.simulateIncomingEmail(gmail.id(), "bob@outlook.test", "Re: Tracked",
                "<p>Got it</p>", sent.id());
        client.emails().update(incoming.id(), UpdateEmailRequest.moveTo("IMPORTANT"));
        List<EmailEvent> more = receiver.await(6, WAIT).subList(4, 6).stream()
                .map(r -> (EmailEvent) WebhookEvents.parse(r.body())).toList();
        // two webhooks in flight at once may arrive in either order
        assertThat(more).extracting(EmailEvent::event)
                .containsExactlyInAnyOrder(WebhookEventType.MAIL_RECEIVED, WebhookEventType.MAIL_MOVED);
        assertThat(more).filteredOn(e -> e.event().equals(WebhookEventType.MAIL_RECEIVED)).singleElement()
                .satisfies(e -> assertThat(e.inReplyTo().id()).isEqualTo(sent.id()));
        assertThat(more).filteredOn(e -> e.event().equals(WebhookEventType.MAIL_MOVED)).singleElement()
                .satisfies(e -> assertThat(e.folders()).containsExactly("IMPORTANT"));
        assertThatThrownBy(() -> server.simulateEmailOpened(incoming.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not sent with open tracking");
    }

    @Test
    void theFakeRefusesWhatUnipileRefuses() {
        assertThatThrownBy(() -> client.emails().send(SendEmailRequest.builder(linkedin.id()).addTo("b@x.test")
                .body("x").build())).isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> client.emails().send(SendEmailRequest.builder(gmail.id()).addTo("b@x.test")
                .body("x").replyTo("unknown").build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.emails().downloadAttachment(
                state.emails().addEmail(FakeEmail.builder(gmail.id()).build()).id(), "nope"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> state.emails().addEmail(FakeEmail.builder(gmail.id()).folder("Nope").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.emails().folders(linkedin.id())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWireMistakesOfOtherClientsAreRefused() {
        Http http = new Http(server);
        FakeEmail seeded = state.emails().addEmail(FakeEmail.builder(gmail.id()).build());

        // The official Node SDK sends the update as text/plain "[object Object]".
        java.net.http.HttpResponse<String> nodeSdk = http.send(http.request("/api/v1/emails/" + seeded.id())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[object Object]")).build());
        assertThat(nodeSdk.statusCode()).isIn(400, 415);
        assertThat(state.emails().email(seeded.id()).orElseThrow().readDate()).isNull();
        // Recipients as plain text, or as bracketed parts, are not Unipile's JSON parts.
        assertThat(http.post("/api/v1/emails", new Multipart().field("account_id", gmail.id())
                .field("to", "bob@outlook.test").field("body", "x")).statusCode()).isEqualTo(400);
        assertThat(http.post("/api/v1/emails", new Multipart().field("account_id", gmail.id())
                .field("to[0][identifier]", "bob@outlook.test").field("body", "x")).statusCode()).isEqualTo(400);
        assertThat(http.post("/api/v1/emails", new Multipart().field("account_id", gmail.id())
                .field("to", "[{\"identifier\":\"bob@outlook.test\"}]").field("body", "x")
                .field("custom_headers", "[{\"name\":\"Bcc\",\"value\":\"spy@x.test\"}]")).statusCode())
                .isEqualTo(400);
        assertThat(state.emails().emails(outlook.id())).as("nothing was delivered").isEmpty();
    }

    @Test
    void aDeletedAccountTakesItsMailboxAlong() {
        FakeEmail seeded = state.emails().addEmail(FakeEmail.builder(gmail.id()).build());

        client.accounts().delete(gmail.id());

        assertThat(state.emails().email(seeded.id())).isEmpty();
        assertThatThrownBy(() -> client.emails().get(seeded.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.emails().listFolders(gmail.id())).isInstanceOf(NotFoundException.class);
    }

    private List<String> subjects(ListEmailsRequest request) {
        return client.emails().list(request).items().stream().map(Email::subject).toList();
    }
}
