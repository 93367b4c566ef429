package io.unipile.messages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;

/**
 * Picks the {@link MessageAttachment} record from {@code type}. Hand-written rather than {@code @JsonTypeInfo}: that
 * one coerces a number {@code type} into a name and would hand the type field to the records' {@code extra}.
 */
final class MessageAttachmentDeserializer extends StdDeserializer<MessageAttachment> {
    private static final long serialVersionUID = 1L;

    private static final Map<AttachmentType, Class<? extends MessageAttachment>> KINDS = Map.of(
            AttachmentType.IMG, ImageAttachment.class,
            AttachmentType.VIDEO, VideoAttachment.class,
            AttachmentType.AUDIO, AudioAttachment.class,
            AttachmentType.FILE, FileAttachment.class,
            AttachmentType.LINKEDIN_POST, LinkedInPostAttachment.class,
            AttachmentType.VIDEO_MEETING, VideoMeetingAttachment.class);

    MessageAttachmentDeserializer() {
        super(MessageAttachment.class);
    }

    @Override
    public MessageAttachment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(this, "An attachment must be a JSON object, not %s", tree.getNodeType());
        }
        JsonNode type = tree.get("type");
        if (type == null || !type.isTextual()) {
            return ctxt.reportInputMismatch(this, "An attachment needs a string \"type\", not %s", type);
        }
        Class<? extends MessageAttachment> kind = KINDS.get(AttachmentType.of(type.textValue()));
        if (kind == null) {
            return ctxt.readTreeAsValue(tree, UnknownAttachment.class);
        }
        // The record's class already says the type; left in, it would land in the record's extra.
        ((ObjectNode) tree).remove("type");
        return ctxt.readTreeAsValue(tree, kind);
    }
}
