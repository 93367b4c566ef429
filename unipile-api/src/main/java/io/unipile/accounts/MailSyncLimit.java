package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * How much history a mail account syncs when it is connected ({@code sync_limit} of a mail connection, or
 * {@code sync_limit.MAILING} of a hosted auth link).
 */
public final class MailSyncLimit extends StringEnum {
    private static final EnumValues<MailSyncLimit> VALUES = new EnumValues<>(MailSyncLimit::new);

    /** Only what arrives from now on; no past mail. */
    public static final MailSyncLimit NO_HISTORY_SYNC = VALUES.known("NO_HISTORY_SYNC");

    private MailSyncLimit(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MailSyncLimit of(String value) {
        return VALUES.of(value);
    }
}
