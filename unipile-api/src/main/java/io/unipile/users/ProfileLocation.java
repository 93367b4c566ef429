package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Where the profile says its user lives ({@code location[id]}, {@code location[postal_code]}). LinkedIn takes a
 * location id, found with the LinkedIn search parameters route (type {@code LOCATION}). Checked when made.
 */
public final class ProfileLocation {
    private final String id;
    private final String postalCode;

    private ProfileLocation(String id, String postalCode) {
        this.id = Check.notBlank("location.id", id);
        if (postalCode != null && postalCode.length() != 5) {
            throw new IllegalArgumentException("location.postalCode must have 5 characters but was \"" + postalCode
                    + "\"");
        }
        this.postalCode = postalCode;
    }

    /** The location with this LinkedIn id, e.g. {@code 105015875} (France). */
    public static ProfileLocation of(String id) {
        return new ProfileLocation(id, null);
    }

    /** The location with this LinkedIn id, narrowed by a 5-character postal code. */
    public static ProfileLocation of(String id, String postalCode) {
        return new ProfileLocation(id, postalCode);
    }

    /** {@code location[id]}: LinkedIn's id of the location. */
    public String id() {
        return id;
    }

    /** {@code location[postal_code]}: 5 characters, or {@code null}. */
    public String postalCode() {
        return postalCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileLocation l && id.equals(l.id) && Objects.equals(postalCode, l.postalCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, postalCode);
    }

    @Override
    public String toString() {
        return "ProfileLocation[id=" + id + ", postalCode=" + postalCode + "]";
    }
}
