package io.unipile.linkedin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.internal.Check;

import java.util.List;

/**
 * Who wrote the posts of a classic posts search ({@code posted_by}): members (ids of type
 * {@link SearchParameterType#PEOPLE}), companies (ids of type {@link SearchParameterType#COMPANY}), the account itself,
 * its first connections, the people it follows.
 *
 * <pre>{@code PostedBy.builder().company("1441").firstConnections(true).build()}</pre>
 *
 * @param member          member ids; empty for none
 * @param company         company ids (digits); empty for none
 * @param me              POSTED BY [ME], or null
 * @param firstConnections POSTED BY [1ST CONNECTIONS], or null
 * @param peopleYouFollow POSTED BY [PEOPLE YOU FOLLOW], or null
 */
public record PostedBy(List<String> member, List<String> company, Boolean me, Boolean firstConnections,
                       Boolean peopleYouFollow) {

    /** Null lists are empty; the ids are checked when the search takes it. */
    public PostedBy {
        member = Check.noNullElements("postedBy.member", member);
        company = Check.noNullElements("postedBy.company", company);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    JsonNode toJson(String field) {
        ObjectNode n = SearchBuilder.NODES.objectNode();
        if (!member.isEmpty()) {
            n.set("member", SearchBuilder.idArray(field + ".member", member, SearchBuilder.ANY));
        }
        if (!company.isEmpty()) {
            n.set("company", SearchBuilder.idArray(field + ".company", company, SearchBuilder.DIGITS));
        }
        if (me != null) {
            n.put("me", me);
        }
        if (firstConnections != null) {
            n.put("first_connections", firstConnections);
        }
        if (peopleYouFollow != null) {
            n.put("people_you_follow", peopleYouFollow);
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException(field + " needs a member, a company or a flag");
        }
        return n;
    }

    /** Builds a {@link PostedBy}. */
    public static final class Builder {
        private List<String> member = List.of();
        private List<String> company = List.of();
        private Boolean me;
        private Boolean firstConnections;
        private Boolean peopleYouFollow;

        private Builder() {
        }

        /** FROM MEMBER: member ids. */
        public Builder member(String... ids) {
            this.member = SearchBuilder.list(ids);
            return this;
        }

        /** FROM COMPANY: company ids (digits). */
        public Builder company(String... ids) {
            this.company = SearchBuilder.list(ids);
            return this;
        }

        /** POSTED BY [ME]. */
        public Builder me(boolean me) {
            this.me = me;
            return this;
        }

        /** POSTED BY [1ST CONNECTIONS]. */
        public Builder firstConnections(boolean firstConnections) {
            this.firstConnections = firstConnections;
            return this;
        }

        /** POSTED BY [PEOPLE YOU FOLLOW]. */
        public Builder peopleYouFollow(boolean peopleYouFollow) {
            this.peopleYouFollow = peopleYouFollow;
            return this;
        }

        public PostedBy build() {
            return new PostedBy(member, company, me, firstConnections, peopleYouFollow);
        }
    }
}
