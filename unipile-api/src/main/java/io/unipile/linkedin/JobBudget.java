package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * The budget of a promoted job posting ({@code budget}): an amount per day or per month, in a currency. Without
 * one, LinkedIn's recommendation applies (see {@link JobDraftCreated.Promoted}).
 */
public final class JobBudget {
    /** Whether the amount is spent per day or per month. */
    public enum Period { DAILY, MONTHLY }

    private final Period period;
    private final String currency;
    private final double amount;

    private JobBudget(Period period, String currency, double amount) {
        this.period = period;
        this.currency = Check.notBlank("budget.currency", currency);
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("budget.amount must be a positive number but was " + amount);
        }
        this.amount = amount;
    }

    /** {@code amount} of {@code currency} (e.g. {@code EUR}) a day. */
    public static JobBudget daily(String currency, double amount) {
        return new JobBudget(Period.DAILY, currency, amount);
    }

    /** {@code amount} of {@code currency} (e.g. {@code EUR}) a month. */
    public static JobBudget monthly(String currency, double amount) {
        return new JobBudget(Period.MONTHLY, currency, amount);
    }

    /** Per day ({@code daily}) or per month ({@code monthly}). */
    public Period period() {
        return period;
    }

    /** {@code currency}, e.g. {@code EUR}. */
    public String currency() {
        return currency;
    }

    /** {@code amount}, in {@link #currency()}. */
    public double amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobBudget b && period == b.period && currency.equals(b.currency)
                && Double.compare(amount, b.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, currency, amount);
    }

    @Override
    public String toString() {
        return "JobBudget[" + period + ", " + amount + " " + currency + "]";
    }
}
