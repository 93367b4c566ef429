package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.internal.Check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A company's yearly revenue in millions ({@code annual_revenue}), Sales Navigator companies search. LinkedIn offers
 * fixed steps: 0, 0.2, 1, 2.5, 5, 10, 20, 50, 100, 500, 1000, and 1001 for "1000+".
 *
 * @param currency an ISO 4217 code, e.g. {@code USD}
 * @param min      the lower step, in millions
 * @param max      the upper step, in millions
 */
public record AnnualRevenue(String currency, BigDecimal min, BigDecimal max) {
    private static final List<BigDecimal> STEPS = List.of("0", "0.2", "1", "2.5", "5", "10", "20", "50", "100",
            "500", "1000", "1001").stream().map(BigDecimal::new).toList();

    /** Checks the currency code and the steps. */
    public AnnualRevenue {
        Check.notBlank("annualRevenue.currency", currency);
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("annualRevenue.currency must be an ISO 4217 code but was " + currency);
        }
        step("annualRevenue.min", Check.notNull("annualRevenue.min", min));
        step("annualRevenue.max", Check.notNull("annualRevenue.max", max));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("annualRevenue.min " + min + " is above its max " + max);
        }
    }

    /** From {@code min} to {@code max} millions of {@code currency}; e.g. {@code of("USD", "2.5", "10")}. */
    public static AnnualRevenue of(String currency, String min, String max) {
        return new AnnualRevenue(currency, new BigDecimal(min), new BigDecimal(max));
    }

    private static void step(String field, BigDecimal value) {
        if (STEPS.stream().noneMatch(s -> s.compareTo(value) == 0)) {
            throw new IllegalArgumentException(field + " must be one of " + STEPS + " but was " + value);
        }
    }

    JsonNode toJson(String field) {
        return SearchBuilder.NODES.objectNode().put("currency", currency).put("min", min).put("max", max);
    }
}
