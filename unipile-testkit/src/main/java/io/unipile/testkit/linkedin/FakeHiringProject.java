package io.unipile.testkit.linkedin;

import io.unipile.testkit.internal.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A LinkedIn Recruiter hiring project of an account: seeded, or made with a Recruiter job posting
 * ({@code recruiter.project.name} of {@code POST /linkedin/jobs}). Its job posting, if any, is the posting whose
 * {@link FakeJobPosting#projectId()} names it.
 *
 * @param id the project id
 * @param accountId the Recruiter account that owns it
 * @param name the project's name
 * @param ownerName the owner's name, or null for the account's holder
 * @param ownerId the owner's id, or null for the account's holder
 * @param createdAt when it was made (sent with millisecond precision)
 */
public record FakeHiringProject(String id, String accountId, String name, String ownerName, String ownerId,
                                Instant createdAt) {

    /** Requires the ids, the name and the time. */
    public FakeHiringProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A project of the account, owned by its holder, made now. */
    public static FakeHiringProject of(String accountId, String name) {
        return new FakeHiringProject(Ids.random(10), accountId, name, null, null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** This project with another id. */
    public FakeHiringProject withId(String id) {
        return new FakeHiringProject(id, accountId, name, ownerName, ownerId, createdAt);
    }

    /** This project made at another time. */
    public FakeHiringProject withCreatedAt(Instant createdAt) {
        return new FakeHiringProject(id, accountId, name, ownerName, ownerId, createdAt);
    }
}
