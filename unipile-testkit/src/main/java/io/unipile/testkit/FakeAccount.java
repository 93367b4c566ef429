package io.unipile.testkit;

import io.unipile.accounts.AccountType;
import io.unipile.testkit.internal.AccountTypes;
import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An account in the fake, as {@code GET /accounts} and {@code GET /accounts/{id}} return it.
 *
 * @param id the Unipile account id
 * @param type the account type; {@code connectionParams} must have its shape
 * @param name the display name
 * @param createdAt when the account was linked (sent with millisecond precision)
 * @param connectionParams the type's connection parameters
 * @param currentSignature optional id of the signature in use
 * @param signatures optional e-mail signatures
 * @param groups group ids the account belongs to
 * @param sources the account's services and their status
 * @param lastFetchedAt {@code MOBILE} only, optional
 * @param syncToken {@code GOOGLE_CALENDAR} only, optional
 * @param providerId the holder's own id at the provider: the {@code sender_id} of what the account
 *     sends (not a wire field of Account)
 */
public record FakeAccount(String id, AccountType type, String name, Instant createdAt,
                          FakeConnectionParams connectionParams, String currentSignature, List<Signature> signatures,
                          List<String> groups, List<Source> sources, Instant lastFetchedAt, String syncToken,
                          String providerId) {

    /** Validates the shape of the account against its type, as the OpenAPI document does. */
    public FakeAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(connectionParams, "connectionParams");
        Objects.requireNonNull(providerId, "providerId");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        if (!AccountTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("The fake does not know the account type " + type);
        }
        if (!connectionParams.accountTypes().contains(type)) {
            throw new IllegalArgumentException(connectionParams.getClass().getSimpleName()
                    + " connection params do not fit a " + type + " account");
        }
        if (lastFetchedAt != null && !type.equals(AccountType.MOBILE)) {
            throw new IllegalArgumentException("lastFetchedAt exists on MOBILE accounts only");
        }
        if (syncToken != null && !type.equals(AccountType.GOOGLE_CALENDAR)) {
            throw new IllegalArgumentException("syncToken exists on GOOGLE_CALENDAR accounts only");
        }
        if (currentSignature != null && currentSignature.isEmpty()) {
            throw new IllegalArgumentException("currentSignature must not be empty");
        }
        signatures = List.copyOf(signatures);
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
    }

    /** A builder with plausible defaults for every field of an account of this type. */
    public static Builder builder(AccountType type) {
        return new Builder(type);
    }

    /** A builder holding this account's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(type);
        builder.id = id;
        builder.name = name;
        builder.createdAt = createdAt;
        builder.connectionParams = connectionParams;
        builder.currentSignature = currentSignature;
        builder.signatures = signatures;
        builder.groups = groups;
        builder.sources = sources;
        builder.lastFetchedAt = lastFetchedAt;
        builder.syncToken = syncToken;
        builder.providerId = providerId;
        return builder;
    }

    /** An e-mail signature. */
    public record Signature(String title, String content) {
        /** Requires both fields. */
        public Signature {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }

    /** One of the account's services, e.g. its messaging sync, and how it is doing. */
    public record Source(String id, SourceStatus status) {
        /** Requires both fields. */
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The status values the OpenAPI document allows for a source. */
    public enum SourceStatus {
        /** Running. */
        OK,
        /** Stopped by the user. */
        STOPPED,
        /** Failing. */
        ERROR,
        /** Waiting for new credentials. */
        CREDENTIALS,
        /** Missing permissions at the provider. */
        PERMISSIONS,
        /** Connecting. */
        CONNECTING
    }

    /** Builds a {@link FakeAccount}; unset fields get defaults that fit the type. */
    public static final class Builder {
        private final AccountType type;
        private String id;
        private String name;
        private Instant createdAt;
        private FakeConnectionParams connectionParams;
        private String currentSignature;
        private List<Signature> signatures = List.of();
        private List<String> groups = List.of();
        private List<Source> sources;
        private Instant lastFetchedAt;
        private String syncToken;
        private String providerId;

        private Builder(AccountType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Sets the account id (default: a random Unipile-like id). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the display name (default: derived from the type). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the creation time (default: now). */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** Sets the connection parameters (default: plausible values for the type). */
        public Builder connectionParams(FakeConnectionParams connectionParams) {
            this.connectionParams = connectionParams;
            return this;
        }

        /** Sets the id of the signature in use (default: none). */
        public Builder currentSignature(String currentSignature) {
            this.currentSignature = currentSignature;
            return this;
        }

        /** Sets the signatures (default: none). */
        public Builder signatures(List<Signature> signatures) {
            this.signatures = signatures;
            return this;
        }

        /** Sets the group ids (default: none). */
        public Builder groups(List<String> groups) {
            this.groups = groups;
            return this;
        }

        /** Sets the sources (default: one {@code <id>_MESSAGING} or {@code <id>_MAILS} source, OK). */
        public Builder sources(List<Source> sources) {
            this.sources = sources;
            return this;
        }

        /** Sets when a MOBILE account last fetched (default: none). */
        public Builder lastFetchedAt(Instant lastFetchedAt) {
            this.lastFetchedAt = lastFetchedAt;
            return this;
        }

        /** Sets a GOOGLE_CALENDAR account's sync token (default: none). */
        public Builder syncToken(String syncToken) {
            this.syncToken = syncToken;
            return this;
        }

        /** Sets the holder's provider id (default: random). */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /** Builds the account. */
        public FakeAccount build() {
            String accountId = id != null ? id : Ids.unipileId();
            String holder = providerId != null ? providerId : Ids.providerId(type);
            String handle = "user" + accountId.substring(0, Math.min(6, accountId.length())).toLowerCase(Locale.ROOT);
            List<Source> accountSources = sources != null ? sources
                    : List.of(new Source(accountId + (AccountTypes.isMessaging(type) ? "_MESSAGING" : "_MAILS"),
                            SourceStatus.OK));
            return new FakeAccount(accountId, type, name != null ? name : defaultName(type),
                    createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    connectionParams != null ? connectionParams
                            : FakeConnectionParams.defaultsFor(type, holder, handle),
                    currentSignature, signatures, groups, accountSources, lastFetchedAt, syncToken, holder);
        }

        private static String defaultName(AccountType type) {
            String lower = type.value().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + " account";
        }
    }
}
