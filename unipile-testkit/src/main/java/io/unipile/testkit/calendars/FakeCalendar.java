package io.unipile.testkit.calendars;

import io.unipile.testkit.internal.Ids;
import java.util.Objects;

/**
 * A calendar of an account, as the fake holds it. Build with {@link #builder(String, String)}; seed with
 * {@code server.state().calendars().addCalendar(...)}.
 *
 * @param id the calendar's id
 * @param accountId the account it belongs to
 * @param name its name
 * @param description its description, or null
 * @param readOnly whether events cannot be written to it (writes answer 403)
 * @param ownedByUser whether the account's user owns it
 * @param isDefault whether it is the primary calendar
 * @param backgroundColor hexadecimal background colour
 * @param textColor hexadecimal foreground colour, or null
 * @param timezone its IANA time zone, or null (all-day events are then placed in UTC)
 */
public record FakeCalendar(String id, String accountId, String name, String description, boolean readOnly,
                           boolean ownedByUser, boolean isDefault, String backgroundColor, String textColor,
                           String timezone) {
    public FakeCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backgroundColor, "backgroundColor");
    }

    /** A writable calendar the user owns, not the default one, with a fresh id. */
    public static Builder builder(String accountId, String name) {
        return new Builder(accountId, name);
    }

    /** A builder holding every field. */
    public Builder toBuilder() {
        return new Builder(accountId, name).id(id).description(description).readOnly(readOnly)
                .ownedByUser(ownedByUser).isDefault(isDefault).backgroundColor(backgroundColor).textColor(textColor)
                .timezone(timezone);
    }

    /** Builds a {@link FakeCalendar}. */
    public static final class Builder {
        private String id = Ids.unipileId();
        private final String accountId;
        private final String name;
        private String description;
        private boolean readOnly;
        private boolean ownedByUser = true;
        private boolean isDefault;
        private String backgroundColor = "#039be5";
        private String textColor = "#ffffff";
        private String timezone;

        private Builder(String accountId, String name) {
            this.accountId = accountId;
            this.name = name;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder ownedByUser(boolean ownedByUser) {
            this.ownedByUser = ownedByUser;
            return this;
        }

        public Builder isDefault(boolean isDefault) {
            this.isDefault = isDefault;
            return this;
        }

        public Builder backgroundColor(String backgroundColor) {
            this.backgroundColor = backgroundColor;
            return this;
        }

        public Builder textColor(String textColor) {
            this.textColor = textColor;
            return this;
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public FakeCalendar build() {
            return new FakeCalendar(id, accountId, name, description, readOnly, ownedByUser, isDefault,
                    backgroundColor, textColor, timezone);
        }
    }
}
