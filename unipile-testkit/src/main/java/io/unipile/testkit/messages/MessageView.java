package io.unipile.testkit.messages;

import io.unipile.testkit.FakeChat;
import io.unipile.testkit.FakeMessage;

/**
 * A message with what its JSON needs.
 *
 * @param message the message
 * @param chat its chat
 * @param quoted the message it quotes, or null
 */
public record MessageView(FakeMessage message, FakeChat chat, FakeMessage quoted) {
}
