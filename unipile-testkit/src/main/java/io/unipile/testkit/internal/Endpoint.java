package io.unipile.testkit.internal;

import io.unipile.testkit.Route;
import java.util.Objects;

/**
 * A route the fake models, how its body is read, and the handler that answers it.
 *
 * @param route the method, path template and query parameters
 * @param body how the request body is read before the handler runs
 * @param handler Unipile's behaviour: validation, state change and answer; throws {@link ApiException} to refuse
 */
public record Endpoint(Route route, Body body, Handler handler) {

    /** How a route's request body is read. */
    public enum Body {
        /** None expected; whatever comes is discarded. */
        NONE,
        /** {@code multipart/form-data}: text fields and file parts. */
        MULTIPART,
        /** {@code application/json}, kept as text; another content type is 415. */
        JSON,
        /** Whatever it is: multipart when it has a boundary, JSON text when it says JSON (stubbed routes). */
        ANY
    }

    /** Answers a request that matched the route and passed authentication. */
    @FunctionalInterface
    public interface Handler {
        /** The answer; an {@link ApiException} for Unipile's error answers. */
        Reply handle(IncomingRequest request);
    }

    /** Requires every part. */
    public Endpoint {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
    }

    /** A route without a body. */
    public static Endpoint of(Route route, Handler handler) {
        return new Endpoint(route, Body.NONE, handler);
    }

    /** A route with a multipart body. */
    public static Endpoint multipart(Route route, Handler handler) {
        return new Endpoint(route, Body.MULTIPART, handler);
    }

    /** A route with a JSON body. */
    public static Endpoint json(Route route, Handler handler) {
        return new Endpoint(route, Body.JSON, handler);
    }
}
