package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.List;

/**
 * Who the authors of the posts are ({@code author}) in a classic posts search: their industry, their company, keywords
 * of their profile.
 *
 * @param industry industry ids (digits, type {@link SearchParameterType#INDUSTRY}); empty for none
 * @param company  company ids (digits, type {@link SearchParameterType#COMPANY}); empty for none
 * @param keywords AUTHOR KEYWORDS, or null
 */
public record PostAuthorFilter(List<String> industry, List<String> company, String keywords) {

    /** Null lists are empty; something must be set. */
    public PostAuthorFilter {
        industry = Check.noNullElements("author.industry", industry);
        company = Check.noNullElements("author.company", company);
        Check.nullOrNotBlank("author.keywords", keywords);
        if (industry.isEmpty() && company.isEmpty() && keywords == null) {
            throw new IllegalArgumentException("author needs an industry, a company or keywords");
        }
    }

    /** Authors whose profile matches these keywords. */
    public static PostAuthorFilter keywords(String keywords) {
        return new PostAuthorFilter(List.of(), List.of(), keywords);
    }

    /** Authors working at these companies. */
    public static PostAuthorFilter companies(String... ids) {
        return new PostAuthorFilter(List.of(), SearchBuilder.list(ids), null);
    }

    /** Authors in these industries. */
    public static PostAuthorFilter industries(String... ids) {
        return new PostAuthorFilter(SearchBuilder.list(ids), List.of(), null);
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        if (!industry.isEmpty()) {
            n.set("industry", SearchBuilder.idArray(field + ".industry", industry, SearchBuilder.DIGITS));
        }
        if (!company.isEmpty()) {
            n.set("company", SearchBuilder.idArray(field + ".company", company, SearchBuilder.DIGITS));
        }
        AdvancedKeywords.putIf(n, "keywords", keywords);
        return n;
    }
}
