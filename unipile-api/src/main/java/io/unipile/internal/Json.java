package io.unipile.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The one Jackson mapper of the library, configured once: unknown properties are tolerated (they land in each
 * model's {@code extra} map), timestamps are ISO 8601 {@link Instant}s, and nothing depends on the user's own
 * mapper configuration.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("unipile-time")
                    .addDeserializer(Instant.class, new InstantDeserializer())
                    .addSerializer(Instant.class, new InstantSerializer()))
            .build();

    static {
        // Pages of 250 accounts are far below these limits; they only stop absurd nesting or numbers.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxNumberLength(100).build());
    }

    private Json() {
    }

    /** The shared mapper. Never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Leniently parses an ISO 8601 timestamp: an instant such as {@code 2025-12-31T23:59:59.999Z} or an offset
     * date-time such as {@code 2025-12-31T23:59:59+01:00}, surrounding whitespace ignored.
     *
     * @return the instant, or empty when {@code text} is {@code null}, blank or not such a timestamp; never throws
     */
    public static Optional<Instant> parseInstant(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(trimmed));
        } catch (DateTimeException e) {
            try {
                return Optional.of(OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant());
            } catch (DateTimeException e2) {
                return Optional.empty();
            }
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                Optional<Instant> instant = parseInstant(text);
                return instant.isPresent() ? instant.get()
                        : (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 timestamp");
            }
            if (t == JsonToken.VALUE_NUMBER_INT) {
                // Some Unipile fields carry epoch milliseconds.
                return Instant.ofEpochMilli(p.getLongValue());
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }
}
