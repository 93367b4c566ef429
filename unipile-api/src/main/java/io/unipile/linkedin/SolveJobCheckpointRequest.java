package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin/jobs/{draft_id}/checkpoint}: the answer to the checkpoint LinkedIn asked
 * for when a draft was published ({@link JobPublication#needsCheckpoint()}), such as the code it emailed. Checked
 * when built; {@link #toString()} hides the answer.
 */
public final class SolveJobCheckpointRequest {
    private final String accountId;
    private final String input;

    private SolveJobCheckpointRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.input = Check.notBlank("input", b.input);
    }

    /** The answer {@code input} (e.g. the emailed code) from {@code accountId}. */
    public static SolveJobCheckpointRequest of(String accountId, String input) {
        return builder().accountId(accountId).input(input).build();
    }

    /** An empty builder; both fields are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).input(input);
    }

    /** {@code account_id}: the LinkedIn account that owns the draft. */
    public String accountId() {
        return accountId;
    }

    /** {@code input}: the answer to the checkpoint. */
    public String input() {
        return input;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolveJobCheckpointRequest r && accountId.equals(r.accountId) && input.equals(r.input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, input);
    }

    /** The answer is a one-time secret: it stays out of logs. */
    @Override
    public String toString() {
        return "SolveJobCheckpointRequest[accountId=" + accountId + ", input=***]";
    }

    /** Builds a {@link SolveJobCheckpointRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private String input;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that owns the draft. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code input} (required): the answer to the checkpoint. */
        public Builder input(String input) {
            this.input = input;
            return this;
        }

        /** The request; fails naming {@code accountId} or {@code input} when missing or blank. */
        public SolveJobCheckpointRequest build() {
            return new SolveJobCheckpointRequest(this);
        }
    }
}
