import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The real production server (scripts/server.mjs: cluster, page cache, cache buses, request ids, access
 * log, graceful stop) with a small stand-in for Next.js, so that tests of the server itself need no
 * production build and start in a second. A module hook hands the stand-in to server.mjs's
 * `import("next")`; cluster workers inherit the hook through Node's execArgv.
 *
 * The stand-in application answers:
 * - `/` and `/partners`: a public HTML page, counting its renders (cacheable by the page cache);
 * - `/slow?ms=N`: answers after N ms, saying whether the process was stopping by then;
 * - `/whoami`: notes a signed-in user ("user-42") and writes an application log line;
 * - `/state`: how often this process's caches were emptied, its pid;
 * - anything else: 404.
 * On start it registers two closers ("stand-in job queue", "stand-in pool") that print when they run.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const url = (file: string) => pathToFileURL(path.join(ROOT, file)).href;

export interface StandIn {
  dir: string;
  remove(): void;
}

export function writeStandIn(): StandIn {
  const dir = mkdtempSync(path.join(tmpdir(), "iro-server-stand-in-"));
  writeFileSync(
    path.join(dir, "next.mjs"),
    `import { onClear } from ${JSON.stringify(url("lib/cache/cache-bus.mjs"))};
     import { isShuttingDown, onShutdown } from ${JSON.stringify(url("lib/lifecycle/shutdown.mjs"))};
     import { createLogger } from ${JSON.stringify(url("lib/logging/create-logger.mjs"))};
     import { noteRequestUser } from ${JSON.stringify(url("lib/logging/request-context.mjs"))};
     const logger = createLogger();
     const cleared = { pages: 0, queries: 0 };
     onClear("pages", () => cleared.pages++);
     onClear("queries", () => cleared.queries++);
     let renders = 0;
     export default function next() {
       return {
         async prepare() {
           onShutdown("stand-in job queue", () => console.log("CLOSED stand-in job queue"));
           onShutdown("stand-in pool", () => console.log("CLOSED stand-in pool"));
         },
         getRequestHandler() {
           return (req, res) => {
             const address = new URL(req.url, "http://stand-in");
             if (address.pathname === "/slow") {
               logger.info("slow request started");
               setTimeout(() => res.end("slow done; stopping: " + isShuttingDown()), Number(address.searchParams.get("ms") ?? 1000));
             } else if (address.pathname === "/whoami") {
               noteRequestUser("user-42");
               logger.info("inside the application");
               res.end("user-42");
             } else if (address.pathname === "/state") {
               res.setHeader("content-type", "application/json");
               res.end(JSON.stringify({ pid: process.pid, cleared, renders }));
             } else if ((address.pathname === "/" || address.pathname === "/partners") && req.method === "GET") {
               renders++;
               res.setHeader("content-type", "text/html; charset=utf-8");
               res.end("<html>render " + renders + " of " + process.pid + "</html>");
             } else {
               res.statusCode = 404;
               res.end("not found");
             }
           };
         },
       };
     }`,
  );
  writeFileSync(
    path.join(dir, "hooks.mjs"),
    `const STAND_IN = ${JSON.stringify(pathToFileURL(path.join(dir, "next.mjs")).href)};
     export async function resolve(specifier, context, nextResolve) {
       if (specifier === "next") return { url: STAND_IN, shortCircuit: true };
       return nextResolve(specifier, context);
     }`,
  );
  writeFileSync(path.join(dir, "register.mjs"), `import { register } from "node:module"; register("./hooks.mjs", import.meta.url);`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  /** Everything printed so far (standard output and error). */
  output(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts scripts/server.mjs with the stand-in; resolves once it says "Ready on". */
export async function startServer(standIn: StandIn, env: Record<string, string | undefined> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", path.join(standIn.dir, "register.mjs"), path.join(ROOT, "scripts/server.mjs"), "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET: "a-test-secret-of-at-least-32-characters!",
      WEB_CONCURRENCY: "1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // "close", not "exit": by then everything the process printed has been read.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 15 s: ${output}`)), 15_000);
    const check = () => {
      if (output.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  return {
    child,
    port,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request on a new connection. */
export function ask(port: number, pathname: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathname, method: options.method ?? "GET", headers: options.headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The JSON log lines printed so far. */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
