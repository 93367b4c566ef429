package io.unipile.testkit.chats;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeChat;
import io.unipile.testkit.messages.MessageView;
import java.time.Instant;

/**
 * A chat with what its JSON needs: its account type and its latest message (or null).
 *
 * @param chat the chat
 * @param accountType its account's type
 * @param lastMessage its latest message, or null
 */
public record ChatView(FakeChat chat, AccountType accountType, MessageView lastMessage) {
    /** The chat's {@code timestamp}: its latest message's, or when it began. */
    public Instant timestamp() {
        return lastMessage != null ? lastMessage.message().timestamp() : chat.createdAt();
    }
}
