package io.unipile.linkedin;

import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** LinkedIn Recruiter hiring projects: {@code /api/v1/linkedin/projects}. */
public interface HiringProjectsClient {

    /** One page of the account's hiring projects ({@code GET /linkedin/projects}). */
    Page<HiringProject> list(ListHiringProjectsRequest request);

    /** The first page of the account's hiring projects, of the server's default size. */
    default Page<HiringProject> list(String accountId) {
        return list(ListHiringProjectsRequest.builder(accountId).build());
    }

    /** {@link #list(ListHiringProjectsRequest)} without blocking. */
    CompletableFuture<Page<HiringProject>> listAsync(ListHiringProjectsRequest request);

    /** Every hiring project matching the request, fetched page by page as iteration proceeds. */
    PagedIterable<HiringProject> listAll(ListHiringProjectsRequest request);

    /** Every hiring project of the account, in pages of the server's default size. */
    default PagedIterable<HiringProject> listAll(String accountId) {
        return listAll(ListHiringProjectsRequest.builder(accountId).build());
    }

    /** One hiring project ({@code GET /linkedin/projects/{id}}), with its job posting if it has one. */
    HiringProject get(String projectId, String accountId);

    /** {@link #get(String, String)} without blocking. */
    CompletableFuture<HiringProject> getAsync(String projectId, String accountId);
}
