package io.unipile.testkit.messages;

import io.unipile.testkit.FakeAttachment;
import java.util.List;

/**
 * What a client sends as a message.
 *
 * @param text the text, or null
 * @param quoteId the quoted message, or null
 * @param threadId the Slack thread, or null
 * @param attachments the files
 * @param voiceMessage the voice message, or null
 * @param videoMessage the video message, or null
 */
public record MessageContent(String text, String quoteId, String threadId, List<FakeAttachment> attachments,
                             FakeAttachment voiceMessage, FakeAttachment videoMessage) {
    /** Copies the list. */
    public MessageContent {
        attachments = List.copyOf(attachments);
    }

    /** Whether there is neither text nor a file. */
    public boolean isEmpty() {
        return text == null && attachments.isEmpty() && voiceMessage == null && videoMessage == null;
    }
}
