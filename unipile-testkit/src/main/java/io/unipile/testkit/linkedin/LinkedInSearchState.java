package io.unipile.testkit.linkedin;

import io.unipile.linkedin.search.SearchParameterType;
import io.unipile.testkit.internal.SharedState;
import java.util.List;
import java.util.Objects;

/**
 * What LinkedIn search finds, as tests seed it: members and posts, and the ids of
 * {@code GET /linkedin/search/parameters} by type. Locations ({@link LinkedInState#addLocation}), companies
 * ({@link LinkedInState#addCompany}) and members are parameters by themselves (types {@code LOCATION},
 * {@code COMPANY}, {@code PEOPLE} and {@code CONNECTIONS}); companies and active job postings are what companies
 * and jobs searches find. Reached with {@code server.state().linkedin().search()}.
 *
 * <pre>{@code
 * LinkedInSearchState search = server.state().linkedin().search();
 * server.state().linkedin().addLocation("105015875", "Paris, France");
 * search.addParameter(SearchParameterType.INDUSTRY, "4", "Software Development");
 * search.addMember(FakeSearchMember.builder("Ada", "Lovelace").headline("Java engineer")
 *         .location("105015875").industry("4").networkDistance(2).build());
 * }</pre>
 *
 * <p>Thread-safe, under the state's one lock; LinkedIn-wide, so deleting an account keeps it.
 */
public final class LinkedInSearchState {
    private final LinkedInSearchStore store;

    LinkedInSearchState(SharedState shared) {
        this.store = LinkedInSearchStore.of(shared);
    }

    /** Adds a member, or replaces the one with the same id. */
    public FakeSearchMember addMember(FakeSearchMember member) {
        return store.add(Objects.requireNonNull(member, "member"));
    }

    /** Adds a post, or replaces the one with the same id. */
    public FakeSearchPost addPost(FakeSearchPost post) {
        return store.add(Objects.requireNonNull(post, "post"));
    }

    /** Adds the id of a parameter of this type (an industry, a school, a job title...), or renames it. */
    public void addParameter(SearchParameterType type, String id, String title) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        store.addParameter(type.value(), id, title);
    }

    /** Every member, in the order added. */
    public List<FakeSearchMember> members() {
        return store.members();
    }

    /** Every post, in the order added. */
    public List<FakeSearchPost> posts() {
        return store.posts();
    }
}
