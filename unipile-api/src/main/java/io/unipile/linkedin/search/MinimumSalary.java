package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lowest yearly salary of a classic jobs search ({@code minimum_salary}), in thousands: LinkedIn offers fixed
 * steps, 40 to 200 thousand for {@code USD}, {@code AUD} and {@code CAD}, 20 to 100 thousand for {@code GBP}.
 *
 * @param currency {@code USD}, {@code AUD}, {@code CAD} or {@code GBP}
 * @param thousands the amount in thousands, one of the currency's steps
 */
public record MinimumSalary(String currency, int thousands) {
    private static final Set<Integer> DOLLARS = Set.of(40, 60, 80, 100, 120, 140, 160, 180, 200);
    private static final Map<String, Set<Integer>> STEPS = Map.of("USD", DOLLARS, "AUD", DOLLARS, "CAD", DOLLARS,
            "GBP", Set.of(20, 30, 40, 50, 60, 70, 80, 90, 100));

    /** Checks the currency and the step. */
    public MinimumSalary {
        Check.notBlank("minimumSalary.currency", currency);
        Set<Integer> steps = STEPS.get(currency);
        if (steps == null) {
            throw new IllegalArgumentException("minimumSalary.currency must be one of " + new TreeSet<>(STEPS.keySet())
                    + " but was " + currency);
        }
        if (!steps.contains(thousands)) {
            throw new IllegalArgumentException("minimumSalary.thousands must be one of " + new TreeSet<>(steps)
                    + " for " + currency + " but was " + thousands);
        }
    }

    /** At least {@code thousands} thousand US dollars a year. */
    public static MinimumSalary usd(int thousands) {
        return new MinimumSalary("USD", thousands);
    }

    /** At least {@code thousands} thousand pounds a year. */
    public static MinimumSalary gbp(int thousands) {
        return new MinimumSalary("GBP", thousands);
    }

    JsonNode toJson(String field) {
        return SearchBuilder.NODES.objectNode().put("currency", currency).put("value", thousands);
    }
}
