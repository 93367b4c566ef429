package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.unipile.UnipileClient;
import io.unipile.accounts.AccountType;
import io.unipile.chats.ChatStarted;
import io.unipile.chats.StartChatRequest;
import io.unipile.messages.SendMessageRequest;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.testkit.chats.ChatRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FakeUnipile(apiKey = "extension-key")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeUnipileExtensionTest {
    private static int firstPort;
    private static FakeUnipileServer staticServer;

    private FakeUnipileServer fieldServer;
    private UnipileClient fieldClient;

    @AfterAll
    static void theSameServerServedEveryTest() {
        assertThat(staticServer.port()).isEqualTo(firstPort);
    }

    @BeforeEach
    void seedsAfterTheReset(FakeUnipileServer server) {
        server.state().addAccount(FakeAccount.builder(AccountType.LINKEDIN).id("acc-1").build());
    }

    @Test
    @Order(1)
    void injectsAStartedServerAsParameterAndFields(FakeUnipileServer server) {
        firstPort = server.port();
        assertThat(fieldServer).isSameAs(server);
        assertThat(staticServer).isSameAs(server);
        assertThat(server.apiKey()).isEqualTo("extension-key");
        assertThat(new Http(server).get("/api/v1/accounts/acc-1").statusCode()).isEqualTo(200);
        server.state().addAccount(AccountType.MAIL);
        server.faults().on(AccountRoutes.LIST_ACCOUNTS).always().respond(503);
    }

    @Test
    @Order(2)
    void resetsStateJournalAndFaultsBeforeEachTest(FakeUnipileServer server) {
        assertThat(server.port()).isEqualTo(firstPort);
        assertThat(server.state().accounts()).extracting(FakeAccount::id).containsExactly("acc-1");
        assertThat(server.journal().requests()).isEmpty();
        assertThat(new Http(server).get("/api/v1/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void injectsAReadyClient(UnipileClient client, FakeUnipileServer server) {
        assertThat(fieldClient).isSameAs(client);

        ChatStarted started = client.chats().start(StartChatRequest.builder("acc-1", "ACoAAbob").text("Hi Bob").build());

        assertThat(server.state().startedChats()).singleElement()
                .satisfies(chat -> assertThat(chat.id()).isEqualTo(started.chatId()));
        assertThat(server.state().sentMessages()).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Hi Bob"));
        assertThat(client.accounts().get("acc-1").id()).isEqualTo("acc-1");

        client.chats().sendMessage(started.chatId(), SendMessageRequest.builder().text("Still there?").build());
        assertThat(server.state().sentMessages()).extracting(FakeMessage::text).containsExactly("Hi Bob", "Still there?");
        assertThat(server.journal().requests(ChatRoutes.SEND_MESSAGE)).hasSize(1);
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterServer(FakeUnipileServer server) {
            assertThat(server).isSameAs(fieldServer);
            assertThat(server.apiKey()).isEqualTo("extension-key");
        }
    }

    @FakeUnipile(seed = FakeUnipile.Seed.DEMO)
    @Nested
    class WithOwnSettings {
        @Test
        void nestedClassesShareTheOuterServerEvenWithTheirOwnAnnotation(FakeUnipileServer server) {
            assertThat(server.apiKey()).isEqualTo("extension-key");
        }
    }
}
