package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The stage a candidate enters a Recruiter pipeline at ({@code stage}); Unipile's default is {@link #UNCONTACTED}.
 * Values this library does not know still parse.
 */
public final class PipelineStage extends StringEnum {
    private static final EnumValues<PipelineStage> VALUES = new EnumValues<>(PipelineStage::new);

    /** Not contacted yet. */
    public static final PipelineStage UNCONTACTED = VALUES.known("UNCONTACTED");

    /** Contacted. */
    public static final PipelineStage CONTACTED = VALUES.known("CONTACTED");

    /** Replied. */
    public static final PipelineStage REPLIED = VALUES.known("REPLIED");

    private PipelineStage(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PipelineStage of(String value) {
        return VALUES.of(value);
    }
}
