package vn.nguon.broadcast.infrastructure;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries an alert's trace (MicroProfile Telemetry, docs/operations.md "Tracing") across the broker:
 * the commands queued on {@code nguon.deliveries} carry the W3C {@code traceparent} of their
 * publication as message properties, and their forwarding continues that trace. Nothing is
 * recorded while tracing is off (the SDK disabled: every span a no-op) or the trace not sampled.
 */
@ApplicationScoped
public class DeliveryTracing {

    static final String QUEUE_NAME = "nguon.deliveries";

    @Inject
    OpenTelemetry telemetry;

    /** Looked up once: the forwarding asks for a span per device command. */
    private Tracer tracer;

    @PostConstruct
    void init() {
        tracer = telemetry.getTracer("vn.nguon.broadcast");
    }

    /** The span of queueing {@code commands} commands, a child of the caller's (the approval's or the scheduler's) span. */
    Span publishing(int commands) {
        return tracer.spanBuilder(QUEUE_NAME + " publish").setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "activemq").setAttribute("messaging.destination.name", QUEUE_NAME)
                .setAttribute("messaging.operation.type", "publish").setAttribute("messaging.batch.message_count", commands)
                .startSpan();
    }

    /** The properties that carry the current trace: empty when there is none. Computed once for a batch of messages. */
    Map<String, String> carrier() {
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier.isEmpty() ? Map.of() : carrier;
    }

    /** Sets the carrier's properties on a message (their names, traceparent and tracestate, are valid JMS property names). */
    static void carry(Map<String, String> carrier, Message message) throws JMSException {
        for (Map.Entry<String, String> e : carrier.entrySet()) {
            message.setStringProperty(e.getKey(), e.getValue());
        }
    }

    /** The span of forwarding one command, continuing the trace its message carries (a new one if none). */
    Span processing(Message message, String deliveryId) {
        Context parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), message, PROPERTIES);
        SpanBuilder builder = tracer.spanBuilder(QUEUE_NAME + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "activemq").setAttribute("messaging.destination.name", QUEUE_NAME)
                .setAttribute("messaging.operation.type", "process");
        if (deliveryId != null) {
            builder.setAttribute("nguon.delivery.id", deliveryId);
        }
        return builder.startSpan();
    }

    static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
    }

    private static final TextMapGetter<Message> PROPERTIES = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            try {
                return Collections.list(message.getPropertyNames()).stream().map(String::valueOf).toList();
            } catch (JMSException e) {
                return List.of();
            }
        }

        @Override
        public String get(Message message, String key) {
            try {
                return message == null ? null : message.getStringProperty(key);
            } catch (JMSException e) {
                return null;
            }
        }
    };
}
