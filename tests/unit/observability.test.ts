import { createServer, type IncomingMessage } from "node:http";
import { Writable } from "node:stream";
import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { accessLogEntry } from "@/lib/logging/access-log.mjs";
import { createLogger } from "@/lib/logging/create-logger.mjs";
import { currentRequestContext, noteRequestUser, requestIdFrom, runInRequestContext } from "@/lib/logging/request-context.mjs";
import { startTracing, tracingConfigured } from "@/lib/logging/tracing.mjs";

/** A logger writing into an array of parsed lines. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", destination }), lines };
}

describe("request ids", () => {
  it("keeps a valid incoming id and makes a new one otherwise", () => {
    for (const id of ["0af7651916cd43dd8448eb211c80319c", "3f2c1d5e-8a4b-4c3d-9e8f-0a1b2c3d4e5f", "nginx:req_123.abc@edge"]) {
      expect(requestIdFrom(id)).toBe(id);
    }
    for (const bad of [undefined, "", "short", "has space-123456", "new\nline-123456", "-leading-dash-123", "x".repeat(129), ["a-list-of-ids-1234"]]) {
      expect(requestIdFrom(bad as string | undefined)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("puts the request's id, and its user once noted, on every line written while it is handled", async () => {
    const { logger, lines } = capturingLogger();
    logger.info("before any request");
    await runInRequestContext({ requestId: "request-0001" }, async () => {
      logger.info("anonymous so far");
      await new Promise((resolve) => setTimeout(resolve, 5));
      noteRequestUser("user-7");
      await Promise.resolve().then(() => logger.warn({ detail: 1 }, "after an await"));
    });
    noteRequestUser("nobody"); // outside a request: nothing to note
    expect(currentRequestContext()).toBeUndefined();
    expect(lines.map(({ msg, requestId, userId }) => ({ msg, requestId, userId }))).toEqual([
      { msg: "before any request", requestId: undefined, userId: undefined },
      { msg: "anonymous so far", requestId: "request-0001", userId: undefined },
      { msg: "after an await", requestId: "request-0001", userId: "user-7" },
    ]);
  });
});

describe("the access log line", () => {
  it("says method, path without the query, status and time; health probes at debug", () => {
    expect(accessLogEntry({ method: "POST", url: "/reset-password?token=abc", status: 303, startedAt: 10, endedAt: 22.345, finished: true, pageCache: undefined })).toEqual({
      level: "info",
      entry: { method: "POST", path: "/reset-password", status: 303, durationMs: 12.3 },
    });
    expect(accessLogEntry({ method: "GET", url: "/partners?q=x", status: 200, startedAt: 0, endedAt: 1, finished: true, pageCache: "hit" }).entry).toMatchObject({ pageCache: "hit" });
    expect(accessLogEntry({ method: "GET", url: "/slow", status: 200, startedAt: 0, endedAt: 1, finished: false }).entry).toMatchObject({ aborted: true });
    for (const probe of ["/api/health", "/api/health/live", "/api/health/ready?x=1"]) {
      expect(accessLogEntry({ method: "GET", url: probe, status: 200, startedAt: 0, endedAt: 1, finished: true }).level).toBe("debug");
    }
  });
});

describe("OpenTelemetry traces", () => {
  it("stay off without an exporter endpoint: nothing is loaded or registered", async () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBe(false);
    expect(await startTracing({})).toBeUndefined();
    expect(trace.getTracer("test").startSpan("x").spanContext().traceFlags).toBe(0); // a non-recording span
  });

  it("are sent to the configured OTLP/HTTP collector", { timeout: 15_000 }, async () => {
    const received: { path: string | undefined; body: string }[] = [];
    const collector = createServer((req: IncomingMessage, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ path: req.url, body });
        res.setHeader("content-type", "application/json");
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    const { port } = collector.address() as { port: number };
    const tracing = await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`, OTEL_SERVICE_NAME: "iro-portal-test" });
    try {
      expect(tracing).toBeDefined();
      trace.getTracer("test").startActiveSpan("GET /partners", (span) => span.end());
      await tracing!.shutdown(); // flushes the batch
      expect(received).toHaveLength(1);
      expect(received[0]!.path).toBe("/v1/traces");
      expect(received[0]!.body).toContain("GET /partners");
      expect(received[0]!.body).toContain("iro-portal-test");
    } finally {
      trace.disable();
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
