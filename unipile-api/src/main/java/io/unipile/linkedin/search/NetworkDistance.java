package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * How far a member is from the searching account, as a search filter ({@code network_distance}): first, second or
 * third+ degree, or (Sales Navigator and Recruiter only) a fellow group member.
 */
public final class NetworkDistance {
    /** First-degree connections. */
    public static final NetworkDistance FIRST = new NetworkDistance(1);
    /** Second-degree connections. */
    public static final NetworkDistance SECOND = new NetworkDistance(2);
    /** Third-degree connections and beyond. */
    public static final NetworkDistance THIRD_OR_MORE = new NetworkDistance(3);
    /** Members of the same groups; Sales Navigator and Recruiter only. */
    public static final NetworkDistance GROUP = new NetworkDistance(0);

    private final int degree;

    private NetworkDistance(int degree) {
        this.degree = degree;
    }

    JsonNode toJson() {
        return degree == 0 ? JsonNodeFactory.instance.textNode("GROUP") : JsonNodeFactory.instance.numberNode(degree);
    }

    @Override
    public String toString() {
        return degree == 0 ? "GROUP" : String.valueOf(degree);
    }
}
