package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A folder a chat is filed in ({@code folder}). */
public final class ChatFolder extends StringEnum {
    private static final EnumValues<ChatFolder> VALUES = new EnumValues<>(ChatFolder::new);

    /** The main inbox. */
    public static final ChatFolder INBOX = VALUES.known("INBOX");

    /** The LinkedIn classic inbox. */
    public static final ChatFolder INBOX_LINKEDIN_CLASSIC = VALUES.known("INBOX_LINKEDIN_CLASSIC");

    /** The LinkedIn Recruiter inbox. */
    public static final ChatFolder INBOX_LINKEDIN_RECRUITER = VALUES.known("INBOX_LINKEDIN_RECRUITER");

    /** The LinkedIn Sales Navigator inbox. */
    public static final ChatFolder INBOX_LINKEDIN_SALES_NAVIGATOR = VALUES.known("INBOX_LINKEDIN_SALES_NAVIGATOR");

    /** The inbox of a LinkedIn organization (company page). */
    public static final ChatFolder INBOX_LINKEDIN_ORGANIZATION = VALUES.known("INBOX_LINKEDIN_ORGANIZATION");

    private ChatFolder(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChatFolder of(String value) {
        return VALUES.of(value);
    }
}
