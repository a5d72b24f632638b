package vn.nguon.it;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;
import vn.nguon.sim.SimDevice;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.it.Bulletins.await;
import static vn.nguon.it.Bulletins.state;

/**
 * One alert's trace, as an OpenTelemetry collector receives it (docs/operations.md "Tracing"): the
 * server under test exports by OTLP/HTTP to this test's receiver on 127.0.0.1:4318 and samples only
 * what a caller asked to trace (a sampled {@code traceparent}: arquillian.xml's
 * {@code parentbased_always_off}). The leader's approval, the queueing of the device commands and
 * their forwarding by the message-driven bean are one trace, parent to child; nothing else is exported.
 */
@ExtendWith(ArquillianExtension.class)
class TracingIT {

    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2);
    static final List<Span> RECEIVED = new CopyOnWriteArrayList<>();
    static HttpServer collector;
    static SimDevice device;
    static String deviceId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** An OTLP/HTTP trace receiver (protobuf), as a collector on the operators' network is. */
    @BeforeAll
    static void collectorAndDevice() throws Exception {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 4318), 0);
        collector.createContext("/v1/traces", exchange -> {
            try (InputStream raw = exchange.getRequestBody();
                 InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                         ? new GZIPInputStream(raw) : raw) {
                for (ResourceSpans rs : ExportTraceServiceRequest.parseFrom(in).getResourceSpansList()) {
                    for (ScopeSpans ss : rs.getScopeSpansList()) {
                        RECEIVED.addAll(ss.getSpansList());
                    }
                }
                byte[] ok = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, ok.length == 0 ? -1 : ok.length);
                exchange.getResponseBody().write(ok);
            } finally {
                exchange.close();
            }
        });
        collector.start();
        device = Bulletins.connected("Loa đo vết cảnh báo", TIMER);
        deviceId = device.id;
    }

    @AfterAll
    static void stop() throws Exception {
        device.stop();
        TIMER.shutdownNow();
        collector.stop(0);
    }

    @Test
    void anAlertsApprovalQueueingAndForwardingAreOneTrace() throws Exception {
        JsonObjectBuilder alert = Bulletins.alert(deviceId, "Cảnh báo sạt lở đất",
                "Mưa lớn kéo dài, nguy cơ sạt lở ở các bản ven suối; bà con không ở lại nhà sát taluy.", "Sạt lở đất", "Severe", "Immediate");
        Api.Reply created = Api.as("binhlu.canbo").post("bulletins", alert.build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());

        // the operator traces the approval: the caller's span, sampled (the W3C flags 01)
        String traceId = java.util.UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        Api.Reply approved = Api.as("binhlu.lanhdao").withHeader("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals("APPROVED", approved.json().getString("status"), approved.toString());
        await("the alert played", 60, () -> "DONE".equals(state(id, deviceId)));

        await("the forwarding's span exported", 60, () -> find(traceId, Span.SpanKind.SPAN_KIND_CONSUMER).isPresent());
        Span server = find(traceId, Span.SpanKind.SPAN_KIND_SERVER).orElseThrow();
        Span publish = find(traceId, Span.SpanKind.SPAN_KIND_PRODUCER).orElseThrow();
        Span process = find(traceId, Span.SpanKind.SPAN_KIND_CONSUMER).orElseThrow();
        assertEquals(callerSpan, hex(server.getParentSpanId().toByteArray()), "the approval continues the caller's trace");
        assertTrue(server.getName().contains("approve"), server.getName());
        assertEquals(hex(server.getSpanId().toByteArray()), hex(publish.getParentSpanId().toByteArray()),
                "the commands are queued in the approval's trace (after its commit, on another thread)");
        assertEquals("nguon.deliveries publish", publish.getName());
        assertEquals(hex(publish.getSpanId().toByteArray()), hex(process.getParentSpanId().toByteArray()),
                "the message-driven bean's forwarding continues the queueing's trace across the broker");
        assertEquals("nguon.deliveries process", process.getName());
        String delivery = attribute(process, "nguon.delivery.id");
        assertEquals(delivery, Bulletins.deliveries(id, deviceId).get(0).getString("id"), "the span names the delivery it forwarded");

        // sampled on demand: the untraced calls of this test (creation, submission, the deliveries read) left no span
        List<String> others = RECEIVED.stream().filter(s -> !hex(s.getTraceId().toByteArray()).equals(traceId))
                .map(Span::getName).toList();
        assertEquals(List.of(), others, "only the traced call was exported");
    }

    static Optional<Span> find(String traceId, Span.SpanKind kind) {
        return RECEIVED.stream().filter(s -> hex(s.getTraceId().toByteArray()).equals(traceId) && s.getKind() == kind).findFirst();
    }

    static String attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).map(KeyValue::getValue)
                .map(v -> v.getStringValue()).findFirst().orElse(null);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
