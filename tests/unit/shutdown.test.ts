import { afterEach, describe, expect, it } from "vitest";
import { isShuttingDown, markShuttingDown, onShutdown, resetShutdownState, runClosers } from "@/lib/lifecycle/shutdown.mjs";

afterEach(() => resetShutdownState());

describe("a server process's orderly stop", () => {
  it("says when the process is stopping", () => {
    expect(isShuttingDown()).toBe(false);
    markShuttingDown();
    expect(isShuttingDown()).toBe(true);
  });

  it("runs the closers once, in the order registered, each after the one before has finished", async () => {
    const order: string[] = [];
    onShutdown("job queue", async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push("job queue");
    });
    const unregister = onShutdown("never", () => order.push("never"));
    onShutdown("database pool", () => order.push("database pool"));
    unregister();
    expect(await runClosers()).toEqual([
      { name: "job queue", outcome: "closed" },
      { name: "database pool", outcome: "closed" },
    ]);
    expect(order).toEqual(["job queue", "database pool"]);
    expect(await runClosers()).toEqual([]);
  });

  it("goes on past a closer that fails or hangs, and says so", async () => {
    const messages: string[] = [];
    onShutdown("job queue", () => new Promise(() => {}));
    onShutdown("cache bus", () => {
      throw new Error("already closed");
    });
    onShutdown("database pool", () => undefined);
    const results = await runClosers({ timeoutMs: 50, log: (_level, message) => messages.push(message) });
    expect(results.map((result) => result.outcome)).toEqual(["timed out", "failed", "closed"]);
    expect(messages).toEqual([
      "shutdown: closing the job queue took longer than 50 ms; going on",
      "shutdown: closing the cache bus failed",
      "shutdown: database pool closed",
    ]);
  });

  it("shares its state between separately loaded copies of the module (the server and Next.js's bundle)", async () => {
    const copy = (await import(/* @vite-ignore */ `${new URL("../../lib/lifecycle/shutdown.mjs", import.meta.url).href}?copy`)) as typeof import("@/lib/lifecycle/shutdown.mjs");
    copy.markShuttingDown();
    expect(isShuttingDown()).toBe(true);
    let closed = false;
    copy.onShutdown("from the other copy", () => (closed = true));
    await runClosers();
    expect(closed).toBe(true);
  });
});
