// Turns a benchmark run into the markdown table of bench/results/latest.md (and stdout).
import type { BenchCase } from "./cases";
import type { DatasetInfo } from "./generate-dataset";
import type { LighthouseResult } from "./lighthouse-core";
import { formatLighthouse } from "./lighthouse-core";

export interface CaseResult extends BenchCase {
  status: "ok" | "error" | "missing";
  problems?: string[];
  rps?: number;
  p50?: number;
  p975?: number;
  p99?: number;
  max?: number;
  requests?: number;
  bytes?: number;
  sequentialMs?: number;
  loadAverage?: number;
  /** CPU milliseconds per request of the app server (process tree) and of PostgreSQL, during the load run. */
  appCpuMs?: number;
  dbCpuMs?: number;
  queriesPerRequest?: number;
  /** The x-page-cache header of the last sequential sample: "hit", "miss" or "not cacheable". */
  pageCache?: string;
  transactionsPerRequest?: number;
  statements?: { perRequest: number; query: string }[];
}

export interface RunReport {
  startedAt: string;
  seconds: number;
  build: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; postgres: string };
  settings: { duration: number; connections: number; warmup: number; samples: number; maxQueries: number };
  dataset: DatasetInfo;
  idleStatementsPerSecond: number;
  results: CaseResult[];
  lighthouse?: LighthouseResult[];
}

export type Verdict = "PASS" | "FAIL" | "—";

/** The floor's throughput: the mean of its runs at the start and the end of the benchmark. */
export function floorRps(results: CaseResult[]): number | undefined {
  const runs = results.filter((r) => r.target.kind === "floor" && r.status === "ok" && r.rps !== undefined);
  return runs.length === 0 ? undefined : runs.reduce((sum, r) => sum + r.rps!, 0) / runs.length;
}

export function verdicts(result: CaseResult, floor: number | undefined, maxQueries: number): { target: Verdict; queries: Verdict } {
  if (result.status !== "ok") return { target: result.status === "missing" ? "—" : "FAIL", queries: result.queriesPerRequest === undefined ? "—" : result.queriesPerRequest <= maxQueries ? "PASS" : "FAIL" };
  const queries: Verdict = result.queriesPerRequest! <= maxQueries ? "PASS" : "FAIL";
  const t = result.target;
  let target: Verdict = "—";
  if (t.kind === "ratio") target = floor !== undefined && result.rps! >= t.min * floor ? "PASS" : "FAIL";
  if (t.kind === "p99") target = result.p99! <= t.maxMs ? "PASS" : "FAIL";
  return { target, queries };
}

/** The floor's CPU per request (app + db), mean of its runs. */
export function floorCpuMs(results: CaseResult[]): number | undefined {
  const runs = results.filter((r) => r.target.kind === "floor" && r.status === "ok" && r.appCpuMs !== undefined && r.dbCpuMs !== undefined);
  return runs.length === 0 ? undefined : runs.reduce((sum, r) => sum + r.appCpuMs! + r.dbCpuMs!, 0) / runs.length;
}

const servedBy = (r: CaseResult) => (r.pageCache === undefined ? "—" : r.pageCache === "hit" ? "page cache" : "rendered");

const fixed = (n: number | undefined, digits = 0) => (n === undefined ? "—" : n.toFixed(digits));

export function formatMarkdown(report: RunReport): string {
  const floor = floorRps(report.results);
  const { machine, settings, dataset } = report;
  const lines = [
    `## Benchmark results — ${report.startedAt.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB RAM; Node ${machine.node}; PostgreSQL ${machine.postgres} (embedded, same machine).`,
    `Load: autocannon, ${settings.connections} connections × ${settings.duration} s per page after a ${settings.warmup} s warm-up, load generator on the same machine.`,
    `Dataset: ${Object.entries(dataset.counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")} (seed ${dataset.seed}).`,
    `Build: ${report.build}.`,
    `Floor throughput (mean of the first and last run): ${fixed(floor, 1)} req/s.`,
    "",
    "| Page | URL | Served | req/s | vs floor | p50 ms | p97.5 ms | p99 ms | CPU ms/req app + db | vs floor by CPU | load | queries/req | Target | Result | Queries ≤ " + settings.maxQueries + " |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
  ];
  const floorCpu = floorCpuMs(report.results);
  for (const r of report.results) {
    const v = verdicts(r, floor, settings.maxQueries);
    const ratio = r.rps !== undefined && floor ? `${Math.round((100 * r.rps) / floor)}%` : "—";
    const cpu = r.appCpuMs !== undefined && r.dbCpuMs !== undefined ? r.appCpuMs + r.dbCpuMs : undefined;
    const cpuRatio = cpu && floorCpu ? `${Math.round((100 * floorCpu) / cpu)}%` : "—";
    const targetLabel = r.target.kind === "floor" ? "baseline" : r.target.kind === "info" ? "—" : r.target.label;
    const note = r.status === "missing" ? " (page not built yet)" : r.status === "error" ? ` (**${(r.problems ?? []).join("; ")}**)` : "";
    lines.push(
      `| ${r.label}${note} | \`${r.path.length > 60 ? r.path.slice(0, 57) + "…" : r.path}\` | ${servedBy(r)} | ${fixed(r.rps, 1)} | ${ratio} | ${fixed(r.p50)} | ${fixed(r.p975)} | ${fixed(r.p99)} | ${cpu === undefined ? "—" : `${fixed(r.appCpuMs, 1)} + ${fixed(r.dbCpuMs, 1)}`} | ${cpuRatio} | ${fixed(r.loadAverage, 1)} | ${fixed(r.queriesPerRequest, 1)} | ${targetLabel} | ${v.target} | ${v.queries} |`,
    );
  }
  const busiest = Math.max(0, ...report.results.map((r) => r.loadAverage ?? 0));
  if (busiest > machine.cores + 1) {
    lines.push(
      "",
      `⚠ The machine was busy with other work during the run (1-minute load average up to ${busiest.toFixed(1)} on ${machine.cores} cores, ` +
        "the benchmark itself accounting for about 2): throughput and latency are pessimistic and noisy. CPU time per request " +
        "(app server process tree + PostgreSQL) does not depend on the other load: \"vs floor by CPU\" is the capacity ratio it implies.",
    );
  }
  lines.push(
    "",
    "Served: \"page cache\" rows are answered by the public page micro-cache (scripts/public-page-cache.mjs), as visitors are; " +
      "\"rendered\" rows render every request (the same page with the cache bypassed, staff pages, the floor).",
    "Queries per request are counted with pg_stat_statements over sequential requests (the app's own database role only; BEGIN/COMMIT not counted). " +
      "A repeated URL is also answered by the pages' short-lived query caches, so the \"different searches\" rows show what a render without any cache reads.",
  );
  if (report.idleStatementsPerSecond > 0) lines.push(`Idle background statements: ${report.idleStatementsPerSecond.toFixed(1)}/s (subtracted).`);
  lines.push("", "<details><summary>Statements per request, by page</summary>", "");
  for (const r of report.results) {
    if (!r.statements?.length || r.id.endsWith("-again")) continue;
    lines.push(`**${r.label}** (${fixed(r.queriesPerRequest, 1)} per request${r.transactionsPerRequest ? `, ${fixed(r.transactionsPerRequest, 1)} transactions` : ""})`, "");
    for (const s of r.statements) lines.push(`- ${fixed(s.perRequest, 1)} × \`${s.query.slice(0, 220).replaceAll("`", "'")}${s.query.length > 220 ? "…" : ""}\``);
    lines.push("");
  }
  lines.push("</details>", "");
  if (report.lighthouse) lines.push(formatLighthouse(report.lighthouse), "");
  lines.push(`Full run: ${report.seconds} s.`, "");
  return lines.join("\n");
}
