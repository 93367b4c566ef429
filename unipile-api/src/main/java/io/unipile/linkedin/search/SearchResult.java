package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One result of a LinkedIn search, by its {@code type}: a {@link PersonResult}, {@link CompanyResult},
 * {@link PostResult} or {@link JobResult}; a kind this library does not know yet is an {@link UnknownResult} that
 * keeps the item as sent, so a new kind never breaks a search.
 *
 * <pre>{@code
 * switch (result) {
 *     case PersonResult p -> System.out.println(p.name() + ", " + p.headline());
 *     case CompanyResult c -> System.out.println(c.name());
 *     case PostResult p -> System.out.println(p.shareUrl());
 *     case JobResult j -> System.out.println(j.title());
 *     case UnknownResult u -> System.out.println(u.raw());
 * }
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = UnknownResult.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PersonResult.class, name = "PEOPLE"),
        @JsonSubTypes.Type(value = CompanyResult.class, name = "COMPANY"),
        @JsonSubTypes.Type(value = PostResult.class, name = "POST"),
        @JsonSubTypes.Type(value = JobResult.class, name = "JOB")})
public sealed interface SearchResult permits PersonResult, CompanyResult, PostResult, JobResult, UnknownResult {

    /** The kind of result: {@code PEOPLE}, {@code COMPANY}, {@code POST}, {@code JOB}, or one not known yet. */
    String type();

    /** The result's id. */
    String id();

    /** Fields this version of the library does not know, kept as sent. */
    Map<String, JsonNode> extra();
}
