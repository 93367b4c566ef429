package io.unipile.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.unipile.testkit.AnswerWriter.Answer;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.ApiKeys;
import io.unipile.testkit.internal.Endpoint;
import io.unipile.testkit.internal.IncomingRequest;
import io.unipile.testkit.internal.Reply;
import io.unipile.testkit.internal.Router;
import io.unipile.testkit.webhooks.WebhookNotice;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one HTTP handler, in the order Unipile's gateway and API would act: route the request, apply a scripted
 * fault, check the API key, let the route's resource group answer, tell webhooks, record the request in the
 * journal, write the answer.
 */
final class ApiHandler implements HttpHandler {
    private final ApiKeys keys;
    private final Router router;
    private final RequestReader reader;
    private final AnswerWriter writer;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final Stubs stubs;
    private final Consumer<List<WebhookNotice>> webhooks;

    ApiHandler(ApiKeys keys, Router router, RequestReader reader, AnswerWriter writer, RequestJournal journal,
               FaultInjector faults, Stubs stubs, Consumer<List<WebhookNotice>> webhooks) {
        this.keys = keys;
        this.router = router;
        this.reader = reader;
        this.writer = writer;
        this.journal = journal;
        this.faults = faults;
        this.stubs = stubs;
        this.webhooks = webhooks;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            // A bug in the fake must not look like a network fault: answer 500 in Unipile's shape.
            if (exchange.getResponseCode() == -1) {
                writer.send(exchange, Answer.error(
                        new ApiException(500, "unexpected_error", "The fake failed: " + e), Map.of()));
            }
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        long sequence = journal.nextSequence();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        RecordedRequest.ApiKeyCheck keyCheck = keys.check(exchange.getRequestHeaders().getFirst(ApiKeys.HEADER));
        Router.Match match = router.match(method, rawPath);
        Endpoint endpoint = match.endpoint();
        Route route = endpoint != null ? endpoint.route() : stubs.route(method, rawPath).orElse(null);
        Map<String, String> pathParams = route == null ? Map.of() : route.match(rawPath).orElseThrow();
        // The key is checked before any byte of the body is read: a client without it costs the fake nothing.
        IncomingRequest request = route == null || ApiKeys.refusal(keyCheck).isPresent()
                ? reader.readWithoutBody(exchange, method, rawPath, route, pathParams)
                : reader.read(exchange, method, rawPath, route, pathParams,
                        endpoint != null ? endpoint.body() : Endpoint.Body.ANY);
        Recorder recorder = new Recorder(sequence, receivedAt, keyCheck, request.wire());

        if (route == null) {
            Answer answer = match.allowedMethods().isEmpty()
                    ? Answer.error(ApiException.notFound("No route " + method + " " + rawPath), Map.of())
                    : Answer.error(new ApiException(405, "method_not_allowed", method + " is not allowed on "
                            + rawPath), Map.of("Allow", String.join(", ", match.allowedMethods())));
            journal.record(recorder.build(answer.status(), null, false, false));
            writer.send(exchange, answer);
            return;
        }
        Fault fault = faults.poll(request.wire()).orElse(null);
        if (fault instanceof Fault.Delay) {
            writer.delay(((Fault.Delay) fault).duration());
        } else if (fault != null && fault.timing() == Fault.Timing.BEFORE_PROCESSING) {
            Answer faulted = writer.faulted(fault, null);
            journal.record(recorder.build(AnswerWriter.status(fault, faulted), fault, false, false));
            writer.sendFaulted(exchange, fault, faulted);
            return;
        }
        Processed processed = process(endpoint, request, keyCheck);
        if (!processed.notices().isEmpty()) {
            webhooks.accept(processed.notices());
        }
        if (fault != null && fault.timing() == Fault.Timing.AFTER_PROCESSING) {
            Answer faulted = writer.faulted(fault, processed.answer());
            journal.record(recorder.build(AnswerWriter.status(fault, faulted), fault, processed.applied(),
                    processed.stubbed()));
            writer.sendFaulted(exchange, fault, faulted);
            return;
        }
        journal.record(recorder.build(processed.answer().status(), fault, processed.applied(),
                processed.stubbed()));
        writer.send(exchange, processed.answer());
    }

    /**
     * The answer to a routed request: the fake's own or a stub's; whether it changed the state, and what webhooks
     * are told.
     */
    private record Processed(Answer answer, boolean applied, List<WebhookNotice> notices, boolean stubbed) {
        Processed(Answer answer) {
            this(answer, false, List.of(), false);
        }
    }

    private Processed process(Endpoint endpoint, IncomingRequest request, RecordedRequest.ApiKeyCheck keyCheck) {
        Optional<ApiException> refused = ApiKeys.refusal(keyCheck);
        if (refused.isPresent()) {
            return new Processed(Answer.error(refused.get(), Map.of()));
        }
        Optional<Stubs.Answer> stubbed = stubs.take(request.wire());
        if (stubbed.isPresent()) {
            Stubs.Answer canned = stubbed.get();
            return new Processed(new Answer(canned.status(), canned.headers(), canned.contentType(),
                    FileContent.ofUtf8(canned.body())), false, List.of(), true);
        }
        if (endpoint == null) {
            // The stub that routed the request was used up meanwhile.
            return new Processed(Answer.error(ApiException.notFound("No route " + request.wire().method() + " "
                    + request.wire().path()), Map.of()));
        }
        try {
            Reply reply = router.handle(endpoint, request);
            return new Processed(Answer.of(reply), reply.applied(), reply.notices(), false);
        } catch (ApiException e) {
            return new Processed(Answer.error(e, Map.of()));
        }
    }

    /** Builds the journal entry once the answer is known. */
    private record Recorder(long sequence, Instant receivedAt, RecordedRequest.ApiKeyCheck keyCheck,
                            FakeRequest request) {
        RecordedRequest build(int status, Fault fault, boolean applied, boolean stubbed) {
            return new RecordedRequest(sequence, receivedAt, request.method(), request.path(), request.query(),
                    request.headers(), keyCheck, request.route(), request.pathParams(), request.formFields(),
                    request.files(), request.jsonBody(), request.bodySize(), status, Optional.ofNullable(fault),
                    applied, stubbed);
        }
    }
}
