package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;
import io.unipile.internal.Immutables;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

/**
 * The video conference of an event, in replies and in {@link CreateCalendarEventRequest} /
 * {@link EditCalendarEventRequest}. Without a URL Unipile creates the conference itself, which only
 * {@link ConferenceProvider#TEAMS} and {@link ConferenceProvider#GOOGLE_MEET} can do.
 *
 * @param provider the conference provider
 * @param url      the link to join, or {@code null} (to send: ask Unipile to create one)
 * @param extra    fields this version of the library does not know, kept as sent
 */
public record Conference(
        @JsonInclude(ALWAYS) @JsonProperty(value = "provider", required = true) ConferenceProvider provider,
        @JsonProperty("url") String url,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    public Conference {
        extra = Immutables.map(extra);
    }

    /** A new conference that Unipile creates ({@link ConferenceProvider#TEAMS} or {@link ConferenceProvider#GOOGLE_MEET}). */
    public static Conference create(ConferenceProvider provider) {
        Check.notNull("conference.provider", provider);
        if (!provider.equals(ConferenceProvider.TEAMS) && !provider.equals(ConferenceProvider.GOOGLE_MEET)) {
            throw new IllegalArgumentException("conference.url is required for " + provider.value()
                    + ": Unipile creates conferences only for teams and google_meet");
        }
        return new Conference(provider, null, Map.of());
    }

    /** An existing conference: its provider and the link to join it. */
    public static Conference of(ConferenceProvider provider, String url) {
        Check.notNull("conference.provider", provider);
        Check.notBlank("conference.url", url);
        return new Conference(provider, url, Map.of());
    }
}
