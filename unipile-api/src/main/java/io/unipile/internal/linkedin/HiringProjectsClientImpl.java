package io.unipile.internal.linkedin;

import io.unipile.internal.ApiCaller;
import io.unipile.linkedin.HiringProject;
import io.unipile.linkedin.HiringProjectsClient;
import io.unipile.linkedin.ListHiringProjectsRequest;
import io.unipile.pagination.Page;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/** {@link HiringProjectsClient} over an {@link ApiCaller}; the declarations are in {@link LinkedInEndpoints}. */
final class HiringProjectsClientImpl implements HiringProjectsClient {
    private final ApiCaller caller;

    HiringProjectsClientImpl(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Page<HiringProject> list(ListHiringProjectsRequest request) {
        return caller.call(LinkedInEndpoints.LIST_PROJECTS, request);
    }

    @Override
    public CompletableFuture<Page<HiringProject>> listAsync(ListHiringProjectsRequest request) {
        return caller.callAsync(LinkedInEndpoints.LIST_PROJECTS, request);
    }

    @Override
    public PagedIterable<HiringProject> listAll(ListHiringProjectsRequest request) {
        return caller.pages(LinkedInEndpoints.LIST_PROJECTS, request);
    }

    @Override
    public HiringProject get(String projectId, String accountId) {
        return caller.call(LinkedInEndpoints.GET_PROJECT, accountId, projectId);
    }

    @Override
    public CompletableFuture<HiringProject> getAsync(String projectId, String accountId) {
        return caller.callAsync(LinkedInEndpoints.GET_PROJECT, accountId, projectId);
    }
}
