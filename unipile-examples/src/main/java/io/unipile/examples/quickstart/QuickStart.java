package io.unipile.examples.quickstart;

import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.chats.Chat;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.LinkedInOptions;
import io.unipile.chats.StartChatRequest;
import io.unipile.files.FileInput;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;
import io.unipile.pagination.Page;
import io.unipile.testkit.DemoData;
import io.unipile.testkit.FakeUnipileServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the five seed operations end to end and prints each step: list accounts, retrieve one, start a chat, retrieve
 * it, send a message in it.
 *
 * <p>Without {@code UNIPILE_DSN} and {@code UNIPILE_API_KEY} it starts an embedded fake Unipile with demo data. With
 * them it talks to that server and stays read-only (list accounts, retrieve the first) unless {@code --to} names an
 * attendee provider id to write to.
 */
public final class QuickStart {
    static final String USAGE = """
            usage: java -jar unipile-quickstart.jar [--to ATTENDEE_PROVIDER_ID] [--text TEXT] [--attach FILE]... [--inmail]
              without UNIPILE_DSN and UNIPILE_API_KEY: runs against an embedded fake Unipile with demo data
              with them: lists accounts and retrieves the first; writes only with --to
              -Dunipile.transport=jdk|httpclient picks the HTTP transport""";

    /** The demo attendee the embedded run writes to. */
    static final String DEMO_ATTENDEE = "ACoAABobDemo0000000000000000000000000000";

    private final PrintStream out;
    private final PrintStream err;

    QuickStart(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new QuickStart(System.out, System.err).run(args, System.getenv()));
    }

    /** The parsed command line. */
    record Options(String to, String text, List<Path> attachments, boolean inmail) {
        static Options parse(String[] args) {
            String to = null;
            String text = null;
            List<Path> attachments = new ArrayList<>();
            boolean inmail = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--to" -> to = value(args, ++i, "--to");
                    case "--text" -> text = value(args, ++i, "--text");
                    case "--attach" -> attachments.add(Path.of(value(args, ++i, "--attach")));
                    case "--inmail" -> inmail = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            return new Options(to, text, List.copyOf(attachments), inmail);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length || args[i].isBlank()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }
    }

    /** Runs and returns the exit code: 0 done, 1 a step failed, 2 bad arguments. */
    int run(String[] args, Map<String, String> env) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String dsn = env.get("UNIPILE_DSN");
        String key = env.get("UNIPILE_API_KEY");
        boolean real = dsn != null && !dsn.isBlank();
        if (real && (key == null || key.isBlank())) {
            err.println("UNIPILE_DSN is set but UNIPILE_API_KEY is not");
            return 2;
        }
        if (real) {
            out.println("Using the Unipile server at " + dsn);
            return runAgainst(dsn, key, options, options.to());
        }
        try (FakeUnipileServer fake = FakeUnipileServer.builder().build().start()) {
            DemoData.load(fake.state());
            out.println("Using an embedded fake Unipile at " + fake.baseUrl() + " with demo data");
            return runAgainst(fake.baseUrl(), fake.apiKey(), options, options.to() != null ? options.to() : DEMO_ATTENDEE);
        }
    }

    private int runAgainst(String baseUrl, String apiKey, Options options, String attendee) {
        List<FileInput> files;
        try {
            files = options.attachments().stream().map(FileInput::of).toList();
        } catch (RuntimeException e) {
            err.println("--attach: " + e.getMessage());
            return 2;
        }
        UnipileClient client;
        try {
            client = UnipileClient.builder().baseUrl(baseUrl).apiKey(apiKey).userAgentSuffix("unipile-quickstart")
                    .build();
        } catch (RuntimeException e) {
            err.println("Could not create the client: " + e.getMessage());
            return 2;
        }
        try (client) {
            out.println("Transport: " + client);
            Page<Account> page = step(1, "list accounts",
                    () -> client.accounts().list(ListAccountsRequest.builder().limit(10).build()));
            out.println("    " + page.items().size() + " account(s)" + (page.hasNextPage() ? ", more on later pages" : ""));
            page.items().forEach(a -> out.println("    - " + a.type() + "  " + a.id() + "  " + a.name()));
            if (page.items().isEmpty()) {
                out.println("No account to go on with; done.");
                return 0;
            }
            Account first = step(2, "retrieve account " + page.items().get(0).id(),
                    () -> client.accounts().get(page.items().get(0).id()));
            out.println("    " + first.type() + " '" + first.name() + "' created " + first.createdAt()
                    + ", sources " + first.sources().size());
            if (attendee == null) {
                out.println("Read-only run: pass --to <attendee provider id> to start a chat and send messages.");
                return 0;
            }
            String text = options.text() != null ? options.text() : "Hello from unipile-java!";
            StartChatRequest.Builder start = StartChatRequest.builder(first.id(), attendee).text(text);
            files.forEach(start::addAttachment);
            if (options.inmail()) {
                start.linkedin(LinkedInOptions.classic().inmail(true).build());
            }
            ChatStarted started = step(3, "start a chat with " + attendee, () -> client.chats().start(start.build()));
            out.println("    chat " + started.chatId() + ", first message " + started.messageId());
            if (started.chatId() == null) {
                out.println("The provider has not told the chat id yet; stopping here.");
                return 0;
            }
            Chat chat = step(4, "retrieve chat " + started.chatId(), () -> client.chats().get(started.chatId()));
            out.println("    '" + chat.name() + "' on " + chat.accountType() + ", unread " + chat.unreadCount()
                    + ", last message: " + (chat.lastMessage() == null ? "none" : chat.lastMessage().text()));
            SendMessageRequest.Builder second = SendMessageRequest.builder().text(text + " (second message)");
            files.forEach(second::addAttachment);
            MessageSent sent = step(5, "send a message in chat " + chat.id(),
                    () -> client.chats().sendMessage(chat.id(), second.build()));
            out.println("    message " + sent.messageId());
            out.println("Done.");
            return 0;
        } catch (StepFailed e) {
            err.println("Step " + e.number + " (" + e.name + ") failed: " + e.getCause().getMessage());
            return 1;
        }
    }

    private <T> T step(int number, String name, Supplier<T> action) {
        out.println(number + ". " + name);
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw new StepFailed(number, name, e);
        }
    }

    /** A step's failure, carried out of the steps to one place that reports it. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int number;
        final String name;

        StepFailed(int number, String name, RuntimeException cause) {
            super(cause);
            this.number = number;
            this.name = name;
        }
    }
}
