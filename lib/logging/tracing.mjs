// @ts-check
/**
 * OpenTelemetry traces, only when an exporter is configured: OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), e.g. `http://collector:4318`. The spans are Next.js's own
 * (each request, its route, rendering, route handlers and server actions; NEXT_OTEL_VERBOSE=1 adds
 * more), sent over OTLP/HTTP in batches. Without the variable nothing is loaded and nothing is sent.
 *
 * Started by scripts/server.mjs in each server process before Next.js loads, so that Next.js finds
 * the tracer provider registered. The packages are the OpenTelemetry 2.x line, which supports
 * Node.js 20 (3.x needs 22.15). The usual OTEL_* variables apply (OTEL_SERVICE_NAME, default
 * "iro-portal"; OTEL_EXPORTER_OTLP_HEADERS for a token; OTEL_TRACES_SAMPLER and its argument).
 */

/** @param {Record<string, string | undefined>} env */
export function tracingConfigured(env = process.env) {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Registers the global tracer provider when configured. Returns how to flush and stop it, or
 * undefined when tracing is off.
 * @param {Record<string, string | undefined>} [env]
 * @returns {Promise<{ shutdown(): Promise<void> } | undefined>}
 */
export async function startTracing(env = process.env) {
  if (!tracingConfigured(env)) return undefined;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
  ]);
  // As the OTLP specification says: the traces endpoint as given, or the base endpoint + /v1/traces.
  // (The exporter reads headers, timeout and compression from the OTEL_* variables itself.)
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || `${env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim().replace(/\/+$/, "")}/v1/traces`;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME?.trim() || "iro-portal" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  // Also installs the AsyncLocalStorage context manager and W3C trace-context propagation.
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
