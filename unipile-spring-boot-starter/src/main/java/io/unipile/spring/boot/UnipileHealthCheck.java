package io.unipile.spring.boot;

import io.unipile.RequestOptions;
import io.unipile.UnipileClient;
import io.unipile.accounts.ListAccountsRequest;
import io.unipile.errors.UnipileApiException;
import io.unipile.errors.UnipileException;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code unipile} health indicator reports, independent of the Spring Boot line (the health API moved
 * between Boot 3 and 4; a small adapter for each turns a {@link Result} into Boot's {@code Health}).
 *
 * <ul>
 *   <li>circuit {@code OPEN} or {@code FORCED_OPEN}: DOWN (calls fail fast);</li>
 *   <li>{@code HALF_OPEN}: UNKNOWN (probe calls decide);</li>
 *   <li>{@code CLOSED} or {@code DISABLED}: UP, unless the optional probe ({@code unipile.health.probe=true},
 *       {@code GET /api/v1/accounts?limit=1}) fails: then DOWN;</li>
 *   <li>{@code UNKNOWN} (the client bean is the application's own): UNKNOWN.</li>
 * </ul>
 * Details never hold the API key: only the circuit state, and for a failed probe the exception's type and HTTP status.
 */
public final class UnipileHealthCheck {

    /** A health status, mapped onto Boot's of the same name. */
    public enum Status { UP, DOWN, UNKNOWN }

    /** A status and its details. */
    public record Result(Status status, Map<String, Object> details) {
    }

    private final UnipileClient client;
    private final UnipileCircuitState circuit;
    private final boolean probe;
    private final Duration probeTimeout;

    public UnipileHealthCheck(UnipileClient client, UnipileCircuitState circuit, boolean probe,
                              Duration probeTimeout) {
        this.client = client;
        this.circuit = circuit;
        this.probe = probe;
        this.probeTimeout = probeTimeout;
    }

    /** Checks now; never throws. */
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        String state = circuit.state();
        details.put("circuit", state);
        switch (state) {
            case "OPEN", "FORCED_OPEN":
                return new Result(Status.DOWN, details);
            case "HALF_OPEN", UnipileCircuitState.UNKNOWN:
                return new Result(Status.UNKNOWN, details);
            default:
                break;
        }
        if (!probe) {
            return new Result(Status.UP, details);
        }
        try {
            RequestOptions options = RequestOptions.builder().timeout(probeTimeout).build();
            client.withOptions(options).accounts().list(ListAccountsRequest.builder().limit(1).build());
            details.put("probe", "ok");
            return new Result(Status.UP, details);
        } catch (UnipileException e) {
            details.put("probe", "failed");
            details.put("error", e.getClass().getSimpleName());
            if (e instanceof UnipileApiException api) {
                details.put("status", api.statusCode());
            }
            return new Result(Status.DOWN, details);
        }
    }
}
