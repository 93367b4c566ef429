package io.unipile.testkit.internal;

import io.unipile.testkit.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the endpoint of a method and path among the resource groups' and runs it: the checks every modelled
 * route shares (a readable body, only the query parameters the route takes), then the group's handler.
 */
public final class Router {
    private final List<Route> declared;
    private final List<Endpoint> endpoints;

    /** The endpoints of these groups; a route served twice is a bug. */
    public Router(List<ResourceGroup> groups) {
        Map<Route, Endpoint> byRoute = new LinkedHashMap<>();
        for (ResourceGroup group : groups) {
            for (Endpoint endpoint : group.endpoints()) {
                if (byRoute.putIfAbsent(endpoint.route(), endpoint) != null) {
                    throw new IllegalStateException(endpoint.route() + " is served twice");
                }
            }
        }
        this.declared = List.copyOf(byRoute.keySet());
        List<Endpoint> ordered = new ArrayList<>(byRoute.values());
        // The more literal template wins where two fit a path (e.g. /users/me before /users/{identifier}).
        ordered.sort(Comparator.comparingLong((Endpoint e) -> -literalSegments(e.route())));
        this.endpoints = List.copyOf(ordered);
    }

    /** The served routes, in the groups' order. */
    public List<Route> routes() {
        return declared;
    }

    /**
     * The endpoint of this method and path, with its decoded path parameters.
     *
     * @param endpoint null when no route fits; then {@code allowedMethods} lists the methods of the
     *     routes whose template fits the path (empty: the path is unknown)
     */
    public record Match(Endpoint endpoint, Map<String, String> pathParams, List<String> allowedMethods) {
    }

    /** Matches a raw (percent-encoded) path. */
    public Match match(String method, String rawPath) {
        List<String> allowed = new ArrayList<>();
        for (Endpoint candidate : endpoints) {
            Optional<Map<String, String>> params = candidate.route().match(rawPath);
            if (params.isPresent()) {
                if (candidate.route().method().equals(method)) {
                    return new Match(candidate, params.get(), List.of());
                }
                if (!allowed.contains(candidate.route().method())) {
                    // /users/me is also /users/{identifier}: one GET, not two
                    allowed.add(candidate.route().method());
                }
            }
        }
        return new Match(null, Map.of(), List.copyOf(allowed));
    }

    private static long literalSegments(Route route) {
        return Arrays.stream(route.template().split("/")).filter(s -> !s.startsWith("{")).count();
    }

    /** Runs the endpoint for an authenticated request. */
    public Reply handle(Endpoint endpoint, IncomingRequest request) {
        if (request.bodyError() != null) {
            throw request.bodyError();
        }
        Route route = endpoint.route();
        for (String name : request.query().keySet()) {
            if (!route.queryParameters().contains(name)) {
                throw ApiException.invalidParameters("Unknown query parameter " + name + "; " + route.template()
                        + " takes " + (route.queryParameters().isEmpty() ? "none"
                        : new TreeSet<>(route.queryParameters())));
            }
        }
        return endpoint.handler().handle(request);
    }
}
