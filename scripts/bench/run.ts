// The performance benchmark (issues 4, 5, 11–13 and 15): production build + generated dataset, autocannon at 20
// connections per page beside the framework's floor page, query counts from pg_stat_statements, the
// same staff pages served by every core, and the scenarios (deadline rush, partner import, oversized upload,
// invitation letters, annual report).
//   npm run bench [-- --duration 10 --connections 20 --regenerate --only floor,directory,rush --lighthouse]
// Results: stdout, bench/results/latest.md and bench/results/latest.json. See docs/benchmarks.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { buildCases, COORDINATOR_EMAIL, MAX_QUERIES, routeExists, type BenchCase } from "./cases";
import { startBenchEnvironment, APP_ROLE } from "./environment";
import { runLighthouse } from "./lighthouse-core";
import { formatMarkdown, type CaseResult, type RunReport } from "./report";
import { treeCpuMs } from "./cpu";
import { checkBody, signIn } from "./http";
import { runLetters, runReport } from "./office-scenarios";
import { runImport, runRush, runUpload, type ScenarioContext, type ScenarioResult } from "./scenarios";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    samples: { type: "string", default: "5" },
    regenerate: { type: "boolean", default: false },
    seed: { type: "string", default: "42" },
    only: { type: "string" },
    port: { type: "string", default: "3200" },
    "pg-port": { type: "string", default: "54340" },
    "app-dir": { type: "string" },
    lighthouse: { type: "boolean", default: false },
    "prepare-only": { type: "boolean", default: false },
    serve: { type: "boolean", default: false },
    /** Base name of the result files in bench/results (a smoke run keeps latest.* intact with e.g. --out smoke). */
    out: { type: "string", default: "latest" },
  },
});

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const duration = Number(values.duration);
const connections = Number(values.connections);
const samples = Number(values.samples);
const only = values.only?.split(",").map((s) => s.trim());
/**
 * The scenarios, run after the page cases, in this order: against the all-cores server, except the
 * letters (the single process, whose memory they report) and the report (a worker process of its own).
 */
const SCENARIOS = { import: runImport, upload: runUpload, rush: runRush, letters: runLetters, report: runReport } as const;
const scenarioIds = (Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[]).filter((id) => !only || only.includes(id));
const wantsAllCores = !only || scenarioIds.length > 0 || only.some((id) => id.endsWith("-all-cores"));

const env = await startBenchEnvironment({
  pgPort: Number(values["pg-port"]),
  port: Number(values.port),
  regenerate: values.regenerate,
  seed: Number(values.seed),
  appDir: values["app-dir"],
  allCores: wantsAllCores,
  log,
});
const admin = new pg.Client({ connectionString: env.adminUrl });
admin.on("error", (error) => log(`harness database connection: ${error.message}`));
await admin.connect();

interface Statement {
  queryid: string;
  query: string;
  calls: number;
}

/** The app role's statements so far (the harness connects as another role, so its own queries never count). */
async function statementSnapshot(): Promise<Map<string, Statement>> {
  const result = await admin.query<Statement>(
    `SELECT s.queryid::text, s.query, s.calls::int FROM pg_stat_statements s
     WHERE s.userid = $1::regrole AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [APP_ROLE],
  );
  return new Map(result.rows.map((row) => [row.queryid, row]));
}

function delta(before: Map<string, Statement>, after: Map<string, Statement>): Statement[] {
  return [...after.values()]
    .map((s) => ({ ...s, calls: s.calls - (before.get(s.queryid)?.calls ?? 0) }))
    .filter((s) => s.calls > 0)
    .sort((a, b) => b.calls - a.calls);
}

const isTransactionControl = (sql: string) => /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|DEALLOCATE|DISCARD|SET|RESET|SHOW)\b/i.test(sql);

let report: RunReport | undefined;
try {
  if (values["prepare-only"] || values.serve) {
    log(`Prepared: ${env.baseUrl}; dataset ${JSON.stringify(env.dataset)}`);
    if (values.serve) {
      log("Serving until interrupted (Ctrl+C) — e.g. for `npm run lighthouse -- --url-base " + env.baseUrl + "`.");
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
    }
  } else {
    const cookie = await signIn(env.baseUrl, "officer@khazar.org", "Demo!2026");
    log("Signed in as officer@khazar.org.");
    const allCases = await buildCases(admin, env.dataset, env.appDir);
    // The floor always runs; its all-cores twin whenever anything else runs on all cores.
    const cases = allCases.filter((c) => !only || only.includes(c.id) || c.id === "floor" || (c.id === "floor-all-cores" && wantsAllCores));
    // The coordinator's dashboard is measured with their own session.
    const coordinatorCookie = cases.some((c) => c.session === "coordinator") ? await signIn(env.baseUrl, COORDINATOR_EMAIL, "Demo!2026") : "";

    // Background statements (there should be none with JOBS_DISABLED=1): measured while idle, subtracted per request.
    const idleBefore = await statementSnapshot();
    await new Promise((r) => setTimeout(r, 2000));
    const idleStatements = delta(idleBefore, await statementSnapshot()).reduce((sum, s) => sum + s.calls, 0);

    const results: CaseResult[] = [];
    const measure = async (benchCase: BenchCase, round = ""): Promise<CaseResult> => {
      const id = benchCase.id + round;
      if (!routeExists(benchCase, env.appDir)) {
        log(`${id}: ${benchCase.route} does not exist yet — skipped`);
        return { ...benchCase, id, status: "missing" };
      }
      const server = benchCase.server === "all-cores" ? env.allCores! : env;
      const url = server.baseUrl + benchCase.path;
      const headers: Record<string, string> = { accept: "text/html", "accept-language": "en" };
      if (benchCase.staff) headers.cookie = benchCase.session === "coordinator" ? coordinatorCookie : cookie;
      if (benchCase.bypassPageCache) headers.cookie = "iro-bench-render=1";

      // Sequential requests: content check and query count.
      // Requests of the previous case's load run still in flight (autocannon stops without waiting for
      // them) would otherwise be counted as this page's queries.
      await new Promise((r) => setTimeout(r, 1000));
      const sampleStart = Date.now();
      let bytes = 0;
      let pageCache = "";
      const problems: string[] = [];
      await fetch(benchCase.variants ? server.baseUrl + benchCase.variants[0]!.path : url, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) }).then((r) => r.text()); // first render outside the count
      const before = await statementSnapshot();
      const variants = benchCase.variants;
      for (let i = 0; i < samples; i++) {
        // Varied cases: each sample is a different URL (the count then shows the uncached queries).
        const variant = variants?.[(i + 1) % variants.length];
        const response = await fetch(variant ? server.baseUrl + variant.path : url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        const body = await response.text();
        bytes += Buffer.byteLength(body);
        pageCache = response.headers.get("x-page-cache") ?? "not cacheable";
        const problem = checkBody(response.status, body, variant ? { ...benchCase, expectAny: variant.expectAny } : benchCase);
        if (problem && !problems.includes(problem)) problems.push(problem);
      }
      await new Promise((r) => setTimeout(r, 200));
      const statements = delta(before, await statementSnapshot());
      const sequentialMs = (Date.now() - sampleStart - 200) / samples;
      const idleShare = (idleStatements / 2000) * (Date.now() - sampleStart);
      const queries = statements.filter((s) => !isTransactionControl(s.query));
      const perRequest = Math.max(0, queries.reduce((sum, s) => sum + s.calls, 0) - idleShare) / samples;
      const transactions = statements.filter((s) => /^\s*BEGIN/i.test(s.query)).reduce((sum, s) => sum + s.calls, 0) / samples;
      const sampleBytes = bytes / samples;
      if (problems.length > 0) {
        log(`${id}: content check FAILED: ${problems.join("; ")} — load test skipped`);
        return { ...benchCase, id, status: "error", problems, queriesPerRequest: perRequest, statements: perStatement(queries) };
      }

      // Warm-up, then the measured run.
      // Varied cases take the next URL for every request (after those the samples used), never repeating one.
      let next = samples + 1;
      const requests = variants
        ? [{ setupRequest: (request: { path?: string }) => ({ ...request, path: variants[next++ % variants.length]!.path }) }]
        : undefined;
      await autocannon({ url, headers, connections, duration: Number(values.warmup), requests });
      const load = loadavg()[0]!;
      const cpuBefore = [treeCpuMs(server.serverPid), treeCpuMs(env.postgresPid)] as const;
      const run = await autocannon({ url, headers, connections, duration, requests });
      const cpuAfter = [treeCpuMs(server.serverPid), treeCpuMs(env.postgresPid)] as const;
      const loadAfter = loadavg()[0]!;
      const completed = run["2xx"] + run.non2xx;
      const avgBytes = completed > 0 ? run.throughput.total / completed : 0;
      const loadProblems: string[] = [];
      if (run.non2xx > 0) loadProblems.push(`${run.non2xx} non-2xx responses (${JSON.stringify(run.statusCodeStats)})`);
      if (run.errors > 0 || run.timeouts > 0) loadProblems.push(`${run.errors} errors, ${run.timeouts} timeouts`);
      // Every response is checked by size: an error page or a sign-in redirect differs from the checked sample.
      if (!variants && sampleBytes > 0 && Math.abs(avgBytes - sampleBytes) / sampleBytes > 0.25) {
        loadProblems.push(`average response ${Math.round(avgBytes)} B vs ${Math.round(sampleBytes)} B in the checked sample`);
      }
      const result: CaseResult = {
        ...benchCase,
        id,
        status: loadProblems.length > 0 ? "error" : "ok",
        problems: loadProblems,
        rps: run["2xx"] / run.duration,
        p50: run.latency.p50,
        p975: run.latency.p97_5,
        p99: run.latency.p99,
        max: run.latency.max,
        requests: completed,
        bytes: Math.round(avgBytes),
        sequentialMs,
        loadAverage: Math.max(load, loadAfter),
        appCpuMs: completed > 0 ? (cpuAfter[0] - cpuBefore[0]) / completed : undefined,
        dbCpuMs: completed > 0 ? (cpuAfter[1] - cpuBefore[1]) / completed : undefined,
        queriesPerRequest: perRequest,
        transactionsPerRequest: transactions,
        pageCache,
        statements: perStatement(queries),
      };
      if (variants && next > variants.length) log(`${id}: only ${variants.length} variants for ${next} requests — some repeated`);
      log(`${id}: ${result.rps!.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, CPU ${result.appCpuMs?.toFixed(1)} + ${result.dbCpuMs?.toFixed(1)} ms/req, load ${result.loadAverage?.toFixed(1)}, ${perRequest.toFixed(1)} queries/request${loadProblems.length ? ` — ${loadProblems.join("; ")}` : ""}`);
      return result;

      function perStatement(list: Statement[]) {
        return list.map((s) => ({ perRequest: s.calls / samples, query: s.query.replace(/\s+/g, " ").slice(0, 400) }));
      }
    };

    const measureSafely = async (benchCase: BenchCase, round = ""): Promise<CaseResult> => {
      try {
        return await measure(benchCase, round);
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        log(`${benchCase.id}${round}: failed: ${problem}`);
        return { ...benchCase, id: benchCase.id + round, status: "error", problems: [problem] };
      }
    };
    for (const benchCase of cases) results.push(await measureSafely(benchCase));
    // The floor again at the end: shows drift from other load on the shared machine.
    const floorCase = allCases.find((c) => c.id === "floor")!;
    results.push(await measureSafely(floorCase, "-again"));

    const scenarios: ScenarioResult[] = [];
    if (scenarioIds.length > 0) {
      const allCores = env.allCores!;
      const context: ScenarioContext = {
        admin,
        appDir: env.appDir,
        dataset: env.dataset,
        authSecret: env.authSecret,
        dataDir: env.dataDir,
        baseUrl: allCores.baseUrl,
        serverPid: allCores.serverPid,
        serverLabel: `all cores (${allCores.workers} processes)`,
        connectionBound: allCores.workers * Number(process.env.DATABASE_POOL_MAX ?? 10),
        applicationName: allCores.applicationName,
        officerCookie: cookie,
        single: { baseUrl: env.baseUrl, serverPid: env.serverPid, label: "one process" },
        appDatabaseUrl: env.appUrl,
        log,
      };
      for (const id of scenarioIds) {
        try {
          scenarios.push(await SCENARIOS[id](context));
        } catch (error) {
          log(`${id}: failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          scenarios.push({ kind: "failed", id, problem: error instanceof Error ? error.message : String(error) });
        }
      }
    }

    report = {
      startedAt: new Date(started).toISOString(),
      seconds: 0,
      build: env.build,
      machine: {
        cpu: cpus()[0]?.model ?? "unknown",
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 1e9),
        node: process.version,
        postgres: (await admin.query("SHOW server_version")).rows[0].server_version,
      },
      settings: { duration, connections, warmup: Number(values.warmup), samples, maxQueries: MAX_QUERIES },
      dataset: env.dataset,
      idleStatementsPerSecond: idleStatements / 2,
      results,
      allCoresWorkers: env.allCores?.workers,
      scenarios,
    };
    if (values.lighthouse) {
      report.lighthouse = await runLighthouse(env.baseUrl, env.dataset, log);
    }
    report.seconds = Math.round((Date.now() - started) / 1000);
    const markdown = formatMarkdown(report);
    mkdirSync("bench/results", { recursive: true });
    const out = `bench/results/${values.out}`;
    writeFileSync(`${out}.md`, markdown);
    writeFileSync(`${out}.json`, JSON.stringify(report, null, 2) + "\n");
    console.log("\n" + markdown);
    log(`Written ${out}.md and ${out}.json.`);
  }
} finally {
  await admin.end().catch(() => {});
  await env.stop();
}
