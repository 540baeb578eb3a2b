// The benchmark's scenarios beside the page cases (issue 15): a deadline rush of students applying
// at once, a 5,000-row partner import and a 1 GB upload that must be refused (the letters and the
// annual report of issues 11 and 13 are in office-scenarios.ts). Each drives the real
// HTTP endpoints of a running server, is bounded in requests and time, and checks its outcome in
// the database. Sizes come from BENCH_* environment variables so that a smoke run can be tiny.
import { rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import type pg from "pg";
import { ensureRushData, type DatasetInfo } from "./generate-dataset";
import type { LettersResult, ReportResult } from "./office-scenarios";
import { watchMemory, type MemoryGrowth } from "./memory";
import { actionId, callAction } from "./server-actions";
import { mintSessions } from "./student-sessions";

/** A whole number from the environment, or the default. */
export function knob(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

export interface ScenarioContext {
  admin: pg.Client;
  appDir: string;
  dataset: DatasetInfo;
  authSecret: string;
  dataDir: string;
  /** The server the scenario runs against and its process (a cluster's primary, whose workers are its children). */
  baseUrl: string;
  serverPid: number;
  serverLabel: string;
  /** Connections each server process may open (DATABASE_POOL_MAX) times the processes: the bound. */
  connectionBound: number;
  /** The `application_name` of the server's database connections (pg_stat_activity). */
  applicationName: string;
  officerCookie: string;
  /** The single-process server (the letters scenario reads the memory of the one process that makes them). */
  single: { baseUrl: string; serverPid: number; label: string };
  /** The servers' database URL (their role), for a worker process that runs the app's code as a server does. */
  appDatabaseUrl: string;
  log: (message: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Deadline rush

export interface RushResult {
  kind: "rush";
  server: string;
  students: number;
  autosavesEach: number;
  spreadSeconds: number;
  thinkMs: number;
  seconds: number;
  limitSeconds: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  /** Counted in the database afterwards: the call's applications, submitted ones, distinct students, documents. */
  stored: { applications: number; submitted: number; students: number; documents: number; statusChanges: number };
  steps: Record<string, Percentiles>;
  maxDbConnections: number;
  connectionBound: number;
  passed: boolean;
}

/** A tiny but real PDF: the upload rules recognise a document by its content. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** Removes the call's applications (and their stored files) left by an earlier run, so every run starts from none. */
async function resetRush(admin: pg.Client, opportunityId: string, dataDir: string): Promise<void> {
  const files = (
    await admin.query<{ id: string; storageKey: string }>(
      `SELECT f.id::text, f."storageKey" FROM "StoredFile" f JOIN "ApplicationDocument" d ON d."fileId" = f.id
       JOIN "Application" a ON a.id = d."applicationId" WHERE a."opportunityId" = $1`,
      [opportunityId],
    )
  ).rows;
  await admin.query(`DELETE FROM "Application" WHERE "opportunityId" = $1`, [opportunityId]);
  await admin.query(`DELETE FROM "StoredFile" WHERE id = ANY($1::uuid[])`, [files.map((f) => f.id)]);
  for (const file of files) rmSync(path.join(dataDir, "files", file.storageKey), { force: true });
}

/** Samples the server's open database connections until stopped; answers the most seen at once. */
function watchConnections(admin: pg.Client, applicationName: string, intervalMs = 200): { stop(): Promise<number> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [applicationName],
      );
      max = Math.max(max, rows[0]!.n);
      await sleep(intervalMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return max;
    },
  };
}

/**
 * BENCH_RUSH_STUDENTS students (default 300) start evenly over BENCH_RUSH_SPREAD_S seconds (60);
 * each opens the call's application page, loads its draft (as the page does on mount), autosaves
 * BENCH_RUSH_AUTOSAVES times (5), uploads a document and submits, pausing BENCH_RUSH_THINK_MS (1000)
 * between steps. Passes with no error, every application stored exactly once and submitted, the
 * autosave p99 ≤ 500 ms, all done within BENCH_RUSH_LIMIT_S (120) and the connections within the bound.
 */
export async function runRush(context: ScenarioContext): Promise<RushResult> {
  const { admin, log, baseUrl } = context;
  const students = knob("BENCH_RUSH_STUDENTS", 300);
  const autosaves = knob("BENCH_RUSH_AUTOSAVES", 5);
  const spreadSeconds = knob("BENCH_RUSH_SPREAD_S", 60);
  const thinkMs = knob("BENCH_RUSH_THINK_MS", 1000);
  const limitSeconds = knob("BENCH_RUSH_LIMIT_S", 120);

  const rush = await ensureRushData(admin, context.dataset, students);
  await resetRush(admin, rush.opportunityId, context.dataDir);
  const sessions = await mintSessions(admin, context.authSecret, rush.emails);
  const page = `/opportunities/${rush.opportunityId}/apply`;
  const actions = {
    load: actionId(context.appDir, "lib/applications/actions.ts", "loadApplicationDraftAction"),
    save: actionId(context.appDir, "lib/applications/actions.ts", "saveApplicationDraftAction"),
    submit: actionId(context.appDir, "lib/applications/actions.ts", "submitApplicationAction"),
  };
  log(`rush: ${students} students over ${spreadSeconds} s against ${context.serverLabel} (${autosaves} autosaves each, ${thinkMs} ms between steps)…`);

  const timings: Record<string, number[]> = { page: [], load: [], autosave: [], upload: [], submit: [] };
  const errorSamples: string[] = [];
  let errors = 0;
  let requests = 0;
  const fail = (student: number, step: string, what: string) => {
    errors++;
    if (errorSamples.length < 10) errorSamples.push(`student ${student}, ${step}: ${what}`);
  };
  type Answer = { ok: boolean; data?: { applicationId?: string; status?: string }; messageKey?: string };
  const act = async (student: number, step: "load" | "autosave" | "submit", id: string, argument: unknown, cookie: string) => {
    requests++;
    const answer = await callAction<Answer>(baseUrl, page, id, argument, cookie);
    timings[step]!.push(answer.ms);
    if (answer.status !== 200 || !answer.value?.ok) {
      fail(student, step, `HTTP ${answer.status}, ${JSON.stringify(answer.value ?? null).slice(0, 200)}`);
      return undefined;
    }
    return answer.value.data;
  };

  const applicant = async (index: number) => {
    const { cookie } = sessions[index]!;
    const student = index + 1;
    await sleep((index * spreadSeconds * 1000) / Math.max(1, students));
    try {
      let started = performance.now();
      requests++;
      const response = await fetch(baseUrl + page, { headers: { cookie, accept: "text/html" }, signal: AbortSignal.timeout(60_000) });
      const html = await response.text();
      timings.page!.push(performance.now() - started);
      if (response.status !== 200 || !html.includes("Deadline rush")) return fail(student, "page", `HTTP ${response.status}`);
      await act(student, "load", actions.load, { opportunityId: rush.opportunityId }, cookie);
      let applicationId: string | undefined;
      const motivation = `I would like to study abroad to learn new methods in my field and bring them home (student ${student}).`;
      for (let save = 1; save <= autosaves; save++) {
        await sleep(thinkMs);
        const typed = motivation.slice(0, Math.ceil((motivation.length * save) / autosaves));
        const data = await act(student, "autosave", actions.save, { opportunityId: rush.opportunityId, motivation: typed, languageLevel: "C1", gpa: "85.5" }, cookie);
        applicationId ??= data?.applicationId;
      }
      await sleep(thinkMs);
      const form = new FormData();
      form.set("opportunityId", rush.opportunityId);
      form.set("requirementId", rush.requirementId);
      form.set("file", new Blob([PDF], { type: "application/pdf" }), `transcript-${student}.pdf`);
      started = performance.now();
      requests++;
      const upload = await fetch(`${baseUrl}/api/applications/documents`, { method: "POST", headers: { cookie, origin: baseUrl }, body: form, signal: AbortSignal.timeout(60_000) });
      const uploaded = (await upload.json().catch(() => null)) as { applicationId?: string } | null;
      timings.upload!.push(performance.now() - started);
      if (upload.status !== 201) return fail(student, "upload", `HTTP ${upload.status}, ${JSON.stringify(uploaded).slice(0, 200)}`);
      applicationId ??= uploaded?.applicationId;
      if (!applicationId) return fail(student, "submit", "no application id from the autosaves or the upload");
      await sleep(thinkMs);
      const submitted = await act(student, "submit", actions.submit, { applicationId }, cookie);
      if (submitted && submitted.status !== "SUBMITTED") fail(student, "submit", `answered ${JSON.stringify(submitted)}`);
    } catch (error) {
      fail(student, "request", error instanceof Error ? error.message : String(error));
    }
  };

  const connections = watchConnections(admin, context.applicationName);
  const started = Date.now();
  await Promise.all(Array.from({ length: students }, (_, index) => applicant(index)));
  const seconds = (Date.now() - started) / 1000;
  const maxDbConnections = await connections.stop();

  const stored = (
    await admin.query<RushResult["stored"]>(
      `SELECT count(*)::int AS applications, count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
              count(DISTINCT "studentId")::int AS students,
              (SELECT count(*)::int FROM "ApplicationDocument" d JOIN "Application" x ON x.id = d."applicationId" WHERE x."opportunityId" = $1) AS documents,
              (SELECT count(*)::int FROM "ApplicationStatusChange" c JOIN "Application" x ON x.id = c."applicationId" WHERE x."opportunityId" = $1) AS "statusChanges"
       FROM "Application" WHERE "opportunityId" = $1`,
      [rush.opportunityId],
    )
  ).rows[0]!;
  const steps = Object.fromEntries(Object.entries(timings).map(([step, values]) => [step, percentiles(values)]));
  const storedOnce = stored.applications === students && stored.submitted === students && stored.students === students && stored.documents === students;
  const passed =
    errors === 0 && storedOnce && steps.autosave!.p99 <= 500 && seconds <= limitSeconds && maxDbConnections <= context.connectionBound;
  log(
    `rush: ${seconds.toFixed(1)} s, ${requests} requests, ${errors} errors; stored ${stored.applications} applications (${stored.submitted} submitted, ${stored.documents} documents); ` +
      `autosave p50 ${steps.autosave!.p50.toFixed(0)} ms, p99 ${steps.autosave!.p99.toFixed(0)} ms; at most ${maxDbConnections} database connections`,
  );
  for (const sample of errorSamples) log(`rush:   ${sample}`);
  return {
    kind: "rush",
    server: context.serverLabel,
    students,
    autosavesEach: autosaves,
    spreadSeconds,
    thinkMs,
    seconds,
    limitSeconds,
    requests,
    errors,
    errorSamples,
    stored,
    steps,
    maxDbConnections,
    connectionBound: context.connectionBound,
    passed,
  };
}

// ---------------------------------------------------------------------------------------------
// Partner import

export interface ImportResult {
  kind: "import";
  server: string;
  rows: number;
  dryRunSeconds: number;
  commitSeconds: number;
  created: number;
  memory: MemoryGrowth;
  problems: string[];
  passed: boolean;
}

/** A partner CSV of `rows` new, valid rows whose names carry `tag` (so they can be found and removed). */
export function partnerCsv(rows: number, tag: string): string {
  const kinds = ["University", "Research institute", "Organization", "Company"];
  // Written the ways spreadsheets do: ISO codes, three-letter codes and English names.
  const countries = ["DE", "FR", "Italy", "ESP", "PL", "Netherlands", "JP", "KOR", "US", "GB"];
  const lines = ["name,kind,country,city,website,areas,status,public,description"];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      [
        `${tag} Partner ${i}`,
        kinds[i % kinds.length],
        countries[i % countries.length],
        `City ${i % 97}`,
        `https://import-${i}.${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example.edu`,
        i % 2 === 0 ? "student exchange;joint research" : "summer school",
        i % 3 === 0 ? "prospect" : "active",
        i % 5 === 0 ? "no" : "yes",
        `"Imported by the benchmark, row ${i}, with a description long enough to look like a real one."`,
      ].join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * BENCH_IMPORT_ROWS rows (default 5,000) through `POST /api/import/partners` as the officer: the
 * dry run, then the commit. Passes when every row is created, in under 10 s in total, with no
 * server process growing by 300 MB or more. The imported partners are deleted afterwards (their
 * audit entries stay: the audit log is write-once).
 */
export async function runImport(context: ScenarioContext): Promise<ImportResult> {
  const { admin, log, baseUrl } = context;
  const rows = knob("BENCH_IMPORT_ROWS", 5000);
  const tag = `Bench import ${Date.now().toString(36)}`;
  const csv = partnerCsv(rows, tag);
  const problems: string[] = [];
  log(`import: ${rows} partner rows (${(csv.length / 1024).toFixed(0)} KB) against ${context.serverLabel}…`);

  const post = async (step: "dry-run" | "commit") => {
    const form = new FormData();
    form.set("file", new Blob([csv], { type: "text/csv" }), "partners.csv");
    form.set("step", step);
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/import/partners`, {
      method: "POST",
      headers: { cookie: context.officerCookie, origin: baseUrl },
      body: form,
      signal: AbortSignal.timeout(300_000),
    });
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    const seconds = (performance.now() - started) / 1000;
    if (response.status !== 200) problems.push(`${step}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { body, seconds };
  };

  const memory = watchMemory(context.serverPid);
  let dryRun: Awaited<ReturnType<typeof post>> | undefined;
  let commit: Awaited<ReturnType<typeof post>> | undefined;
  let growth: MemoryGrowth;
  try {
    dryRun = await post("dry-run");
    const errorsFound = ((dryRun.body?.problems as { severity?: string }[] | undefined) ?? []).filter((p) => p.severity === "error");
    if (errorsFound.length > 0) problems.push(`dry run: ${errorsFound.length} row errors, e.g. ${JSON.stringify(errorsFound[0])}`);
    if (problems.length === 0) commit = await post("commit");
  } finally {
    growth = memory.stop();
  }
  const created = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Partner" WHERE name LIKE $1`, [`${tag} Partner %`])).rows[0]!.n;
  if (created !== rows) problems.push(`${created} of ${rows} partners in the database after the commit`);
  await admin.query(`DELETE FROM "Partner" WHERE name LIKE $1`, [`${tag} Partner %`]);
  const total = (dryRun?.seconds ?? 0) + (commit?.seconds ?? 0);
  const passed = problems.length === 0 && total < 10 && growth.growthMb < 300;
  log(
    `import: dry run ${dryRun?.seconds.toFixed(1) ?? "—"} s, commit ${commit?.seconds.toFixed(1) ?? "—"} s, ${created} created; ` +
      `server RSS +${growth.growthMb.toFixed(0)} MB (pid ${growth.pid}: ${growth.baselineMb.toFixed(0)} → ${growth.peakMb.toFixed(0)} MB)${problems.length ? ` — ${problems.join("; ")}` : ""}`,
  );
  return {
    kind: "import",
    server: context.serverLabel,
    rows,
    dryRunSeconds: dryRun?.seconds ?? 0,
    commitSeconds: commit?.seconds ?? 0,
    created,
    memory: growth,
    problems,
    passed,
  };
}

// ---------------------------------------------------------------------------------------------
// Oversized upload

export interface UploadResult {
  kind: "upload";
  server: string;
  offeredMb: number;
  sentMb: number;
  seconds: number;
  /** The server's answer, or how the connection ended without one. */
  answer: string;
  memory: MemoryGrowth;
  passed: boolean;
}

/**
 * A student posts BENCH_UPLOAD_MB (default 1024) to `POST /api/applications/documents` as a chunked
 * multipart body without Content-Length, written as fast as the server reads it. Passes when the
 * server refuses it (a 4xx answer, or closing the connection before the end) with no server process
 * growing by 20 MB or more. Stops after BENCH_UPLOAD_TIMEOUT_S (120).
 */
export async function runUpload(context: ScenarioContext): Promise<UploadResult> {
  const { admin, log } = context;
  const offeredMb = knob("BENCH_UPLOAD_MB", 1024);
  const timeoutSeconds = knob("BENCH_UPLOAD_TIMEOUT_S", 120);
  const rush = await ensureRushData(admin, context.dataset, 1);
  const [student] = await mintSessions(admin, context.authSecret, rush.emails.slice(0, 1));
  const url = new URL(`${context.baseUrl}/api/applications/documents`);
  const boundary = "----iro-bench-upload";
  const head = Buffer.from(
    [
      `--${boundary}\r\nContent-Disposition: form-data; name="opportunityId"\r\n\r\n${rush.opportunityId}`,
      `--${boundary}\r\nContent-Disposition: form-data; name="requirementId"\r\n\r\n${rush.requirementId}`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    ].join("\r\n"),
  );
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  const total = offeredMb * 1024 * 1024;
  log(`upload: ${offeredMb} MB, chunked, against ${context.serverLabel}…`);

  const memory = watchMemory(context.serverPid);
  const started = performance.now();
  let sent = 0;
  const answer = await new Promise<string>((resolve) => {
    let settled = false;
    // Writing stops as soon as the server answers (or the time is up).
    let stopWriting = false;
    const settle = (text: string) => {
      stopWriting = true;
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(text);
      req.destroy();
    };
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { cookie: student!.cookie, origin: context.baseUrl, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" } },
      (res) => {
        stopWriting = true;
        let body = "";
        res.on("data", (data: Buffer) => (body += data.toString()));
        res.on("end", () => settle(`HTTP ${res.statusCode} ${body.slice(0, 120)}`));
        res.on("error", () => settle(`HTTP ${res.statusCode} (body cut off)`));
      },
    );
    const timer = setTimeout(() => settle(`no answer within ${timeoutSeconds} s`), timeoutSeconds * 1000);
    req.on("error", (error) => settle(`connection closed by the server (${(error as NodeJS.ErrnoException).code ?? error.message})`));
    const pump = () => {
      while (!stopWriting && sent < total) {
        const ok = req.write(chunk);
        sent += chunk.length;
        if (!ok) return void req.once("drain", pump);
      }
      if (!stopWriting && sent >= total) req.end(`\r\n--${boundary}--\r\n`);
    };
    req.write(head);
    pump();
  });
  const seconds = (performance.now() - started) / 1000;
  // The server may still be releasing what it read; the peak is what counts.
  await sleep(500);
  const growth = memory.stop();
  const refused = /^HTTP 4\d\d/.test(answer) || (answer.startsWith("connection closed") && sent < total);
  const passed = refused && growth.growthMb < 20;
  log(`upload: ${answer} after ${(sent / 1024 / 1024).toFixed(0)} MB sent, ${seconds.toFixed(1)} s; server RSS +${growth.growthMb.toFixed(0)} MB (pid ${growth.pid})`);
  return { kind: "upload", server: context.serverLabel, offeredMb, sentMb: sent / 1024 / 1024, seconds, answer, memory: growth, passed };
}

/** A scenario that could not run to its end (its error instead of figures). */
export interface ScenarioFailure {
  kind: "failed";
  id: string;
  problem: string;
}

export type ScenarioResult = RushResult | ImportResult | UploadResult | LettersResult | ReportResult | ScenarioFailure;
