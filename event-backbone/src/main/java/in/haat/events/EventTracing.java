package in.haat.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * OpenTelemetry trace context across Kafka: an event carries the W3C traceparent of the span that published it (an
 * HTTP request's, a consumer's), and a consumer applies it in a span that continues that trace, so one buyer request is
 * one trace through every service. Without an OpenTelemetry SDK the envelope's trace still continues by hand.
 */
@ApplicationScoped
public class EventTracing {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    public EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The trace context for an event published now: the current span's; else the cause's, continued; else a new one. */
    public Map<String, String> forNewEvent(Map<String, String> cause) {
        if (Span.current().getSpanContext().isValid()) {
            Map<String, String> carrier = new HashMap<>();
            W3C.inject(Context.current(), carrier, (map, key, value) -> map.put(key, value));
            return carrier;
        }
        return cause == null ? TraceContext.newTrace() : TraceContext.continueFrom(cause);
    }

    /** The OpenTelemetry context a W3C trace map (an envelope's, a stored callback's) stands for. */
    public static Context contextOf(Map<String, String> trace) {
        return W3C.extract(Context.root(), trace == null ? Map.of() : trace, FROM_MAP);
    }

    /** Runs {@code work} in a span named {@code name}, child of {@code parent}, current while the work runs. */
    public <T> Uni<T> within(String name, SpanKind kind, Map<String, String> parent, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context parentContext = contextOf(parent);
            Span span = tracer.spanBuilder(name).setSpanKind(kind).setParent(parentContext).startSpan();
            Scope scope = parentContext.with(span).makeCurrent();
            Uni<T> running;
            try {
                running = work.get();
            } catch (RuntimeException e) {
                scope.close();
                span.setStatus(StatusCode.ERROR, e.toString()).end();
                throw e;
            }
            return running.onTermination().invoke((item, failure, cancelled) -> {
                if (failure != null) {
                    span.setStatus(StatusCode.ERROR, failure.toString());
                }
                scope.close();
                span.end();
            });
        });
    }

    /** Applies a consumed event in a consumer span that continues the event's trace. */
    <T> Uni<T> within(String consumer, EventEnvelope event, Supplier<Uni<T>> effect) {
        return within(consumer + " " + event.type(), SpanKind.CONSUMER, event.trace(), effect);
    }

    /**
     * Runs synchronous {@code work} in a consumer span continuing {@code event}'s trace: a {@link BatchEventHandler}
     * preparing the events one consumed event causes ({@link Outbox#prepare}) so that they continue its trace.
     */
    public <T> T inSpan(String consumer, EventEnvelope event, Supplier<T> work) {
        Context parentContext = contextOf(event.trace());
        Span span = tracer.spanBuilder(consumer + " " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(parentContext).startSpan();
        try (Scope ignored = parentContext.with(span).makeCurrent()) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
