package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.unipile.internal.Immutables;

import java.util.List;
import java.util.Map;

/**
 * The LinkedIn Recruiter account has several contracts ({@code "type": "CONTRACT_CHOOSER"}): solve the checkpoint
 * with the {@link Contract#id()} of the one to use.
 *
 * @param contractOptions the contracts to choose from
 * @param extra           fields this version of the library does not know, kept as sent
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ContractChooserCheckpoint(
        @JsonProperty(value = "contract_options", required = true) List<Contract> contractOptions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements Checkpoint {

    public ContractChooserCheckpoint {
        contractOptions = Immutables.list(contractOptions);
        extra = Immutables.map(extra);
    }

    /** Always {@link CheckpointType#CONTRACT_CHOOSER}. */
    @Override
    public CheckpointType type() {
        return CheckpointType.CONTRACT_CHOOSER;
    }

    /** {@code true}: solved with the chosen contract's id. */
    @Override
    public boolean takesCode() {
        return true;
    }

    /**
     * A Recruiter contract the account may use.
     *
     * @param id    the id to solve the checkpoint with
     * @param name  the contract's name
     * @param extra fields this version of the library does not know, kept as sent
     */
    public record Contract(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "name", required = true) String name,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        public Contract {
            extra = Immutables.map(extra);
        }
    }
}
