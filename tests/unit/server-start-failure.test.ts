import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/**
 * `npm start` on a port that is already taken stops at once with a clear message and a non-zero exit
 * code (it used to log EADDRINUSE and keep running its jobs without an HTTP server). The port is
 * checked before the database and Next.js start, so none of them is needed here.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

let occupier: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (occupier ? occupier.close(resolve) : resolve(undefined)));
  occupier = undefined;
});

/** Takes a free port and keeps it, as another program would. */
async function occupyPort(host?: string): Promise<number> {
  occupier = createServer();
  return new Promise((resolve) => occupier!.listen(0, host, () => resolve((occupier!.address() as { port: number }).port)));
}

function run(command: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...inherited, NODE_ENV: "production", AUTH_SECRET: "a-test-secret-of-at-least-32-characters!", DATA_DIR: path.join(ROOT, ".data/test-start-failure"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    }),
  );
}

const inUse = (port: number) => new RegExp(`The portal cannot start: port ${port} is already in use.*--port or PORT`);

describe("starting on a port that is already in use", () => {
  it.each([
    ["one server process", { WEB_CONCURRENCY: "1" }],
    ["a cluster of two", { WEB_CONCURRENCY: "2" }],
  ])("scripts/server.mjs (%s) exits non-zero with a clear message", { timeout: 20_000 }, async (_label, env) => {
    const port = await occupyPort();
    const result = await run([process.execPath, "scripts/server.mjs", "--port", String(port)], env);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(inUse(port));
  });

  it("also when the other program listens on 127.0.0.1 only", { timeout: 20_000 }, async () => {
    const port = await occupyPort("127.0.0.1");
    const result = await run([process.execPath, "scripts/server.mjs", "--port", String(port)]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(inUse(port));
  });

  it("npm start (scripts/launch.ts) stops before starting the database", { timeout: 30_000 }, async () => {
    const port = await occupyPort();
    const result = await run([path.join(ROOT, "node_modules/.bin/tsx"), "--conditions=react-server", "scripts/launch.ts", "--port", String(port)], { EMBEDDED_POSTGRES_PORT: "1", NODE_ENV: "test" });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(inUse(port));
    expect(result.output).not.toMatch(/Starting embedded PostgreSQL/);
  });

  it("refuses a wrong WEB_CONCURRENCY with its name", { timeout: 20_000 }, async () => {
    const result = await run([process.execPath, "scripts/server.mjs", "--port", "1"], { WEB_CONCURRENCY: "many" });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/The portal cannot start: WEB_CONCURRENCY must be a whole number/);
  });

  it.each([
    ["SHUTDOWN_TIMEOUT_MS", "soon", /SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds/],
    ["PUBLIC_PAGE_CACHE_SECONDS", "-1", /PUBLIC_PAGE_CACHE_SECONDS must be a number of seconds/],
  ])("refuses a wrong %s with its name", { timeout: 20_000 }, async (name, value, message) => {
    const result = await run([process.execPath, "scripts/server.mjs", "--port", "1"], { [name]: value });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(message);
  });
});

describe("starting in production without AUTH_SECRET", () => {
  const refused = /The portal cannot start: AUTH_SECRET is not set.*openssl rand -base64 32/s;

  it.each([["missing", undefined], ["blank", "  "]])("scripts/server.mjs refuses a %s secret at once", { timeout: 20_000 }, async (_label, secret) => {
    const result = await run([process.execPath, "scripts/server.mjs", "--port", "1"], { AUTH_SECRET: secret, WEB_CONCURRENCY: "2" });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(refused);
  });

  it("npm start refuses to generate one when NODE_ENV=production, before the database starts", { timeout: 30_000 }, async () => {
    const result = await run([path.join(ROOT, "node_modules/.bin/tsx"), "--conditions=react-server", "scripts/launch.ts", "--port", "1"], {
      AUTH_SECRET: undefined,
      EMBEDDED_POSTGRES_PORT: "1",
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/The portal cannot start: AUTH_SECRET is not set, and with NODE_ENV=production the portal does not generate one/);
    expect(result.output).not.toMatch(/Starting embedded PostgreSQL/);
  });

  it("npm start names a wrong setting instead of printing a stack trace", { timeout: 30_000 }, async () => {
    const result = await run([path.join(ROOT, "node_modules/.bin/tsx"), "--conditions=react-server", "scripts/launch.ts", "--port", "1"], {
      AUTH_SECRET: "too short",
      EMBEDDED_POSTGRES_PORT: "1",
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/The portal cannot start: Invalid configuration:\n\s+- AUTH_SECRET: must be at least 32 characters/);
    expect(result.output).not.toMatch(/\bat .*launch\.ts/);
  });
});
