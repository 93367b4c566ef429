package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question applicants to a job posting answer ({@code screening_questions[]}): a number within bounds, or choices
 * among options. Checked when built; the field names in messages are those of the question, e.g.
 * {@code screeningQuestion.choices}.
 *
 * <pre>{@code
 * ScreeningQuestion.numeric("How many years of Java?").minExpectation(3).mustMatch(true).build();
 * ScreeningQuestion.multipleChoice("Can you work in Paris?", List.of("Yes", "No"), List.of("Yes")).build();
 * }</pre>
 */
public final class ScreeningQuestion {
    /** The kind of answer ({@code answer_type}). */
    public enum AnswerType {
        /** A number ({@code numeric}), expected between the bounds. */
        NUMERIC("numeric"),
        /** Choices among options ({@code multiple_choices}). */
        MULTIPLE_CHOICES("multiple_choices");

        private final String value;

        AnswerType(String value) {
            this.value = value;
        }

        /** The value on the wire. */
        public String value() {
            return value;
        }
    }

    private final String question;
    private final AnswerType answerType;
    private final Integer position;
    private final Boolean mustMatch;
    private final Double minExpectation;
    private final Double maxExpectation;
    private final List<String> choices;
    private final List<String> expectedChoices;

    private ScreeningQuestion(Builder b) {
        this.question = Check.notBlank("screeningQuestion.question", b.question);
        this.answerType = b.answerType;
        this.position = b.position;
        if (position != null && position < 0) {
            throw new IllegalArgumentException("screeningQuestion.position must not be negative but was " + position);
        }
        this.mustMatch = b.mustMatch;
        this.minExpectation = b.minExpectation;
        this.maxExpectation = b.maxExpectation;
        this.choices = Check.noBlankElements("screeningQuestion.choices", b.choices);
        this.expectedChoices = Check.noBlankElements("screeningQuestion.expectedChoices", b.expectedChoices);
        if (answerType == AnswerType.NUMERIC) {
            if (minExpectation != null && maxExpectation != null && minExpectation > maxExpectation) {
                throw new IllegalArgumentException("screeningQuestion.minExpectation must not exceed maxExpectation");
            }
        } else {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("screeningQuestion.choices needs at least one choice");
            }
            if (expectedChoices.isEmpty()) {
                throw new IllegalArgumentException("screeningQuestion.expectedChoices needs at least one choice");
            }
            for (String expected : expectedChoices) {
                if (!choices.contains(expected)) {
                    throw new IllegalArgumentException("screeningQuestion.expectedChoices: " + expected
                            + " is not one of the choices " + choices);
                }
            }
        }
    }

    /** A question answered with a number, e.g. years of experience. */
    public static Builder numeric(String question) {
        Builder b = new Builder(AnswerType.NUMERIC);
        b.question = question;
        return b;
    }

    /** A question answered by picking among {@code choices}; {@code expectedChoices} are the ones that qualify. */
    public static Builder multipleChoice(String question, List<String> choices, List<String> expectedChoices) {
        Builder b = new Builder(AnswerType.MULTIPLE_CHOICES);
        b.question = question;
        b.choices = choices == null ? null : new ArrayList<>(choices);
        b.expectedChoices = expectedChoices == null ? null : new ArrayList<>(expectedChoices);
        return b;
    }

    /** A builder holding every field of this question. */
    public Builder toBuilder() {
        Builder b = new Builder(answerType);
        b.question = question;
        b.position = position;
        b.mustMatch = mustMatch;
        b.minExpectation = minExpectation;
        b.maxExpectation = maxExpectation;
        b.choices = new ArrayList<>(choices);
        b.expectedChoices = new ArrayList<>(expectedChoices);
        return b;
    }

    /** {@code question}. */
    public String question() {
        return question;
    }

    /** {@code answer_type}. */
    public AnswerType answerType() {
        return answerType;
    }

    /** {@code position}: the question's place in the list, overriding its index; or {@code null}. */
    public Integer position() {
        return position;
    }

    /** {@code must_match}: whether an answer that does not match disqualifies; or {@code null}. */
    public Boolean mustMatch() {
        return mustMatch;
    }

    /** {@code min_expectation}: the smallest qualifying number (numeric questions), or {@code null}. */
    public Double minExpectation() {
        return minExpectation;
    }

    /** {@code max_expectation}: the largest qualifying number (numeric questions), or {@code null}. */
    public Double maxExpectation() {
        return maxExpectation;
    }

    /** {@code choices}: the options (multiple choice questions); empty for numeric ones. Immutable. */
    public List<String> choices() {
        return choices;
    }

    /** {@code expected_choices}: the qualifying options (multiple choice questions). Immutable. */
    public List<String> expectedChoices() {
        return expectedChoices;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningQuestion q && question.equals(q.question) && answerType == q.answerType
                && Objects.equals(position, q.position) && Objects.equals(mustMatch, q.mustMatch)
                && Objects.equals(minExpectation, q.minExpectation) && Objects.equals(maxExpectation, q.maxExpectation)
                && choices.equals(q.choices) && expectedChoices.equals(q.expectedChoices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, answerType, position, mustMatch, minExpectation, maxExpectation, choices,
                expectedChoices);
    }

    @Override
    public String toString() {
        return "ScreeningQuestion[" + answerType.value() + ", question=" + question + ", position=" + position
                + ", mustMatch=" + mustMatch + (answerType == AnswerType.NUMERIC
                ? ", minExpectation=" + minExpectation + ", maxExpectation=" + maxExpectation
                : ", choices=" + choices + ", expectedChoices=" + expectedChoices) + "]";
    }

    /** Builds a {@link ScreeningQuestion}; {@link #build()} checks it. */
    public static final class Builder {
        private final AnswerType answerType;
        private String question;
        private Integer position;
        private Boolean mustMatch;
        private Double minExpectation;
        private Double maxExpectation;
        private List<String> choices;
        private List<String> expectedChoices;

        private Builder(AnswerType answerType) {
            this.answerType = answerType;
        }

        /** {@code position}: the question's place in the list, overriding its index. */
        public Builder position(Integer position) {
            this.position = position;
            return this;
        }

        /** {@code must_match}: whether an answer that does not match disqualifies the applicant. */
        public Builder mustMatch(Boolean mustMatch) {
            this.mustMatch = mustMatch;
            return this;
        }

        /** {@code min_expectation}: the smallest qualifying number (numeric questions only). */
        public Builder minExpectation(double minExpectation) {
            this.minExpectation = numericOnly("minExpectation", minExpectation);
            return this;
        }

        /** {@code max_expectation}: the largest qualifying number (numeric questions only). */
        public Builder maxExpectation(double maxExpectation) {
            this.maxExpectation = numericOnly("maxExpectation", maxExpectation);
            return this;
        }

        private Double numericOnly(String field, double value) {
            if (answerType != AnswerType.NUMERIC) {
                throw new IllegalArgumentException("screeningQuestion." + field + " applies to numeric questions");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("screeningQuestion." + field + " must be a finite number");
            }
            return value;
        }

        /** The question; fails naming the field that is missing or does not fit its kind. */
        public ScreeningQuestion build() {
            return new ScreeningQuestion(this);
        }
    }
}
