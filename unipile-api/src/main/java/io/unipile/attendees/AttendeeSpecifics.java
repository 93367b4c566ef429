package io.unipile.attendees;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.accounts.AccountType;

/**
 * The provider-specific data of an attendee ({@code specifics}). The {@code provider} field decides the record:
 * match on {@link LinkedInAttendeeSpecifics} or {@link InstagramAttendeeSpecifics}; a provider this version does not
 * know, or specifics without a provider, yield {@link UnknownAttendeeSpecifics}, which keeps the JSON as sent.
 */
@JsonDeserialize(using = AttendeeSpecificsDeserializer.class)
public sealed interface AttendeeSpecifics
        permits LinkedInAttendeeSpecifics, InstagramAttendeeSpecifics, UnknownAttendeeSpecifics {

    /** The provider the data comes from, the wire's {@code provider}; {@code null} only when it was not sent. */
    @JsonProperty("provider")
    AccountType provider();
}
