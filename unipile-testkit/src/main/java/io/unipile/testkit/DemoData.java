package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.linkedin.LinkedInDemoData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A small, realistic data set with stable ids, for demos and exploratory runs of the standalone
 * server ({@code --seed demo}): a LinkedIn, a WhatsApp and a mail account; three contacts (Bob on
 * LinkedIn, Carol and Dan on WhatsApp); a LinkedIn chat with Bob whose messages were read and reacted
 * to and whose last one carries a PDF; a second LinkedIn chat, with Erin, to forward to; and a WhatsApp group chat
 * with an unread message. Bob has a profile picture. No webhooks. The LinkedIn account also holds Recruiter, with
 * companies, a hiring project, job postings and applicants ({@link io.unipile.testkit.linkedin.LinkedInDemoData}).
 * Ids of accounts, chats, messages, attachments and the contacts' attendees stay the same across runs
 * (the holders' own attendees get fresh ids).
 */
public final class DemoData {
    /** The LinkedIn account's id. */
    public static final String LINKEDIN_ACCOUNT_ID = "demoLinkedinAccount001";
    /** The WhatsApp account's id. */
    public static final String WHATSAPP_ACCOUNT_ID = "demoWhatsappAccount001";
    /** The mail account's id. */
    public static final String MAIL_ACCOUNT_ID = "demoMailAccount0000001";
    /** The LinkedIn chat with Bob, whose last message has an attachment. */
    public static final String LINKEDIN_CHAT_ID = "demoLinkedinChatBob001";
    /** The WhatsApp group chat. */
    public static final String WHATSAPP_CHAT_ID = "demoWhatsappGroupChat1";
    /** The message of the LinkedIn chat with the PDF. */
    public static final String RESUME_MESSAGE_ID = "demoMessage00000000003";
    /** The PDF attachment of {@link #RESUME_MESSAGE_ID}. */
    public static final String RESUME_ATTACHMENT_ID = "demoAttachment00000001";
    /** Bob's attendee id (LinkedIn). */
    public static final String BOB_ATTENDEE_ID = "demoAttendeeBob0000001";
    /** Carol's attendee id (WhatsApp). */
    public static final String CAROL_ATTENDEE_ID = "demoAttendeeCarol00001";
    /** Erin's attendee id (LinkedIn). */
    public static final String ERIN_ATTENDEE_ID = "demoAttendeeErin000001";
    /** The LinkedIn chat with Erin. */
    public static final String ERIN_CHAT_ID = "demoLinkedinChatErin01";
    /** Dan's attendee id (WhatsApp). */
    public static final String DAN_ATTENDEE_ID = "demoAttendeeDan0000001";

    private static final String BOB = "ACoAABobDemo0000000000000000000000000000";
    private static final String CAROL = "33612345678@s.whatsapp.net";
    private static final String DAN = "33698765432@s.whatsapp.net";
    private static final String ERIN = "ACoAAErinDemo000000000000000000000000000";
    /** A 1x1 PNG. */
    private static final String PICTURE = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQ"
            + "AAAABJRU5ErkJggg==";

    private DemoData() {
    }

    private static FakeMessage.Builder message(FakeChat chat, int number) {
        return FakeMessage.builder(chat.id()).id("demoMessage0000000000" + number);
    }

    /** Adds the demo accounts, attendees, chats and messages to the state. */
    public static void load(FakeUnipileState state) {
        Instant base = Instant.parse("2025-06-02T09:00:00.000Z");
        FakeAccount linkedin = state.addAccount(FakeAccount.builder(AccountType.LINKEDIN).id(LINKEDIN_ACCOUNT_ID)
                .name("Alice Martin").createdAt(base.minusSeconds(86_400 * 30)).providerId("ACoAAAliceDemo")
                .connectionParams(new FakeConnectionParams.Linkedin("ACoAAAliceDemo", "alice-martin", "Alice Martin",
                        null, null, List.of("premium"), List.of(), null))
                .build());
        FakeAccount whatsapp = state.addAccount(FakeAccount.builder(AccountType.WHATSAPP).id(WHATSAPP_ACCOUNT_ID)
                .name("+33 6 00 00 00 01").createdAt(base.minusSeconds(86_400 * 12))
                .providerId("33600000001@s.whatsapp.net")
                .connectionParams(new FakeConnectionParams.Whatsapp("33600000001"))
                .build());
        state.addAccount(FakeAccount.builder(AccountType.MAIL).id(MAIL_ACCOUNT_ID).name("alice@example.com")
                .createdAt(base.minusSeconds(86_400 * 60))
                .connectionParams(new FakeConnectionParams.Imap("imap.example.com", 993, "alice@example.com", "ssl",
                        "smtp.example.com", 465, "alice@example.com"))
                .signatures(List.of(new FakeAccount.Signature("Default", "Alice Martin\nAcme Corp")))
                .build());

        state.addAttendee(new FakeAttendee(BOB_ATTENDEE_ID, linkedin.id(), BOB, "Bob Durand", false)
                .withPicture("image/png", FileContent.of(Base64.getDecoder().decode(PICTURE))));
        state.addAttendee(new FakeAttendee(ERIN_ATTENDEE_ID, linkedin.id(), ERIN, "Erin Blanc", false));
        state.addAttendee(new FakeAttendee(CAROL_ATTENDEE_ID, whatsapp.id(), CAROL, "Carol", false));
        state.addAttendee(new FakeAttendee(DAN_ATTENDEE_ID, whatsapp.id(), DAN, "Dan", false));

        FakeChat bobChat = state.addChat(FakeChat.builder(linkedin.id(), BOB).id(LINKEDIN_CHAT_ID)
                .providerId("2-ZGVtby1saW5rZWRpbi1ib2I=").name("Bob Durand").createdAt(base).build());
        state.addMessage(message(bobChat, 1).from(BOB).timestamp(base)
                .text("Hi Alice, are you still looking for a backend engineer?")
                .seenBy(linkedin.providerId(), base.plusSeconds(300)).build());
        state.addMessage(message(bobChat, 2).fromSelf().timestamp(base.plusSeconds(600))
                .text("Yes! Could you send me your resume?").seenBy(BOB, base.plusSeconds(900))
                .reactions(new FakeMessage.Reaction("👍", BOB, false)).build());
        state.addMessage(message(bobChat, 3).from(BOB).timestamp(base.plusSeconds(1_200))
                .text("Here it is.").seenBy(linkedin.providerId(), base.plusSeconds(1_500))
                .attachments(new FakeAttachment(RESUME_ATTACHMENT_ID, FakeAttachment.Type.FILE,
                        "bob-durand-resume.pdf", "application/pdf",
                        FileContent.of("%PDF-1.4\n% demo resume\n".getBytes(StandardCharsets.US_ASCII)), 0, 0, false))
                .build());

        FakeChat erinChat = state.addChat(FakeChat.builder(linkedin.id(), ERIN).id(ERIN_CHAT_ID)
                .providerId("2-ZGVtby1saW5rZWRpbi1lcmlu").name("Erin Blanc").createdAt(base.minusSeconds(7_200))
                .build());
        state.addMessage(message(erinChat, 6).from(ERIN).timestamp(base.minusSeconds(7_200))
                .text("Do you know a good backend engineer?").build());

        FakeChat group = state.addChat(FakeChat.builder(whatsapp.id(), CAROL, DAN).id(WHATSAPP_CHAT_ID)
                .providerId("120363000000000001@g.us").name("Weekend hike").unreadCount(1)
                .createdAt(base.plusSeconds(3_600)).build());
        state.addMessage(message(group, 4).from(CAROL).timestamp(base.plusSeconds(3_600))
                .text("Saturday 8am at the station?").build());
        state.addMessage(message(group, 5).from(DAN).timestamp(base.plusSeconds(3_900))
                .text("Works for me, see the map").build());

        LinkedInDemoData.load(state, linkedin.id());
    }
}
