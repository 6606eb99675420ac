package org.stancetracker.api.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.spi.VertxTracerFactory;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Answers as problem+json the requests that Vert.x's HTTP decoder refuses (a request line over
 * {@code quarkus.http.limits.max-initial-line-length}: 414; headers over {@code max-header-size}:
 * 431; a malformed request line or header: 400), which never reach the router and otherwise get an
 * empty body.
 *
 * <p>Vert.x 4 lets {@code HttpServer#invalidRequestHandler} choose that answer, but Quarkus 3.33
 * creates and starts its server with no hook between the two, and the server reads the handler when it
 * starts listening. Each connection holds its own copy, though, settable until the request is
 * dispatched, and the one public place that sees every request, readable or not, before Vert.x picks
 * its handler is the tracing SPI. So this installs a tracer that does no tracing: it gives each request's
 * connection this handler. A tracer configured otherwise (OpenTelemetry, say) is kept and called as before.
 */
@Singleton
public class InvalidRequestAnswers implements VertxOptionsCustomizer {
    private static final Handler<HttpServerRequest> ANSWER_AS_PROBLEM = InvalidRequestAnswers::answer;

    @Override
    public void accept(VertxOptions options) {
        TracingOptions configured = options.getTracingOptions();
        VertxTracerFactory others =
                configured == null || configured.getFactory() == null ? null : configured.getFactory();
        TracingOptions tracing = configured == null ? new TracingOptions() : configured.copy();
        options.setTracingOptions(tracing.setFactory(
                tracingOptions -> new HandlerSetter(others == null ? noTracing() : others.tracer(tracingOptions))));
    }

    @SuppressWarnings("unchecked")
    private static VertxTracer<Object, Object> noTracing() {
        return VertxTracer.NOOP;
    }

    /** What Vert.x's default handler answers, with a problem+json body; then the connection is closed. */
    static void answer(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        int status = cause instanceof TooLongHttpLineException
                ? 414
                : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        HttpProblems.send(request, HttpProblems.of(status), true);
    }

    /** Gives every server request's connection the problem+json answer for unreadable requests, then traces as configured. */
    private record HandlerSetter(VertxTracer<Object, Object> delegate) implements VertxTracer<Object, Object> {
        @Override
        public <R> Object receiveRequest(
                Context context,
                SpanKind kind,
                TracingPolicy policy,
                R request,
                String operation,
                Iterable<Map.Entry<String, String>> headers,
                TagExtractor<R> tagExtractor) {
            if (request instanceof HttpServerRequest serverRequest
                    && serverRequest.connection() instanceof HttpServerConnection connection) {
                connection.invalidRequestHandler(ANSWER_AS_PROBLEM);
            }
            return delegate.receiveRequest(context, kind, policy, request, operation, headers, tagExtractor);
        }

        @Override
        public <R> void sendResponse(
                Context context, R response, Object payload, Throwable failure, TagExtractor<R> tagExtractor) {
            delegate.sendResponse(context, response, payload, failure, tagExtractor);
        }

        @Override
        public <R> Object sendRequest(
                Context context,
                SpanKind kind,
                TracingPolicy policy,
                R request,
                String operation,
                BiConsumer<String, String> headers,
                TagExtractor<R> tagExtractor) {
            return delegate.sendRequest(context, kind, policy, request, operation, headers, tagExtractor);
        }

        @Override
        public <R> void receiveResponse(
                Context context, R response, Object payload, Throwable failure, TagExtractor<R> tagExtractor) {
            delegate.receiveResponse(context, response, payload, failure, tagExtractor);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
