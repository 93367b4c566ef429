package io.unipile.testkit.linkedin;

import io.unipile.testkit.internal.SharedState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What LinkedIn search sees besides companies and job postings (which the LinkedIn store holds): members, posts, and
 * the ids of {@code GET /linkedin/search/parameters}, by type. LinkedIn-wide: no account owns them.
 */
final class LinkedInSearchStore implements SharedState.Slice {
    /** A search parameter as seeded. */
    record Parameter(String type, String id, String title) {
    }

    private final SharedState shared;
    private final Map<String, FakeSearchMember> members = new LinkedHashMap<>();
    private final Map<String, FakeSearchPost> posts = new LinkedHashMap<>();
    private final List<Parameter> parameters = new ArrayList<>();

    private LinkedInSearchStore(SharedState shared) {
        this.shared = shared;
    }

    static LinkedInSearchStore of(SharedState shared) {
        return shared.slice(LinkedInSearchStore.class, LinkedInSearchStore::new);
    }

    Object lock() {
        return shared.lock();
    }

    FakeSearchMember add(FakeSearchMember member) {
        synchronized (shared.lock()) {
            members.put(member.id(), member);
            return member;
        }
    }

    FakeSearchPost add(FakeSearchPost post) {
        synchronized (shared.lock()) {
            posts.put(post.id(), post);
            return post;
        }
    }

    void addParameter(String type, String id, String title) {
        synchronized (shared.lock()) {
            parameters.removeIf(p -> p.type().equals(type) && p.id().equals(id));
            parameters.add(new Parameter(type, id, title));
        }
    }

    List<FakeSearchMember> members() {
        synchronized (shared.lock()) {
            return List.copyOf(members.values());
        }
    }

    List<FakeSearchPost> posts() {
        synchronized (shared.lock()) {
            return List.copyOf(posts.values());
        }
    }

    List<Parameter> parameters() {
        synchronized (shared.lock()) {
            return List.copyOf(parameters);
        }
    }

    @Override
    public void clear() {
        members.clear();
        posts.clear();
        parameters.clear();
    }
}
