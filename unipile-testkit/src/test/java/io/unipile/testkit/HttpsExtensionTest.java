package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.unipile.accounts.AccountType;
import org.junit.jupiter.api.Test;

@FakeUnipile(https = true, maxRequestBodyBytes = 10)
class HttpsExtensionTest {

    @Test
    void servesHttpsWithTheAnnotatedSettings(FakeUnipileServer server) {
        FakeAccount account = server.state().addAccount(AccountType.WHATSAPP);
        FakeChat chat = server.state().addChat(account.id(), "A");
        Http http = new Http(server);

        assertThat(server.baseUrl()).startsWith("https://");
        assertThat(http.get("/api/v1/accounts").statusCode()).isEqualTo(200);
        assertThat(http.post("/api/v1/chats/" + chat.id() + "/messages",
                new Multipart().field("text", "more than ten bytes")).statusCode()).isEqualTo(400);
    }

    @Test
    void injectsAClientThatTrustsTheFakesCertificate(FakeUnipileServer server, io.unipile.UnipileClient client) {
        server.state().addAccount(AccountType.TELEGRAM);

        assertThat(client.accounts().list().items()).extracting(a -> a.type()).containsExactly(AccountType.TELEGRAM);
        assertThat(server.journal().requests()).hasSize(1);
    }
}
