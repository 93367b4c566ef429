package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.calendars.CalendarState;
import io.unipile.testkit.calendars.FakeCalendar;
import io.unipile.testkit.calendars.FakeCalendarEvent;
import io.unipile.testkit.emails.EmailState;
import io.unipile.testkit.emails.FakeEmail;
import io.unipile.testkit.linkedin.LinkedInDemoData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;

/**
 * A small, realistic data set with stable ids, for demos and exploratory runs of the standalone
 * server ({@code --seed demo}): a LinkedIn, a WhatsApp, an IMAP, a Google and an Outlook account; three contacts (Bob on
 * LinkedIn, Carol and Dan on WhatsApp); a LinkedIn chat with Bob whose messages were read and reacted
 * to and whose last one carries a PDF; a second LinkedIn chat, with Erin, to forward to; and a WhatsApp group chat
 * with an unread message. Bob has a profile picture. No webhooks. A Google and an Outlook account hold mail: Bob's
 * resume (a PDF attached, unread), Alice's answer, a draft, a newsletter; meeting notes, an archived e-mail.
 *
 * <p>The LinkedIn account's network: Alice and seven members (Bob, Erin, Frank, Grace, Heidi, Ivan, Judy), each
 * with a full profile (experience, education, skills, languages), two posts, two comments and three reactions;
 * Bob, Erin and Frank are Alice's relations, Bob, Grace and Heidi follow her, she follows Erin and Grace; she
 * invited Ivan, and Heidi and Judy invited her. The LinkedIn account also holds Recruiter, with companies, a hiring
 * project, job postings and applicants ({@link io.unipile.testkit.linkedin.LinkedInDemoData}).
 *
 * <p>A Google and an Outlook account (mail and calendar) with calendars and events: on Google a primary calendar
 * with a weekly standup, a design review, an all-day offsite and a cancelled lunch, and a read-only holidays
 * calendar; on Outlook a planning call on Teams and an out-of-office day.
 *
 * <p>Ids of accounts, chats, messages, attachments, the contacts' attendees, posts and comments stay the same
 * across runs (the holders' own attendees and the invitations get fresh ids).
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
    /** Alice's LinkedIn provider id, the LinkedIn account's own user. */
    public static final String ALICE_PROVIDER_ID = "ACoAAAliceDemo";
    /** Bob's LinkedIn provider id. */
    public static final String BOB_PROVIDER_ID = "ACoAABobDemo0000000000000000000000000000";
    /** The Google (Gmail) account's id; its address is {@link #GOOGLE_ADDRESS}. */
    public static final String GOOGLE_ACCOUNT_ID = "demoGoogleAccount00001";
    /** The Outlook account's id; its address is {@link #OUTLOOK_ADDRESS}. */
    public static final String OUTLOOK_ACCOUNT_ID = "demoOutlookAccount0001";
    /** The Google account's address. */
    public static final String GOOGLE_ADDRESS = "alice.martin@gmail.example";
    /** The Outlook account's address. */
    public static final String OUTLOOK_ADDRESS = "alice.martin@outlook.example";
    /** Bob's e-mail with his resume attached, unread in the Google inbox. */
    public static final String RESUME_EMAIL_ID = "demoEmail0000000000001";
    /** The PDF attachment of {@link #RESUME_EMAIL_ID}. */
    public static final String RESUME_EMAIL_ATTACHMENT_ID = "demoEmailAttachment001";
    /** Alice's answer to {@link #RESUME_EMAIL_ID}, in the Google sent folder. */
    public static final String REPLY_EMAIL_ID = "demoEmail0000000000002";
    /** A draft in the Google drafts folder. */
    public static final String DRAFT_EMAIL_ID = "demoEmail0000000000003";
    /** Alice's latest post. */
    public static final String ALICE_POST_ID = "7300000000000001000";
    /** The Google account's primary calendar (Europe/Paris). */
    public static final String GOOGLE_CALENDAR_ID = "demoGoogleCalendarWork";
    /** The Google account's read-only holidays calendar, with all-day events. */
    public static final String GOOGLE_HOLIDAYS_CALENDAR_ID = "demoGoogleCalHolidays1";
    /** The Outlook account's calendar (America/New_York). */
    public static final String OUTLOOK_CALENDAR_ID = "demoOutlookCalendar001";
    /** The weekly standup on {@link #GOOGLE_CALENDAR_ID}, a recurring event. */
    public static final String STANDUP_EVENT_ID = "demoEventStandup000001";
    /** The design review on {@link #GOOGLE_CALENDAR_ID}, with attendees and a Meet conference. */
    public static final String DESIGN_REVIEW_EVENT_ID = "demoEventDesignReview1";

    private static final String BOB = BOB_PROVIDER_ID;
    private static final String CAROL = "33612345678@s.whatsapp.net";
    private static final String DAN = "33698765432@s.whatsapp.net";
    private static final String ERIN = "ACoAAErinDemo000000000000000000000000000";
    private static final String FRANK = "ACoAAFrankDemo00000000000000000000000000";
    private static final String GRACE = "ACoAAGraceDemo00000000000000000000000000";
    private static final String HEIDI = "ACoAAHeidiDemo00000000000000000000000000";
    private static final String IVAN = "ACoAAIvanDemo000000000000000000000000000";
    private static final String JUDY = "ACoAAJudyDemo000000000000000000000000000";
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

        network(state, linkedin, base);
        LinkedInDemoData.load(state, linkedin.id());
        FakeAccount[] mail = mailAccounts(state, base);
        mailboxes(state, mail[0], mail[1], base);
        calendars(state, base);
    }

    /**
     * The Google (GOOGLE_OAUTH) and Outlook accounts of the demo, the ones with mail (and calendars): made here, once,
     * so that other groups' demo data find them by {@link #GOOGLE_ACCOUNT_ID} and {@link #OUTLOOK_ACCOUNT_ID}.
     *
     * @return the Google account, then the Outlook one
     */
    private static FakeAccount[] mailAccounts(FakeUnipileState state, Instant base) {
        FakeAccount google = state.addAccount(FakeAccount.builder(AccountType.GOOGLE_OAUTH).id(GOOGLE_ACCOUNT_ID)
                .name(GOOGLE_ADDRESS).createdAt(base.minusSeconds(86_400 * 90)).providerId("108234567890123456789")
                .connectionParams(new FakeConnectionParams.OAuth("108234567890123456789", GOOGLE_ADDRESS,
                        "108234567890123456789", GOOGLE_ADDRESS))
                .build());
        FakeAccount outlook = state.addAccount(FakeAccount.builder(AccountType.OUTLOOK).id(OUTLOOK_ACCOUNT_ID)
                .name(OUTLOOK_ADDRESS).createdAt(base.minusSeconds(86_400 * 45))
                .providerId("00000000-0000-0000-a1b2-c3d4e5f60708")
                .connectionParams(new FakeConnectionParams.OAuth("00000000-0000-0000-a1b2-c3d4e5f60708",
                        OUTLOOK_ADDRESS, "00000000-0000-0000-a1b2-c3d4e5f60708", OUTLOOK_ADDRESS))
                .build());
        return new FakeAccount[] {google, outlook};
    }

    /**
     * The mailboxes: in Google, Bob's resume (unread, a PDF attached), Alice's answer in the sent folder, a draft and
     * a starred newsletter; in Outlook, a read meeting note, one archived, and the same answer Alice copied there.
     */
    private static void mailboxes(FakeUnipileState state, FakeAccount google, FakeAccount outlook, Instant base) {
        EmailState emails = state.emails();
        String bob = "bob.durand@example.com";
        FakeEmail resume = emails.addEmail(FakeEmail.builder(google.id()).id(RESUME_EMAIL_ID)
                .providerId("18f2a1b2c3d4e5f6").messageId("<CAbob-resume-0001@mail.example.com>")
                .threadId("18f2a1b2c3d4e5f6").date(base.plusSeconds(1_300)).folder("INBOX").folder("IMPORTANT")
                .from(bob, "Bob Durand").to(new FakeEmail.Address(GOOGLE_ADDRESS, "Alice Martin"))
                .subject("My resume").body("<p>Hi Alice,</p><p>As promised, my resume is attached.</p><p>Bob</p>")
                .attachment(new FakeEmail.Attachment(RESUME_EMAIL_ATTACHMENT_ID, "bob-durand-resume.pdf",
                        "application/pdf", FileContent.of("%PDF-1.4\n% demo resume\n".getBytes(StandardCharsets.US_ASCII))))
                .build());
        emails.addEmail(FakeEmail.builder(google.id()).id(REPLY_EMAIL_ID).providerId("18f2a1b2c3d4e700")
                .messageId("<alice-reply-0002@gmail.example>").threadId(resume.threadId()).date(base.plusSeconds(2_000))
                .folder("SENT").from(GOOGLE_ADDRESS, "Alice Martin").to(new FakeEmail.Address(bob, "Bob Durand"))
                .cc(OUTLOOK_ADDRESS).subject("Re: My resume").body("<p>Thanks Bob, I will read it today.</p>")
                .read(base.plusSeconds(2_000)).origin("unipile")
                .inReplyTo(new FakeEmail.Parent(resume.id(), resume.messageId())).build());
        emails.addEmail(FakeEmail.builder(google.id()).id(DRAFT_EMAIL_ID).providerId("18f2a1b2c3d4e800")
                .date(base.plusSeconds(2_400)).folder("DRAFT").from(GOOGLE_ADDRESS, "Alice Martin")
                .to(new FakeEmail.Address("erin.blanc@example.com", "Erin Blanc")).subject("Backend engineer")
                .body("<p>Hi Erin, I may have found our engineer.</p>").read(base.plusSeconds(2_400)).origin("unipile")
                .build());
        emails.addEmail(FakeEmail.builder(google.id()).id("demoEmail0000000000004").providerId("18f2a1b2c3d4e900")
                .date(base.minusSeconds(86_400)).folder("INBOX").folder("STARRED")
                .from("news@tech-weekly.example", "Tech Weekly").to(GOOGLE_ADDRESS).subject("This week in Java")
                .body("<h1>Java 25</h1><p>What is new.</p>").read(base.minusSeconds(80_000))
                .header("List-Unsubscribe", "<mailto:unsubscribe@tech-weekly.example>").build());

        emails.addEmail(FakeEmail.builder(outlook.id()).id("demoEmail0000000000005")
                .providerId("AAMkADdemo0000000000000005").date(base.minusSeconds(7_200))
                .folder(emails.folder(outlook.id(), "inbox").providerId()).from("carol@example.com", "Carol")
                .to(OUTLOOK_ADDRESS).subject("Meeting notes").body("<p>Notes from Monday attached below.</p>")
                .read(base.minusSeconds(3_600)).build());
        emails.addEmail(FakeEmail.builder(outlook.id()).id("demoEmail0000000000006")
                .providerId("AAMkADdemo0000000000000006").date(base.minusSeconds(86_400 * 3))
                .folder(emails.folder(outlook.id(), "archive").providerId()).from("dan@example.com", "Dan")
                .to(OUTLOOK_ADDRESS).subject("Hike photos").body("<p>Here they are.</p>")
                .read(base.minusSeconds(86_400 * 2)).build());
        emails.addEmail(FakeEmail.builder(outlook.id()).id("demoEmail0000000000007")
                .providerId("AAMkADdemo0000000000000007").messageId("<alice-reply-0002@gmail.example>")
                .date(base.plusSeconds(2_000)).folder(emails.folder(outlook.id(), "inbox").providerId())
                .from(GOOGLE_ADDRESS, "Alice Martin").to(new FakeEmail.Address(bob, "Bob Durand")).cc(OUTLOOK_ADDRESS)
                .subject("Re: My resume").body("<p>Thanks Bob, I will read it today.</p>").build());
    }

    /**
     * Calendars of the Google and Outlook accounts: on Google, the primary calendar (Europe/Paris) with a weekly
     * standup, a design review with attendees and a Meet link, an all-day offsite and a cancelled lunch, and a
     * read-only holidays calendar; on Outlook, a calendar (America/New_York) with a Teams call and an out-of-office
     * day that does not block time.
     */
    private static void calendars(FakeUnipileState state, Instant base) {
        CalendarState calendars = state.calendars();
        String paris = "Europe/Paris";
        String newYork = "America/New_York";
        FakeCalendar work = calendars.addCalendar(FakeCalendar.builder(GOOGLE_ACCOUNT_ID, GOOGLE_ADDRESS)
                .id(GOOGLE_CALENDAR_ID).isDefault(true).timezone(paris).backgroundColor("#039be5").build());
        FakeCalendar holidays = calendars.addCalendar(FakeCalendar.builder(GOOGLE_ACCOUNT_ID, "Holidays in France")
                .id(GOOGLE_HOLIDAYS_CALENDAR_ID).readOnly(true).ownedByUser(false)
                .description("Public holidays in France").backgroundColor("#0b8043").timezone(paris).build());
        FakeCalendar outlook = calendars.addCalendar(FakeCalendar.builder(OUTLOOK_ACCOUNT_ID, "Calendar")
                .id(OUTLOOK_CALENDAR_ID).isDefault(true).timezone(newYork).backgroundColor("#a4bdfc")
                .textColor("#1d1d1d").build());
        Instant created = base.minusSeconds(86_400 * 7);

        calendars.addEvent(FakeCalendarEvent.builder(work.id(), "Team standup",
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-02T07:30:00Z"), paris),
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-02T07:45:00Z"), paris))
                .id(STANDUP_EVENT_ID).createdAt(created).recurrence("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12")
                .invite("bob.durand@acme-corp.com", "erin.blanc@acme-corp.com")
                .conference("google_meet", "https://meet.google.com/abc-defg-hij").build());
        calendars.addEvent(FakeCalendarEvent.builder(work.id(), "Design review",
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-03T12:00:00Z"), paris),
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-03T13:00:00Z"), paris))
                .id(DESIGN_REVIEW_EVENT_ID).createdAt(created).body("Review of the new onboarding flow")
                .location("Room Ada, 3rd floor")
                .attendees(List.of(new FakeCalendarEvent.Attendee("bob.durand@acme-corp.com", "Bob Durand", null,
                                false, "required", "yes"),
                        new FakeCalendarEvent.Attendee("carol@example.com", "Carol", "Might be late", false,
                                "optional", "maybe"),
                        new FakeCalendarEvent.Attendee("room-ada@acme-corp.com", "Room Ada", null, false,
                                "resource", "yes")))
                .conference("google_meet", "https://meet.google.com/rev-iewx-des").build());
        calendars.addEvent(FakeCalendarEvent.builder(work.id(), "Team offsite",
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 12)),
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 14)))
                .createdAt(created).location("Lyon").transparency("transparent").build());
        calendars.addEvent(FakeCalendarEvent.builder(work.id(), "Lunch with Dan",
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-04T10:30:00Z"), paris),
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-04T11:30:00Z"), paris))
                .createdAt(created).cancelled(true).invite("dan@example.com").build());
        calendars.addEvent(FakeCalendarEvent.builder(holidays.id(), "Whit Monday",
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 9)),
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 10)))
                .createdAt(created).organizer("fr.french#holiday@group.v.calendar.google.com", "Holidays in France")
                .transparency("transparent").eventType("default").build());
        calendars.addEvent(FakeCalendarEvent.builder(outlook.id(), "Quarterly planning",
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-05T14:00:00Z"), newYork),
                        FakeCalendarEvent.Time.at(Instant.parse("2025-06-05T15:30:00Z"), newYork))
                .createdAt(created).visibility("private").invite("frank@acme-corp.com")
                .conference("teams", "https://teams.microsoft.com/l/meetup-join/demoQuarterlyPlanning").build());
        calendars.addEvent(FakeCalendarEvent.builder(outlook.id(), "Out of office",
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 6)),
                        FakeCalendarEvent.Time.day(LocalDate.of(2025, 6, 7)))
                .createdAt(created).transparency("transparent").eventType("outOfOffice").build());
    }

    /** One member of the demo network: who, their work and school, and what they post. */
    private record Member(String providerId, String first, String last, String role, String company,
                          String school, String field, String city, String post, List<String> skills) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member(ALICE_PROVIDER_ID, "Alice", "Martin", "Head of Engineering", "Acme Corp", "École Polytechnique",
                    "Computer Science", "Paris", "We are hiring backend engineers in Paris: Java, Postgres, Kafka.",
                    List.of("Engineering Management", "Java", "Hiring")),
            new Member(BOB, "Bob", "Durand", "Senior Backend Engineer", "Globex", "Université de Lyon",
                    "Software Engineering", "Lyon", "Five lessons from moving our billing to event sourcing.",
                    List.of("Java", "Kafka", "PostgreSQL")),
            new Member(ERIN, "Erin", "Blanc", "CTO", "Initech", "INSA Lyon", "Computer Science", "Paris",
                    "Our engineering ladder is now public. Feedback welcome!", List.of("Leadership", "Go", "AWS")),
            new Member(FRANK, "Frank", "Petit", "Data Engineer", "Umbrella", "Université Paris-Saclay",
                    "Data Science", "Nantes", "Spark or DuckDB for 50 GB? A benchmark.", List.of("Spark", "Python")),
            new Member(GRACE, "Grace", "Lemaire", "Talent Acquisition Partner", "Hooli", "Sciences Po",
                    "Human Resources", "Bordeaux", "Tips for a backend interview loop that respects candidates.",
                    List.of("Recruiting", "Employer Branding")),
            new Member(HEIDI, "Heidi", "Roux", "Product Manager", "Stark", "HEC Paris", "Management", "Paris",
                    "What I learned shipping a payments API in 90 days.", List.of("Product Management", "APIs")),
            new Member(IVAN, "Ivan", "Morel", "Site Reliability Engineer", "Acme Corp", "EPITA", "Computer Science",
                    "Toulouse", "Our on-call handbook, open sourced.", List.of("Kubernetes", "Observability")),
            new Member(JUDY, "Judy", "Garnier", "Frontend Engineer", "Globex", "Université de Bordeaux",
                    "Computer Science", "Bordeaux", "Accessibility audits caught 40 bugs in a week.",
                    List.of("TypeScript", "Accessibility")));

    /** The LinkedIn account's network, invitations and every member's profile and activity. */
    private static void network(FakeUnipileState state, FakeAccount linkedin, Instant base) {
        for (int i = 0; i < MEMBERS.size(); i++) {
            Member m = MEMBERS.get(i);
            String publicId = (m.first() + "-" + m.last()).toLowerCase(java.util.Locale.ROOT);
            state.addUserProfile(FakeUserProfile.builder(m.providerId()).publicIdentifier(publicId)
                    .name(m.first(), m.last()).headline(m.role() + " at " + m.company())
                    .summary(m.first() + " works on " + String.join(", ", m.skills()) + " at " + m.company() + ".")
                    .location(m.city() + ", France").websites("https://" + publicId + ".example.com")
                    .profilePictureUrl("https://media.example.com/profile/" + publicId + ".jpg")
                    .counts(150 + 37 * i, 300 + 11 * i).premium(i == 0).openProfile(i % 2 == 0)
                    .email(publicId + "@example.com")
                    .positions(new FakeUserProfile.Position("demoPosition" + i + "a", m.role(), m.company(),
                                    m.city(), "Leads the " + m.skills().get(0) + " work.", YearMonth.of(2021, 1 + i),
                                    null, m.skills()),
                            new FakeUserProfile.Position("demoPosition" + i + "b", "Engineer", "Early Startup",
                                    "Paris", null, YearMonth.of(2016, 9), YearMonth.of(2020, 12), List.of()))
                    .schools(new FakeUserProfile.School("demoSchool" + i, m.school(), "Master", m.field(),
                            YearMonth.of(2011, 9), YearMonth.of(2016, 6)))
                    .skills(m.skills().toArray(String[]::new)).languages("French", "English").build());
        }
        String account = linkedin.id();
        state.addRelation(new FakeRelation(account, BOB, base.minusSeconds(86_400L * 200)));
        state.addRelation(new FakeRelation(account, ERIN, base.minusSeconds(86_400L * 90)));
        state.addRelation(new FakeRelation(account, FRANK, base.minusSeconds(86_400L * 10)));
        state.addFollower(account, BOB);
        state.addFollower(account, GRACE);
        state.addFollower(account, HEIDI);
        state.addFollowing(account, ERIN);
        state.addFollowing(account, GRACE);
        state.addSentInvitation(account, IVAN, "Hi Ivan, we met at the SRE meetup. Let's connect!");
        state.addReceivedInvitation(account, HEIDI, "Hello Alice, I'd love to talk about your API platform.");
        state.addReceivedInvitation(account, JUDY, null);

        int n = MEMBERS.size();
        String[] values = {"LIKE", "PRAISE", "APPRECIATION", "EMPATHY", "INTEREST", "ENTERTAINMENT"};
        for (int i = 0; i < n; i++) {
            Member m = MEMBERS.get(i);
            state.addPost(new FakePost(postId(i, 1), m.providerId(), false, m.post(),
                    base.minusSeconds(3_600L * (i + 1) * 7), 400 + 90 * i));
            state.addPost(new FakePost(postId(i, 2), m.providerId(), false, "Thanks to everyone who came to our "
                    + m.skills().get(0) + " meetup in " + m.city() + "!", base.minusSeconds(86_400L * (i + 9)),
                    120 + 15 * i));
        }
        for (int i = 0; i < n; i++) {
            String author = MEMBERS.get(i).providerId();
            state.addComment(new FakeComment("demoComment" + i + "a", postId((i + 1) % n, 1), author,
                    COMMENTS.get(i % COMMENTS.size()), base.minusSeconds(3_600L * i)));
            state.addComment(new FakeComment("demoComment" + i + "b", postId((i + 2) % n, 2), author,
                    COMMENTS.get((i + 2) % COMMENTS.size()), base.minusSeconds(86_400L * 2 + 3_600L * i)));
        }
        for (int i = 0; i < n; i++) {
            String author = MEMBERS.get(i).providerId();
            state.addReaction(new FakeReaction("demoReaction" + i + "a", postId((i + 2) % n, 1), null, author,
                    values[i % values.length], base.minusSeconds(1_800L * i)));
            state.addReaction(new FakeReaction("demoReaction" + i + "b", postId((i + 3) % n, 2), null, author,
                    "LIKE", base.minusSeconds(86_400L + 1_800L * i)));
            int commenter = (i + 3) % n;
            state.addReaction(new FakeReaction("demoReaction" + i + "c", postId((commenter + 1) % n, 1),
                    "demoComment" + commenter + "a", author, "PRAISE", base.minusSeconds(1_800L * i + 60)));
        }
    }

    /** The id of a member's first or second post: 19 digits, like LinkedIn's activity ids. */
    private static String postId(int member, int which) {
        return "730000000000000" + which + String.format(java.util.Locale.ROOT, "%03d", member);
    }

    private static final List<String> COMMENTS = List.of("Great write-up, thanks for sharing!",
            "We hit the same problem last year; happy to compare notes.", "Congrats to the whole team!",
            "Bookmarked. The second point is underrated.", "Would love a follow-up on the costs.");
}
