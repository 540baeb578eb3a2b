// Turns a benchmark run into the markdown table of bench/results/latest.md (and stdout).
import type { BenchCase } from "./cases";
import type { DatasetInfo } from "./generate-dataset";
import type { LighthouseResult } from "./lighthouse-core";
import { formatLighthouse } from "./lighthouse-core";
import type { ScenarioResult } from "./scenarios";

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
  /** Processes of the all-cores server (the "— all cores" rows and the scenarios). */
  allCoresWorkers?: number;
  scenarios?: ScenarioResult[];
  lighthouse?: LighthouseResult[];
}

/** A rendered page may cost at most this many times the floor's CPU per request (issue 15). */
export const MAX_CPU_VS_FLOOR = 2.5;

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

/**
 * The page's CPU per request (app + db) as a multiple of the floor's; rendered pages are held to
 * MAX_CPU_VS_FLOOR (rows served from the page cache and the floor itself are shown without a verdict).
 */
export function cpuVersusFloor(r: CaseResult, floorCpu: number | undefined): string {
  if (r.appCpuMs === undefined || r.dbCpuMs === undefined || !floorCpu) return "—";
  const times = (r.appCpuMs + r.dbCpuMs) / floorCpu;
  const judged = r.status === "ok" && r.pageCache !== "hit" && r.target.kind !== "floor" && !r.id.startsWith("floor");
  return `${times.toFixed(1)}×${judged ? (times <= MAX_CPU_VS_FLOOR ? " ✓" : " ✗") : ""}`;
}

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
    `Servers: one process (every row's reference)${report.allCoresWorkers ? `, and one process per core (${report.allCoresWorkers}, as \`npm start\` runs by default) for the "— all cores" rows and the scenarios` : ""}.`,
    "",
    `| Page | URL | Served | req/s | vs floor | p50 ms | p97.5 ms | p99 ms | CPU ms/req app + db | CPU × floor (rendered ≤ ${MAX_CPU_VS_FLOOR}) | load | queries/req | Target | Result | Queries ≤ ${settings.maxQueries} |`,
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
  ];
  const floorCpu = floorCpuMs(report.results);
  for (const r of report.results) {
    const v = verdicts(r, floor, settings.maxQueries);
    const ratio = r.rps !== undefined && floor ? `${Math.round((100 * r.rps) / floor)}%` : "—";
    const cpu = r.appCpuMs !== undefined && r.dbCpuMs !== undefined ? r.appCpuMs + r.dbCpuMs : undefined;
    const cpuRatio = cpuVersusFloor(r, floorCpu);
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
        "(app server process tree + PostgreSQL) does not depend on the other load: \"CPU × floor\" is the cost ratio it implies.",
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
  if (report.scenarios?.length) lines.push(...formatScenarios(report.scenarios), "");
  if (report.lighthouse) lines.push(formatLighthouse(report.lighthouse), "");
  lines.push(`Full run: ${report.seconds} s.`, "");
  return lines.join("\n");
}

const verdict = (passed: boolean) => (passed ? "PASS" : "FAIL");

/** The scenarios' table: one row each, with what it checks and whether it held. */
export function formatScenarios(scenarios: ScenarioResult[]): string[] {
  const lines = ["### Scenarios", "", "| Scenario | Server | Measured | Target | Result |", "|---|---|---|---|---|"];
  for (const s of scenarios) {
    if (s.kind === "failed") {
      lines.push(`| ${s.id} | — | **could not run: ${s.problem.replaceAll("|", "\\|")}** | — | FAIL |`);
    } else if (s.kind === "rush") {
      const autosave = s.steps.autosave!;
      const measured = [
        `${s.students} students × (page, draft load, ${s.autosavesEach} autosaves, upload, submit), started over ${s.spreadSeconds} s, ${s.thinkMs} ms between steps: done in ${s.seconds.toFixed(1)} s`,
        `${s.requests} requests, **${s.errors} errors**${s.errorSamples.length ? ` (e.g. ${s.errorSamples[0]!.replaceAll("|", "\\|")})` : ""}`,
        `stored: ${s.stored.applications} applications of ${s.stored.students} students, ${s.stored.submitted} submitted, ${s.stored.documents} documents, ${s.stored.statusChanges} status changes`,
        `autosave p50 ${autosave.p50.toFixed(0)} ms, **p99 ${autosave.p99.toFixed(0)} ms**, max ${autosave.max.toFixed(0)} ms; ` +
          Object.entries(s.steps)
            .filter(([step]) => step !== "autosave")
            .map(([step, p]) => `${step} p99 ${p.p99.toFixed(0)} ms`)
            .join(", "),
        `at most **${s.maxDbConnections} database connections** (bound: ${s.connectionBound})`,
      ].join("<br>");
      lines.push(
        `| Deadline rush | ${s.server} | ${measured} | 0 errors, each application stored once, autosave p99 ≤ 500 ms, within ${s.limitSeconds} s, connections ≤ bound | ${verdict(s.passed)} |`,
      );
    } else if (s.kind === "import") {
      const measured =
        `${s.rows.toLocaleString("en")} rows: dry run ${s.dryRunSeconds.toFixed(1)} s + commit ${s.commitSeconds.toFixed(1)} s = **${(s.dryRunSeconds + s.commitSeconds).toFixed(1)} s**, ${s.created} created` +
        `<br>server RSS **+${s.memory.growthMb.toFixed(0)} MB** (${s.memory.baselineMb.toFixed(0)} → ${s.memory.peakMb.toFixed(0)} MB)` +
        (s.problems.length ? `<br>**${s.problems.join("; ").replaceAll("|", "\\|")}**` : "");
      lines.push(`| Partner import | ${s.server} | ${measured} | < 10 s, RSS growth < 300 MB | ${verdict(s.passed)} |`);
    } else if (s.kind === "letters") {
      const t = s.timed;
      const m = s.memory;
      const measured =
        `${s.guests} guests, one page each, en/az/ru in turn: ${t.count} letters one after another: p50 ${t.p50.toFixed(0)} ms, **p95 ${t.p95.toFixed(0)} ms**, max ${t.max.toFixed(0)} ms (PDF ${(s.pdfBytes / 1024).toFixed(0)} KB)` +
        `<br>server RSS before ${s.memoryRuns} more letters **${m.beforeMb.toFixed(0)} MB**, right after **${m.afterMb.toFixed(0)} MB**, 2 s later ${m.settledMb.toFixed(0)} MB (peak ${m.growth.peakMb.toFixed(0)} MB)` +
        `<br>${s.stored} of ${s.expected} letters stored, **${s.errors} errors**${s.errorSamples.length ? ` (e.g. ${s.errorSamples[0]!.replaceAll("|", "\\|")})` : ""}`;
      lines.push(`| Invitation letters | ${s.server} | ${measured} | 0 errors, every letter stored, p95 ≤ ${s.maxP95Ms} ms; memory reported | ${verdict(s.passed)} |`);
    } else if (s.kind === "report") {
      const measured =
        `annual report ${s.year}: **${s.seconds.toFixed(1)} s**, ${s.status}; PDF ${(s.pdfBytes / 1024).toFixed(0)} KB, workbook ${(s.xlsxBytes / 1024).toFixed(0)} KB` +
        `<br>worker process RSS ${s.rssBeforeMb.toFixed(0)} MB before, **peak ${s.peakMb.toFixed(0)} MB** (+${(s.peakMb - s.rssBeforeMb).toFixed(0)} MB; ${s.peakMeasuredBy})` +
        (s.problems.length ? `<br>**${s.problems.join("; ").replaceAll("|", "\\|")}**` : "");
      lines.push(`| Annual report | worker process running the report job | ${measured} | PDF and workbook made in ≤ ${s.limitSeconds} s; peak memory reported | ${verdict(s.passed)} |`);
    } else {
      const measured =
        `${s.offeredMb.toLocaleString("en")} MB offered, chunked: ${s.answer.replaceAll("|", "\\|")} after ${s.sentMb.toFixed(0)} MB sent (${s.seconds.toFixed(1)} s)` +
        `<br>server RSS **+${s.memory.growthMb.toFixed(0)} MB** (${s.memory.baselineMb.toFixed(0)} → ${s.memory.peakMb.toFixed(0)} MB)`;
      lines.push(`| Oversized upload | ${s.server} | ${measured} | refused, RSS growth < 20 MB | ${verdict(s.passed)} |`);
    }
  }
  lines.push(
    "",
    "Server RSS: /proc/<pid>/status VmRSS of every server process sampled every 20 ms; the growth of the process that grew most (peak − its value at the start). " +
      "The letters run against the single-process server, so every letter is made in the process whose memory is read.",
  );
  return lines;
}
