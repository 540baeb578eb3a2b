// Where a page's CPU goes: takes a V8 CPU profile of a production server while it answers one URL
// many times (after a warm-up, so start-up and compilation are left out), maps every sample through
// the source maps of the build and of Next.js's runtime, and prints self time by origin (an app file,
// a package, React's renderer, garbage collection) and by function. Used for docs/benchmarks.md.
//
//   node --inspect=127.0.0.1:9239 scripts/server.mjs --port 3290      (WEB_CONCURRENCY=1, as the bench env)
//   NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench/profile.ts --url http://localhost:3290/floor \
//       [--app-dir .data/bench/app] [--inspect 9239] [--requests 300] [--warmup 50] [--cookie "next-auth.session-token=…"] [--top 25] [--json out.json]
// (Node 20 has WebSocket behind that flag; 22 has it always.)
import { readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    inspect: { type: "string", default: "9239" },
    requests: { type: "string", default: "300" },
    warmup: { type: "string", default: "50" },
    cookie: { type: "string" },
    top: { type: "string", default: "25" },
    json: { type: "string" },
    /** The served app's directory (its sources are "the app's files"). */
    "app-dir": { type: "string", default: "." },
  },
});
const APP_DIR = path.resolve(values["app-dir"]!) + path.sep;
if (!values.url) throw new Error("--url is required");

/** The server's inspector (Chrome DevTools Protocol over a WebSocket). */
async function inspector(port: string) {
  if (typeof WebSocket === "undefined") throw new Error("no WebSocket in this Node.js: run with NODE_OPTIONS=--experimental-websocket");
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id) pending.get(message.id)?.(message.result);
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve) => pending.set(id, resolve as (result: unknown) => void));
    },
    close: () => socket.close(),
  };
}

const headers: Record<string, string> = { accept: "text/html", "accept-language": "en", cookie: values.cookie ?? "iro-bench-render=1" };
async function hit(n: number): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const response = await fetch(values.url!, { headers, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${values.url} answered HTTP ${response.status}`);
    bytes += (await response.arrayBuffer()).byteLength;
  }
  return bytes / Math.max(1, n);
}

const session = await inspector(values.inspect!);
await hit(Number(values.warmup));
await session.send("Profiler.enable");
await session.send("Profiler.setSamplingInterval", { interval: 200 });
await session.send("Profiler.start");
const started = performance.now();
const averageBytes = await hit(Number(values.requests));
const wallMs = performance.now() - started;
const { profile } = await session.send<{ profile: Profile }>("Profiler.stop");
session.close();

// ---- Attribution: every sample's self time to an origin, through the source maps.

const maps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = fileURLToPath(url);
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The original file of a frame (through the source map when there is one). */
function originalFile(frame: CallFrame): string {
  if (!frame.url) return frame.functionName ? `(native) ${frame.functionName}` : "(native)";
  if (frame.url.startsWith("node:")) return frame.url;
  if (!frame.url.startsWith("file://")) return frame.url;
  const file = fileURLToPath(frame.url);
  const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined;
  if (!entry?.originalSource) return file;
  // Sources are relative to the map (or file: URLs); turbopack's own helpers are "turbopack:///…".
  const source = decodeURIComponent(entry.originalSource);
  if (source.startsWith("file://")) return fileURLToPath(source);
  if (/^[a-z]+:\/\//.test(source)) return source;
  return path.resolve(path.dirname(file), source);
}

/** A short origin: the app's own file, or the package (React's renderers named apart from the rest of Next.js). */
function origin(file: string): string {
  if (file.startsWith("(") || file.startsWith("node:")) return file.startsWith("node:") ? "node (internals)" : file;
  const reactFile = /(react-dom|react-server-dom-[a-z]+|react)\/(?:cjs\/)?([\w.-]+)/.exec(file);
  if (file.includes("/compiled/") && reactFile) return `react: ${reactFile[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1] === "next" ? `next: ${file.split("/next/")[1]?.split("/").slice(0, 3).join("/") ?? ""}` : pkg[1]!;
  if (file.startsWith(APP_DIR)) return `app: ${path.relative(APP_DIR, file)}`;
  return file.startsWith("turbopack:") ? "turbopack runtime" : path.basename(file);
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByNode = new Map<number, number>();
let totalUs = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
  totalUs += delta;
});
const idleUs = [...selfByNode].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((sum, [, us]) => sum + us, 0);
const busyUs = totalUs - idleUs;
const requests = Number(values.requests);

const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of selfByNode) {
  const frame = byId.get(id)!.callFrame;
  if (frame.functionName === "(idle)") continue;
  const file = originalFile(frame);
  const where = origin(file);
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + us);
  const fn = `${frame.functionName || "(anonymous)"} — ${where}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}

// Inclusive time of the app's own files: a sample counts for every app file on its stack (once each).
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const originOfNode = new Map<number, string>();
const originOfNodeId = (id: number) => {
  if (!originOfNode.has(id)) originOfNode.set(id, origin(originalFile(byId.get(id)!.callFrame)));
  return originOfNode.get(id)!;
};
const inclusiveApp = new Map<string, number>();
for (const [id, us] of selfByNode) {
  if (byId.get(id)!.callFrame.functionName === "(idle)") continue;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const where = originOfNodeId(at);
    if (where.startsWith("app: ")) seen.add(where);
  }
  for (const where of seen) inclusiveApp.set(where, (inclusiveApp.get(where) ?? 0) + us);
}

const perRequest = (us: number) => `${(us / 1000 / requests).toFixed(2)} ms`;
const share = (us: number) => `${((100 * us) / busyUs).toFixed(1)}%`;
const top = Number(values.top);
console.log(`${values.url}: ${requests} requests in ${(wallMs / 1000).toFixed(1)} s, ${(averageBytes / 1024).toFixed(1)} KB each;`);
console.log(`server main thread busy ${perRequest(busyUs)} per request (sampled; GC on other threads not included)\n`);
console.log("Self time by origin:");
for (const [where, us] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perRequest(us).padStart(9)}  ${share(us).padStart(6)}  ${where}`);
console.log("\nSelf time by function:");
for (const [fn, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perRequest(us).padStart(9)}  ${share(us).padStart(6)}  ${fn}`);
console.log("\nInclusive time of the app's files (synchronous work under them):");
for (const [where, us] of [...inclusiveApp].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perRequest(us).padStart(9)}  ${share(us).padStart(6)}  ${where}`);
if (values.json) writeFileSync(values.json, JSON.stringify(profile));
