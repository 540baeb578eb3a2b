import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ask, logLines, startServer, writeStandIn, type RunningServer, type StandIn } from "../helpers/server-stand-in";

/**
 * scripts/server.mjs as it runs in production, with a stand-in for Next.js (tests/helpers/server-stand-in.ts):
 * request ids and the access log, and the graceful stop on SIGTERM, in one process and in a cluster.
 */

let standIn: StandIn;
let running: RunningServer | undefined;

beforeAll(() => {
  standIn = writeStandIn();
});
afterAll(() => standIn.remove());
afterEach(async () => {
  await running?.stop("SIGKILL");
  running = undefined;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("request ids and the access log", () => {
  it("puts the request's id and user on the application's lines and on one access line per request", { timeout: 20_000 }, async () => {
    running = await startServer(standIn);
    const answer = await ask(running.port, "/whoami?token=secret-one-time-token", { headers: { "x-request-id": "proxy-id-0123456789" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["x-request-id"]).toBe("proxy-id-0123456789");
    await wait(100);
    const lines = logLines(running.output()).filter((line) => line.requestId === "proxy-id-0123456789");
    expect(lines.map((line) => line.msg)).toEqual(["inside the application", "request"]);
    expect(lines[0]).toMatchObject({ userId: "user-42" });
    expect(lines[1]).toMatchObject({ method: "GET", path: "/whoami", status: 200, userId: "user-42", level: 30 });
    expect(typeof lines[1]!.durationMs).toBe("number");
    // The query string (one-time tokens, searches) stays out of the log.
    expect(running.output()).not.toContain("secret-one-time-token");
  });

  it("makes a new id when the incoming one is missing or not an id, and never reuses a cached page's", { timeout: 20_000 }, async () => {
    running = await startServer(standIn);
    const ids = [];
    for (const incoming of [undefined, "short", "has spaces in it", "a".repeat(200), "line\tbreak-0123456"]) {
      const answer = await ask(running.port, "/", { headers: incoming === undefined ? {} : { "x-request-id": incoming } });
      ids.push(answer.headers["x-request-id"]);
    }
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    await wait(100);
    const access = logLines(running.output()).filter((line) => line.msg === "request" && line.path === "/");
    expect(access).toHaveLength(5);
    expect(access.map((line) => line.pageCache)).toEqual(["miss", "hit", "hit", "hit", "hit"]);
    expect(access.map((line) => line.requestId)).toEqual(ids);
  });
});

describe("stopping on SIGTERM", () => {
  it.each([
    ["one server process", "1"],
    ["a cluster of two", "2"],
  ])("%s: a slow request in flight finishes, new connections are refused, then the closers run and it exits 0", { timeout: 30_000 }, async (_label, workers) => {
    running = await startServer(standIn, { WEB_CONCURRENCY: workers });
    const slow = ask(running.port, "/slow?ms=1500");
    await wait(400); // the request has reached the application
    running.child.kill("SIGTERM");
    await wait(300);
    await expect(ask(running.port, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const answer = await slow;
    expect(answer).toMatchObject({ status: 200, body: "slow done; stopping: true" });
    expect(answer.headers.connection).toBe("close");
    expect(await running.exited).toBe(0);
    const output = running.output();
    expect(output.indexOf("CLOSED stand-in job queue")).toBeGreaterThan(-1);
    expect(output.indexOf("CLOSED stand-in pool")).toBeGreaterThan(output.indexOf("CLOSED stand-in job queue"));
    expect(logLines(output).some((line) => line.msg === "request" && line.path === "/slow" && line.status === 200)).toBe(true);
  });

  it("cuts off what is still running after SHUTDOWN_TIMEOUT_MS, and still closes everything and exits 0", { timeout: 30_000 }, async () => {
    running = await startServer(standIn, { SHUTDOWN_TIMEOUT_MS: "300" });
    const slow = ask(running.port, "/slow?ms=20000").catch((error: Error) => error);
    await wait(300);
    const stoppedAt = Date.now();
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(await slow).toBeInstanceOf(Error);
    expect(running.output()).toContain("CLOSED stand-in pool");
    expect(logLines(running.output()).some((line) => line.level === 40 && String(line.msg).includes("cut off"))).toBe(true);
  });
});
