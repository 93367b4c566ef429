package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.messages.SendMessageRequest;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeUnipile;
import io.unipile.testkit.FakeUnipileServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** What a user's test does with @FakeUnipile, on whichever JUnit Jupiter the build chose. */
@FakeUnipile
@Order(1)
class SendingTest {
    static FakeUnipileServer used;
    static final List<String> configured = new ArrayList<>();

    private UnipileClient fieldClient;

    @FakeUnipile.ClientConfig
    static void configure(UnipileClient.Builder builder) {
        configured.add("hook");
        builder.userAgentSuffix("consumer-check");
    }

    @Test
    void runsOnTheExpectedJUnit() {
        assertEquals(System.getProperty("expected.junit.version"), Test.class.getPackage().getImplementationVersion());
    }

    @Test
    void sendsThroughTheInjectedClient(FakeUnipileServer server, UnipileClient client) {
        used = server;
        assertSame(fieldClient, client);
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        FakeChat chat = server.state().addChat(account.id(), "ACoAAbob");

        client.chats().sendMessage(chat.id(), SendMessageRequest.builder().text("Hi").build());

        assertEquals("Hi", server.state().sentMessages().get(0).text());
        assertTrue(server.journal().last().orElseThrow().header("user-agent").orElseThrow().endsWith("consumer-check"));
        assertEquals(List.of("hook"), configured);
    }

    @Nested
    class Nested1 {
        @Test
        void sharesTheServerAndStartsEmpty(FakeUnipileServer server) {
            assertTrue(server.state().accounts().isEmpty());
            assertTrue(server.journal().requests().isEmpty());
        }
    }
}
