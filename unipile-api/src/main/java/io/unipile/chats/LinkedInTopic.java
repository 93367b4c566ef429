package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Why a conversation with a company is started ({@code linkedin[topic]}); mandatory for companies. */
public final class LinkedInTopic extends StringEnum {
    private static final EnumValues<LinkedInTopic> VALUES = new EnumValues<>(LinkedInTopic::new);

    public static final LinkedInTopic SERVICE_REQUEST = VALUES.known("service_request");
    public static final LinkedInTopic REQUEST_DEMO = VALUES.known("request_demo");
    public static final LinkedInTopic SUPPORT = VALUES.known("support");
    public static final LinkedInTopic CAREERS = VALUES.known("careers");
    public static final LinkedInTopic OTHER = VALUES.known("other");

    private LinkedInTopic(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown topic that keeps it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkedInTopic of(String value) {
        return VALUES.of(value);
    }
}
