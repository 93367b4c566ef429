package io.unipile.examples.mail;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.emails.Email;
import io.unipile.emails.EmailAddress;
import io.unipile.emails.FolderRole;
import io.unipile.emails.ListEmailsRequest;
import io.unipile.emails.SendEmailRequest;
import io.unipile.examples.mail.EmailReplyFlow.Answer;
import io.unipile.examples.mail.EmailReplyFlow.Outgoing;
import io.unipile.examples.webhooks.WebhookReceiver;
import io.unipile.files.FileInput;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail round trip end to end against the fake: the e-mail leaves with its PDF, the recipient (another mail
 * account of the fake, or a stranger) answers, the {@code email} webhook reaches the application's receiver, and the
 * answer is read, marked read and handled once.
 */
@FakeUnipile(webhookRetryDelaysMillis = {20, 40}, webhookTimeoutMillis = 2000)
class EmailReplyFlowTest {
    private static final byte[] PDF = "%PDF-1.4 quote".getBytes(StandardCharsets.US_ASCII);

    FakeUnipileServer server;
    UnipileClient client;

    private FakeAccount alice;
    private FakeAccount bob;
    private EmailReplyFlow flow;
    private WebhookReceiver receiver;
    private final BlockingQueue<Optional<Answer>> handled = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        alice = server.state().addAccount(FakeAccount.builder(AccountType.GOOGLE_OAUTH).name("alice@acme.test")
                .connectionParams(new FakeConnectionParams.OAuth("a", "alice@acme.test", "a", "alice@acme.test"))
                .build());
        bob = server.state().addAccount(FakeAccount.builder(AccountType.OUTLOOK).name("bob@client.test")
                .connectionParams(new FakeConnectionParams.OAuth("b", "bob@client.test", "b", "bob@client.test"))
                .build());
        flow = new EmailReplyFlow(client, alice.id());
        receiver = new WebhookReceiver("s3cr3t-" + System.nanoTime(), event -> handled.add(flow.onWebhook(event)));
        for (WebhookSource source : new WebhookSource[] {WebhookSource.EMAIL, WebhookSource.EMAIL_TRACKING}) {
            client.webhooks().create(CreateWebhookRequest.builder(receiver.url(), source).name("mail")
                    .addHeader(WebhookReceiver.SECRET_HEADER, receiver.secret())
                    .addHeader("Content-Type", "application/json").build());
        }
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void anAnswerFromAnotherMailboxIsReadMarkedReadAndHandledOnce() throws Exception {
        Outgoing quote = flow.send("bob@client.test", "Your quote", "<p>Hi Bob, the quote is attached.</p>",
                FileInput.of(PDF, "quote.pdf"));

        Email delivered = client.emails().list(ListEmailsRequest.of(bob.id())).items().get(0);
        assertThat(delivered.attachments()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("quote.pdf"));
        server.simulateEmailOpened(quote.emailId());
        client.emails().send(SendEmailRequest.builder(bob.id()).addTo(EmailAddress.of("alice@acme.test"))
                .body("<p>Looks good, <b>signed</b>.</p>").replyTo(delivered.id())
                .addAttachment(FileInput.of(PDF, "signed.pdf")).build());

        Answer answer = nextAnswer();
        assertThat(answer.original()).isEqualTo(quote);
        assertThat(answer.from()).isEqualTo("bob@client.test");
        assertThat(answer.text()).isEqualTo("Looks good, signed.");
        assertThat(answer.attachments()).containsExactly("signed.pdf");
        Email read = client.emails().get(answer.emailId());
        assertThat(read.isUnread()).isFalse();
        assertThat(read.role()).isSameAs(FolderRole.INBOX);
        assertThat(read.subject()).isEqualTo("Re: Your quote");
        assertThat(flow.wasOpened(quote)).isTrue();
        assertThat(flow.awaiting()).isEmpty();
    }

    @Test
    void anAnswerFromOutsideTheFakeArrivesTheSameWay() throws Exception {
        Outgoing quote = flow.send("carol@elsewhere.test", "Offer", "<p>See attached.</p>",
                FileInput.of(PDF, "offer.pdf"));

        FakeEmail incoming = server.simulateIncomingEmail(alice.id(), "carol@elsewhere.test", "Re: Offer",
                "<p>Accepted</p>", quote.emailId());

        Answer answer = nextAnswer();
        assertThat(answer.emailId()).isEqualTo(incoming.id());
        assertThat(answer.text()).isEqualTo("Accepted");
        assertThat(server.state().emails().email(incoming.id()).orElseThrow().readDate()).isNotNull();
        server.simulateIncomingEmail(alice.id(), "carol@elsewhere.test", "Re: Offer", "<p>Again</p>", quote.emailId());
        // The webhook takes the default events (mail_received only): once both answers are answered, nothing more was
        // handled.
        server.webhookDeliveries().awaitSettled(2, java.time.Duration.ofSeconds(10));
        java.util.List<Optional<Answer>> rest = new java.util.ArrayList<>();
        handled.drainTo(rest);
        assertThat(rest).as("a second answer to the same e-mail is not handled").allMatch(Optional::isEmpty);
    }

    private Answer nextAnswer() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Optional<Answer> next = nextEvent();
            if (next.isPresent()) {
                return next.get();
            }
        }
        throw new AssertionError("no answer handled");
    }

    private Optional<Answer> nextEvent() throws InterruptedException {
        Optional<Answer> next = handled.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("a webhook reached the receiver").isNotNull();
        return next;
    }
}
