package io.unipile.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.files.FileDownload;
import io.unipile.pagination.PagedIterable;

import java.util.concurrent.CompletableFuture;

/**
 * Calls operations this library does not model yet, through the same pipeline as the modelled ones. Replies are
 * parsed JSON, a lazily paged list of JSON items, or a streamed body; failures are the same typed exceptions.
 */
public interface RawClient {

    /** Sends the request and parses the reply as JSON. */
    JsonNode call(RawRequest request);

    /** Sends the request and reads the reply as {@code type} (unknown fields of a library model are kept). */
    <T> T call(RawRequest request, Class<T> type);

    /** {@link #call(RawRequest)} without blocking. */
    CompletableFuture<JsonNode> callAsync(RawRequest request);

    /**
     * Every item of a list operation ({@code {"items": [...], "cursor": ...}}), fetched lazily: each page is the
     * request with its {@code cursor} query parameter set to the previous page's cursor.
     */
    PagedIterable<JsonNode> listAll(RawRequest request);

    /** Sends the request and hands back the body unread, streamed. Close the download. */
    FileDownload download(RawRequest request);

    /** {@link #download(RawRequest)} without blocking. */
    CompletableFuture<FileDownload> downloadAsync(RawRequest request);
}
